// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolquestions.h"

#include "common/safetext.h"

#include <QSet>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

QString bounded(const QString &text, qsizetype chars)
{
    if (text.size() <= chars)
        return text;
    if (chars > 0 && text[chars - 1].isHighSurrogate())
        --chars;
    return text.first(chars);
}

} // namespace

ToolQuestionsModel::ToolQuestionsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolQuestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolQuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.shown;
    case AnswerRole:
        return row.answer;
    case ErrorRole:
        return row.error;
    case KindRole:
        return u"text"_s;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolQuestionsModel::roleNames() const
{
    return {{TextRole, "question"},
            {AnswerRole, "answer"},
            {ErrorRole, "errorText"},
            {KindRole, "kind"}};
}

void ToolQuestionsModel::ask(const ToolService &service, const ToolPushBack &pushBack)
{
    beginResetModel();
    m_rows.clear();
    m_skipped = 0;
    m_service = service;
    m_sessionId = pushBack.sessionId;
    m_message = displayText(QStringView(pushBack.message).left(maxMessageChars));
    QSet<QString> seen;
    for (const QString &q : pushBack.questions) {
        const QString question = bounded(q, maxQuestionChars);
        // An answer is keyed by its question: empty or repeated ones cannot be told apart.
        if (question.trimmed().isEmpty() || seen.contains(question)
            || m_rows.size() >= maxQuestions) {
            ++m_skipped;
            continue;
        }
        seen.insert(question);
        m_rows.append({question, displayText(question), {}, {}});
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ToolQuestionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_service = {};
    m_sessionId.clear();
    m_message.clear();
    m_skipped = 0;
    endResetModel();
    Q_EMIT countChanged();
}

void ToolQuestionsModel::setAnswer(int row, const QString &answer)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.answer = bounded(answer, maxAnswerChars);
    if (!r.answer.trimmed().isEmpty())
        r.error.clear();
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {AnswerRole, ErrorRole});
}

bool ToolQuestionsModel::validate()
{
    bool ok = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        //: A question of a tool's market left unanswered.
        const QString error =
            r.answer.trimmed().isEmpty() ? tr("Answer this question.") : QString();
        ok = ok && error.isEmpty();
        if (error == r.error)
            continue;
        r.error = error;
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {ErrorRole});
    }
    return ok;
}

QJsonObject ToolQuestionsModel::answers() const
{
    QJsonObject out;
    for (const Row &r : m_rows)
        out.insert(r.question, r.answer.trimmed());
    return out;
}

} // namespace lw

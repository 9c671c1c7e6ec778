// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markets/tools/toolstypes.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The questions a tool's market asked before a paid call goes on (its push-back), one row per
//! question with the user's answer and that answer's error (translated). The questions are the
//! market's: bounded in number and length, shown as plain text, and kept exactly as sent to
//! key the answers. The answers object for ToolsClient::confirm() is built here, never in QML.
class ToolQuestionsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ToolsController.questions hands this out")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    //! The market's message with the questions (plain, bounded).
    Q_PROPERTY(QString message READ message NOTIFY countChanged FINAL)
    //! Questions past the limit, or unusable (empty, repeated), left out.
    Q_PROPERTY(int skipped READ skipped NOTIFY countChanged FINAL)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, //!< the question for display
        AnswerRole,
        ErrorRole,
        KindRole, //!< "text": the market sends questions as text only
    };
    Q_ENUM(Role)

    static constexpr int maxQuestions = 20;
    static constexpr qsizetype maxQuestionChars = 1000;
    static constexpr qsizetype maxAnswerChars = 2000;
    static constexpr qsizetype maxMessageChars = 1000;

    explicit ToolQuestionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Shows a push-back's questions for `service`, with no answers yet.
    void ask(const ToolService &service, const ToolPushBack &pushBack);
    void clear();
    int count() const { return int(m_rows.size()); }
    QString message() const { return m_message; }
    int skipped() const { return m_skipped; }
    bool isOpen() const { return !m_sessionId.isEmpty(); }
    const ToolService &service() const { return m_service; }
    QString sessionId() const { return m_sessionId; }

    //! An answer from the user (capped); its error is cleared once it has text.
    Q_INVOKABLE void setAnswer(int row, const QString &answer);
    //! Shows every missing answer's error; true when every question has one.
    bool validate();
    //! `{"<question as sent>": "<answer>"}`, what the market matches answers by.
    QJsonObject answers() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString question; //!< as sent (bounded): the answer's key
        QString shown;    //!< for display
        QString answer;
        QString error;
    };
    QList<Row> m_rows;
    ToolService m_service;
    QString m_sessionId;
    QString m_message;
    int m_skipped = 0;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolrunsmodel.h"

#include "common/safetext.h"
#include "enginesession.h"

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int maxNoteChars = 200;

QString statusOf(const JournalEntry &e, const std::optional<ToolFollowup> &f)
{
    if (f) {
        switch (f->state) {
        case ToolFollowup::State::Following:
            return u"running"_s;
        case ToolFollowup::State::RefundPending:
            return u"refund_pending"_s;
        case ToolFollowup::State::RefundClaimed:
            return u"refunded"_s;
        case ToolFollowup::State::Finished:
            break;
        }
    }
    if (mayHaveLeftWallet(e.state))
        return u"pending"_s;
    switch (e.state) {
    case PaymentState::Done:
        return u"finished"_s;
    case PaymentState::Failed:
        return u"failed"_s;
    case PaymentState::Abandoned:
    case PaymentState::Intent:
    case PaymentState::InvoiceReceived:
        return u"not_paid"_s;
    default:
        return u"pending"_s;
    }
}

} // namespace

ToolRunsModel::ToolRunsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant ToolRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &r = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ToolRole:
        return r.tool;
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return statusText(r.status);
    case AmountTextRole:
        return r.amountText;
    case WhenRole:
        return r.when;
    case NoteRole:
        return r.note;
    case JournalIdRole:
        return r.journalId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolRunsModel::roleNames() const
{
    return {{ToolRole, "tool"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {AmountTextRole, "amountText"},
            {WhenRole, "when"},
            {NoteRole, "note"},
            {JournalIdRole, "journalId"}};
}

bool ToolRunsModel::reload(EngineSession *engine)
{
    QList<Run> runs;
    bool ok = true;
    if (engine) {
        auto recent = engine->journal().recent(500);
        ok = bool(recent);
        for (const JournalEntry &e : recent ? *recent : QList<JournalEntry>()) {
            if (!e.action.startsWith(u"tools.") || runs.size() >= maxRuns)
                continue;
            auto followup = engine->toolFollowups().find(e.id);
            const std::optional<ToolFollowup> f =
                followup && *followup ? std::optional(**followup) : std::nullopt;
            Run r;
            r.journalId = e.id;
            r.tool = displayText(QStringView(e.action).sliced(6).left(100));
            r.status = statusOf(e, f);
            r.amountText =
                e.amount.isZero() ? QString() : tr("%1 sat").arg(e.amount.toSatsDecimal());
            r.when = QDateTime::fromMSecsSinceEpoch(f ? f->updatedAtMs : e.updatedAtMs);
            r.note = displayText(QStringView(f ? f->note : e.result).left(maxNoteChars));
            runs.append(r);
        }
    }
    const bool countChanges = runs.size() != m_runs.size();
    beginResetModel();
    m_runs = runs;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    return ok;
}

QString ToolRunsModel::statusText(const QString &status)
{
    if (status == u"running")
        //: A tool run's state: the job is still being followed.
        return tr("Running");
    if (status == u"refund_pending")
        //: A tool run's state: it failed after payment and a refund waits to be claimed.
        return tr("Refund to claim");
    if (status == u"refunded")
        //: A tool run's state: the refund reached the wallet.
        return tr("Refunded");
    if (status == u"finished")
        //: A tool run's state: the result came.
        return tr("Finished");
    if (status == u"failed")
        //: A tool run's state: it failed.
        return tr("Failed");
    if (status == u"not_paid")
        //: A tool run's state: nothing was paid (declined, refused or interrupted).
        return tr("Not paid");
    //: A tool run's state: the payment is not settled yet.
    return tr("Payment pending");
}

} // namespace lw

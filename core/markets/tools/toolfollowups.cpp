// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/tools/toolfollowups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace lw {

namespace {

using State = ToolFollowup::State;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolFollowups)
};

const QString columns =
    QStringLiteral("journal_id, account_id, slug, job_id, poll_url, interval_ms, state, "
                   "refund_msat, charge_id, refund_link, note, updated_ms");

State stateFromName(const QString &name)
{
    for (State s : {State::Following, State::RefundPending, State::Finished, State::RefundClaimed})
        if (toolFollowupStateName(s) == name)
            return s;
    return State::Finished;
}

// The sealed link is bound to its row, so a value copied to another row does not open.
QByteArray aad(qint64 journalId)
{
    return "tool_followups/" + QByteArray::number(journalId) + "/refund_link";
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString toolFollowupStateName(ToolFollowup::State state)
{
    switch (state) {
    case State::Following:
        return QStringLiteral("following");
    case State::RefundPending:
        return QStringLiteral("refund_pending");
    case State::Finished:
        return QStringLiteral("finished");
    case State::RefundClaimed:
        return QStringLiteral("refund_claimed");
    }
    return {};
}

ToolFollowups::ToolFollowups(const Database &db, const SecretBox &box)
    : m_db(db)
    , m_box(box)
{}

QList<Migration> ToolFollowups::migrations()
{
    return {
        {1,
         {QStringLiteral(
             "CREATE TABLE tool_followups (journal_id INTEGER PRIMARY KEY,"
             " account_id INTEGER NOT NULL, slug TEXT NOT NULL, job_id TEXT NOT NULL,"
             " poll_url TEXT NOT NULL, interval_ms INTEGER NOT NULL, state TEXT NOT NULL,"
             " refund_msat INTEGER NOT NULL DEFAULT 0, charge_id TEXT NOT NULL DEFAULT '',"
             " refund_link BLOB, note TEXT NOT NULL DEFAULT '', updated_ms INTEGER NOT NULL)")}}};
}

Result<bool, AppError> ToolFollowups::save(const ToolFollowup &f)
{
    const QByteArray sealed = f.refund.lnurlWithdraw.isEmpty()
                                  ? QByteArray()
                                  : m_box.seal(f.refund.lnurlWithdraw.toUtf8(), aad(f.journalId));
    // A refund is never replaced by a later "following": the link is what the user is owed.
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO tool_followups(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(journal_id) DO UPDATE SET job_id = excluded.job_id,"
                       " poll_url = excluded.poll_url, interval_ms = excluded.interval_ms,"
                       " state = excluded.state, refund_msat = excluded.refund_msat,"
                       " charge_id = excluded.charge_id, refund_link = excluded.refund_link,"
                       " updated_ms = excluded.updated_ms WHERE tool_followups.state = 'following'")
            .arg(columns),
        {f.journalId, f.accountId, sqlText(f.slug), sqlText(f.job.id),
         sqlText(f.job.pollUrl.toString(QUrl::FullyEncoded)), f.job.intervalMs,
         toolFollowupStateName(f.state), f.refund.amount.msat(), sqlText(f.refund.chargeId),
         sealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealed),
         sqlText(f.note), nowMs()});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<bool, AppError> ToolFollowups::following(qint64 journalId, qint64 accountId,
                                                const QString &slug, const ToolJob &job)
{
    ToolFollowup f;
    f.journalId = journalId;
    f.accountId = accountId;
    f.slug = slug;
    f.job = job;
    return save(f);
}

Result<bool, AppError> ToolFollowups::refundPending(qint64 journalId, qint64 accountId,
                                                    const QString &slug, const ToolRefund &refund)
{
    ToolFollowup f;
    f.journalId = journalId;
    f.accountId = accountId;
    f.slug = slug;
    if (auto known = find(journalId); known && *known)
        f.job = (*known)->job;
    f.state = State::RefundPending;
    f.refund = refund;
    return save(f);
}

Result<bool, AppError> ToolFollowups::move(qint64 journalId, State to, const QString &note)
{
    auto q = m_db.exec(QStringLiteral("UPDATE tool_followups SET state = ?, note = ?, updated_ms "
                                      "= ? WHERE journal_id = ? AND state IN (?, ?)"),
                       {toolFollowupStateName(to), sqlText(note), nowMs(), journalId,
                        toolFollowupStateName(State::Following),
                        toolFollowupStateName(State::RefundPending)});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<bool, AppError> ToolFollowups::finished(qint64 journalId, const QString &note)
{
    return move(journalId, State::Finished, note);
}

Result<bool, AppError> ToolFollowups::refundClaimed(qint64 journalId, const QString &note)
{
    return move(journalId, State::RefundClaimed, note);
}

Result<QList<ToolFollowup>, AppError> ToolFollowups::read(const QString &where,
                                                          const QVariantList &bindings) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM tool_followups WHERE %2 ORDER BY updated_ms, "
                                      "journal_id")
                           .arg(columns, where),
                       bindings);
    if (!q)
        return fail(q.error());
    QList<ToolFollowup> out;
    while (q->next()) {
        ToolFollowup f;
        f.journalId = q->value(0).toLongLong();
        f.accountId = q->value(1).toLongLong();
        f.slug = q->value(2).toString();
        f.job.id = q->value(3).toString();
        f.job.pollUrl = QUrl(q->value(4).toString(), QUrl::StrictMode);
        f.job.intervalMs = q->value(5).toInt();
        f.state = stateFromName(q->value(6).toString());
        f.refund.amount = MilliSats(q->value(7).toLongLong());
        f.refund.chargeId = q->value(8).toString();
        const QByteArray sealed = q->value(9).toByteArray();
        if (!sealed.isEmpty()) {
            const auto link = m_box.open(sealed, aad(f.journalId));
            if (!link)
                return fail(AppError::make(AppError::Kind::Storage,
                                           Text::tr("The refund link of payment %1 cannot be "
                                                    "decrypted: the keychain's data key is not "
                                                    "the one it was sealed with.")
                                               .arg(f.journalId)));
            f.refund.lnurlWithdraw = QString::fromUtf8(*link);
        }
        f.note = q->value(10).toString();
        f.updatedAtMs = q->value(11).toLongLong();
        out.append(f);
    }
    return out;
}

Result<std::optional<ToolFollowup>, AppError> ToolFollowups::find(qint64 journalId) const
{
    auto rows = read(QStringLiteral("journal_id = ?"), {journalId});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<ToolFollowup>();
    return std::optional<ToolFollowup>(rows->first());
}

Result<QList<ToolFollowup>, AppError> ToolFollowups::open() const
{
    return read(QStringLiteral("state IN (?, ?)"), {toolFollowupStateName(State::Following),
                                                    toolFollowupStateName(State::RefundPending)});
}

} // namespace lw

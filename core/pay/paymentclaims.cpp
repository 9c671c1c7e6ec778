// SPDX-License-Identifier: GPL-3.0-or-later
#include "pay/paymentclaims.h"

#include <QDateTime>
#include <QSqlQuery>

namespace lw {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int holdValue(ClaimHold hold)
{
    return hold == ClaimHold::UntilPreimage ? 1 : 0;
}

std::optional<qint64> optionalMs(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace

PaymentClaims::PaymentClaims(const Database &db)
    : m_db(db)
{}

QList<Migration> PaymentClaims::migrations()
{
    // Times in ms since the epoch. `hold` 1 = until a preimage; released_at is set when the
    // claim ends, paid_at too when it ended by a proven payment (then it never reopens).
    return {{1,
             {QStringLiteral("CREATE TABLE payment_claims ("
                             " payment_hash TEXT PRIMARY KEY, wallet TEXT NOT NULL,"
                             " hold INTEGER NOT NULL DEFAULT 0, claimed_at INTEGER NOT NULL,"
                             " released_at INTEGER, paid_at INTEGER)")}}};
}

Result<bool, AppError> PaymentClaims::claim(const PaymentHash &hash, const QString &wallet,
                                            ClaimHold hold)
{
    const QString h = hash.toHex();
    const qint64 now = nowMs();
    // Each step is one statement whose WHERE clause is the rule, so a concurrent claim by
    // another process either wins entirely or changes nothing.
    auto fresh = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO payment_claims (payment_hash, "
                                          "wallet, hold, claimed_at) VALUES (?, ?, ?, ?)"),
                           {h, sqlText(wallet), holdValue(hold), now});
    if (!fresh)
        return fail(fresh.error());
    if (fresh->numRowsAffected() == 1)
        return true;
    auto reopened = m_db.exec(
        QStringLiteral("UPDATE payment_claims SET wallet = ?, hold = ?, claimed_at = ?, "
                       "released_at = NULL WHERE payment_hash = ? AND released_at IS NOT NULL "
                       "AND paid_at IS NULL"),
        {sqlText(wallet), holdValue(hold), now, h});
    if (!reopened)
        return fail(reopened.error());
    if (reopened->numRowsAffected() == 1)
        return true;
    auto same = m_db.exec(
        QStringLiteral("UPDATE payment_claims SET hold = MAX(hold, ?) WHERE payment_hash = ? AND "
                       "wallet = ? AND released_at IS NULL AND paid_at IS NULL"),
        {holdValue(hold), h, sqlText(wallet)});
    if (!same)
        return fail(same.error());
    return same->numRowsAffected() == 1;
}

Result<bool, AppError> PaymentClaims::release(const PaymentHash &hash, const QString &wallet,
                                              OutgoingPayment::State outcome)
{
    if (outcome != OutgoingPayment::State::Failed && outcome != OutgoingPayment::State::NotFound)
        return false; // Pending may still pay; Succeeded is recordPaid's
    auto q = m_db.exec(
        QStringLiteral("UPDATE payment_claims SET released_at = ? WHERE payment_hash = ? AND "
                       "wallet = ? AND hold = 0 AND released_at IS NULL AND paid_at IS NULL"),
        {nowMs(), hash.toHex(), sqlText(wallet)});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() == 1;
}

Result<bool, AppError> PaymentClaims::recordPaid(const PaymentHash &hash, const QString &wallet,
                                                 const Preimage &preimage)
{
    if (!verifyPreimage(preimage, hash))
        return false;
    const qint64 now = nowMs();
    auto q =
        m_db.exec(QStringLiteral("UPDATE payment_claims SET released_at = ?, paid_at = ? WHERE "
                                 "payment_hash = ? AND wallet = ? AND released_at IS NULL"),
                  {now, now, hash.toHex(), sqlText(wallet)});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() == 1;
}

Result<std::optional<PaymentClaim>, AppError> PaymentClaims::find(const PaymentHash &hash) const
{
    auto q = m_db.exec(QStringLiteral("SELECT wallet, hold, claimed_at, released_at, paid_at FROM "
                                      "payment_claims WHERE payment_hash = ?"),
                       {hash.toHex()});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<PaymentClaim>();
    PaymentClaim c;
    c.paymentHash = hash;
    c.wallet = q->value(0).toString();
    c.hold = q->value(1).toInt() == 1 ? ClaimHold::UntilPreimage : ClaimHold::UntilDefiniteOutcome;
    c.claimedAtMs = q->value(2).toLongLong();
    c.releasedAtMs = optionalMs(q->value(3));
    c.paidAtMs = optionalMs(q->value(4));
    return std::optional<PaymentClaim>(c);
}

std::optional<QString> PaymentClaims::openHolderOtherThan(const PaymentHash &hash,
                                                          const QString &wallet) const
{
    const auto found = find(hash);
    if (!found || !*found || (*found)->releasedAtMs || (*found)->paidAtMs
        || (*found)->wallet == wallet)
        return std::nullopt;
    return (*found)->wallet;
}

} // namespace lw

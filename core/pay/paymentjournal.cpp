// SPDX-License-Identifier: GPL-3.0-or-later
#include "pay/paymentjournal.h"

#include "secrets/secretbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PaymentJournal)
};

constexpr const char *stateNames[] = {"intent", "invoice_received", "paying",
                                      "paid",   "credential_sent",  "done",
                                      "failed", "abandoned"};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The associated data binds a sealed value to its row and column, so values cannot be
// swapped between entries or fields without detection.
QByteArray aad(qint64 id, const char *field)
{
    return QByteArray("lightwork-journal/") + QByteArray::number(id) + '/' + field;
}

const QString columns = QStringLiteral(
    "id, kind, action, account_id, method, url, body, agreed_msat, state, invoice, "
    "payment_hash, amount_msat, fee_msat, scheme, token_sealed, challenge, preimage_sealed, "
    "result, error, created_at, updated_at, request_sent");

} // namespace

QString paymentStateName(PaymentState state)
{
    return QString::fromLatin1(stateNames[static_cast<int>(state)]);
}

std::optional<PaymentState> paymentStateFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(stateNames)); ++i)
        if (name == QLatin1String(stateNames[i]))
            return static_cast<PaymentState>(i);
    return std::nullopt;
}

bool isFinal(PaymentState state)
{
    return state == PaymentState::Done || state == PaymentState::Failed
           || state == PaymentState::Abandoned;
}

bool mayHaveLeftWallet(PaymentState state)
{
    return state == PaymentState::Paying || state == PaymentState::Paid
           || state == PaymentState::CredentialSent;
}

QString journalKindName(JournalEntry::Kind kind)
{
    switch (kind) {
    case JournalEntry::Kind::PaidCall:
        return QStringLiteral("paid_call");
    case JournalEntry::Kind::Topup:
        return QStringLiteral("topup");
    case JournalEntry::Kind::Invoice:
        return QStringLiteral("invoice");
    }
    return {};
}

PaymentJournal::PaymentJournal(const Database &db, const SecretBox &box)
    : m_db(db)
    , m_box(box)
{}

QList<Migration> PaymentJournal::migrations()
{
    return {{1,
             {QStringLiteral(
                  "CREATE TABLE payment_journal ("
                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                  " kind TEXT NOT NULL, action TEXT NOT NULL, account_id INTEGER NOT NULL,"
                  " method TEXT NOT NULL, url TEXT NOT NULL, body BLOB NOT NULL,"
                  " agreed_msat INTEGER NOT NULL, state TEXT NOT NULL,"
                  " invoice TEXT NOT NULL DEFAULT '', payment_hash TEXT,"
                  " amount_msat INTEGER NOT NULL DEFAULT 0, fee_msat INTEGER NOT NULL DEFAULT 0,"
                  " scheme TEXT NOT NULL DEFAULT '', token_sealed BLOB, challenge BLOB,"
                  " preimage_sealed BLOB, result TEXT NOT NULL DEFAULT '',"
                  " error TEXT NOT NULL DEFAULT '', request_sent INTEGER NOT NULL DEFAULT 0,"
                  " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
              QStringLiteral("CREATE INDEX payment_journal_state ON payment_journal(state)"),
              QStringLiteral("CREATE INDEX payment_journal_hash ON payment_journal(payment_hash)"),
              QStringLiteral("CREATE TABLE payment_journal_history ("
                             " entry_id INTEGER NOT NULL REFERENCES payment_journal(id),"
                             " state TEXT NOT NULL, at INTEGER NOT NULL)")}}};
}

Result<qint64, AppError> PaymentJournal::recordIntent(const JournalEntry &e)
{
    const qint64 now = nowMs();
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO payment_journal (kind, action, account_id, "
                                 "method, url, body, agreed_msat, state, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'intent', ?, ?)"),
                  {journalKindName(e.kind), e.action, e.accountId, QString::fromLatin1(e.method),
                   e.url.isEmpty() ? QStringLiteral("") : e.url.toString(QUrl::FullyEncoded),
                   e.body.isNull() ? QByteArray("") : e.body, e.agreed.msat(), now, now});
    if (!q)
        return fail(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    (void)m_db.exec(QStringLiteral("INSERT INTO payment_journal_history VALUES (?, 'intent', ?)"),
                    {id, now});
    return id;
}

Result<bool, AppError> PaymentJournal::move(qint64 id, PaymentState to,
                                            const QList<PaymentState> &from,
                                            const QString &extraSql, const QVariantList &extra)
{
    QStringList allowed;
    for (PaymentState s : from)
        allowed.append(u'\'' + paymentStateName(s) + u'\'');
    const qint64 now = nowMs();
    QVariantList bindings{paymentStateName(to), now};
    bindings += extra;
    bindings.append(id);
    auto q =
        m_db.exec(QStringLiteral("UPDATE payment_journal SET state = ?, updated_at = ?") + extraSql
                      + QStringLiteral(" WHERE id = ? AND state IN (") + allowed.join(u',') + u')',
                  bindings);
    if (!q)
        return fail(q.error());
    const bool moved = q->numRowsAffected() == 1;
    if (moved)
        (void)m_db.exec(QStringLiteral("INSERT INTO payment_journal_history VALUES (?, ?, ?)"),
                        {id, paymentStateName(to), now});
    return moved;
}

Result<bool, AppError> PaymentJournal::recordInvoice(qint64 id, const QString &invoice,
                                                     const PaymentHash &hash, MilliSats amount,
                                                     const QString &scheme, const QByteArray &token,
                                                     const QByteArray &challenge)
{
    return move(id, PaymentState::InvoiceReceived, {PaymentState::Intent},
                QStringLiteral(", invoice = ?, payment_hash = ?, amount_msat = ?, scheme = ?, "
                               "token_sealed = ?, challenge = ?"),
                {invoice, hash.toHex(), amount.msat(),
                 scheme.isNull() ? QStringLiteral("") : scheme, m_box.seal(token, aad(id, "token")),
                 m_box.seal(challenge, aad(id, "challenge"))});
}

Result<bool, AppError> PaymentJournal::markPaying(qint64 id)
{
    return move(id, PaymentState::Paying, {PaymentState::InvoiceReceived});
}

Result<bool, AppError> PaymentJournal::recordPaid(qint64 id, const Preimage &preimage,
                                                  MilliSats fee)
{
    return move(id, PaymentState::Paid, {PaymentState::Paying},
                QStringLiteral(", preimage_sealed = ?, fee_msat = ?"),
                {m_box.seal(preimage.view(), aad(id, "preimage")), fee.msat()});
}

Result<bool, AppError> PaymentJournal::markCredentialSent(qint64 id)
{
    return move(id, PaymentState::CredentialSent,
                {PaymentState::Paid, PaymentState::CredentialSent});
}

Result<bool, AppError> PaymentJournal::markRequestSent(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("UPDATE payment_journal SET request_sent = 1, updated_at = ? "
                                      "WHERE id = ? AND state = 'intent'"),
                       {nowMs(), id});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() == 1;
}

Result<bool, AppError> PaymentJournal::markDone(qint64 id, const QString &result)
{
    return move(id, PaymentState::Done,
                {PaymentState::Intent, PaymentState::Paid, PaymentState::CredentialSent},
                QStringLiteral(", result = ?"), {result});
}

Result<bool, AppError> PaymentJournal::markFailed(qint64 id, const QString &error)
{
    return move(id, PaymentState::Failed,
                {PaymentState::Intent, PaymentState::InvoiceReceived, PaymentState::Paying,
                 PaymentState::Paid, PaymentState::CredentialSent},
                QStringLiteral(", error = ?"), {error});
}

Result<bool, AppError> PaymentJournal::markAbandoned(qint64 id, const QString &why)
{
    return move(id, PaymentState::Abandoned, {PaymentState::Intent, PaymentState::InvoiceReceived},
                QStringLiteral(", error = ?"), {why});
}

Result<bool, AppError> PaymentJournal::restart(qint64 id, const QString &why)
{
    return move(id, PaymentState::Intent, {PaymentState::InvoiceReceived, PaymentState::Paying},
                QStringLiteral(", error = ?, invoice = '', payment_hash = NULL, amount_msat = 0, "
                               "token_sealed = NULL, challenge = NULL, request_sent = 0"),
                {why});
}

Result<JournalEntry, AppError> PaymentJournal::read(const QSqlQuery &q) const
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    const QString kind = q.value(1).toString();
    e.kind = kind == u"topup"     ? JournalEntry::Kind::Topup
             : kind == u"invoice" ? JournalEntry::Kind::Invoice
                                  : JournalEntry::Kind::PaidCall;
    e.action = q.value(2).toString();
    e.accountId = q.value(3).toLongLong();
    e.method = q.value(4).toString().toLatin1();
    e.url = QUrl(q.value(5).toString());
    e.body = q.value(6).toByteArray();
    e.agreed = MilliSats(q.value(7).toLongLong());
    e.state = paymentStateFromName(q.value(8).toString()).value_or(PaymentState::Failed);
    e.invoice = q.value(9).toString();
    if (!q.value(10).isNull())
        e.paymentHash = PaymentHash::fromHex(q.value(10).toString());
    e.amount = MilliSats(q.value(11).toLongLong());
    e.fee = MilliSats(q.value(12).toLongLong());
    e.scheme = q.value(13).toString();
    const auto unseal = [&](int column, const char *field) -> std::optional<QByteArray> {
        if (q.value(column).isNull())
            return QByteArray();
        return m_box.open(q.value(column).toByteArray(), aad(e.id, field));
    };
    const auto token = unseal(14, "token");
    const auto challenge = unseal(15, "challenge");
    const auto preimage = unseal(16, "preimage");
    if (!token || !challenge || !preimage) {
        AppError err = AppError::make(
            AppError::Kind::Storage,
            Text::tr("Payment %1's secrets cannot be decrypted: the keychain's data key is "
                     "not the one they were sealed with.")
                .arg(e.id));
        return fail(err);
    }
    e.token = *token;
    e.challenge = *challenge;
    if (!preimage->isEmpty())
        e.preimage = Preimage::fromBytes(*preimage);
    e.result = q.value(17).toString();
    e.error = q.value(18).toString();
    e.createdAtMs = q.value(19).toLongLong();
    e.updatedAtMs = q.value(20).toLongLong();
    e.requestSent = q.value(21).toBool();
    return e;
}

Result<JournalEntry, AppError> PaymentJournal::entry(qint64 id) const
{
    auto q = m_db.exec(u"SELECT " + columns + u" FROM payment_journal WHERE id = ?", {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(AppError::make(AppError::Kind::NotFound,
                                   Text::tr("There is no payment %1 in the journal.").arg(id)));
    return read(*q);
}

Result<QList<JournalEntry>, AppError> PaymentJournal::readAll(Result<QSqlQuery, AppError> q) const
{
    if (!q)
        return fail(q.error());
    QList<JournalEntry> out;
    while (q->next()) {
        auto e = read(*q);
        if (!e)
            return fail(e.error());
        out.append(*e);
    }
    return out;
}

Result<QList<JournalEntry>, AppError> PaymentJournal::unfinished() const
{
    return readAll(m_db.exec(u"SELECT " + columns
                             + u" FROM payment_journal WHERE state NOT IN ('done', 'failed', "
                               u"'abandoned') ORDER BY id"));
}

Result<QList<JournalEntry>, AppError> PaymentJournal::recent(int limit) const
{
    return readAll(m_db.exec(
        u"SELECT " + columns + u" FROM payment_journal ORDER BY id DESC LIMIT ?", {limit}));
}

Result<std::optional<JournalEntry>, AppError>
PaymentJournal::findByHash(const PaymentHash &hash) const
{
    auto q = m_db.exec(u"SELECT " + columns
                           + u" FROM payment_journal WHERE payment_hash = ? AND (state NOT IN "
                             u"('done', 'failed', 'abandoned') OR preimage_sealed IS NOT NULL) "
                             u"ORDER BY id LIMIT 1",
                       {hash.toHex()});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<JournalEntry>();
    auto e = read(*q);
    if (!e)
        return fail(e.error());
    return std::optional<JournalEntry>(*e);
}

Result<MilliSats, AppError> PaymentJournal::spentSince(qint64 sinceMs) const
{
    auto q = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(amount_msat + fee_msat), 0) FROM "
                                      "payment_journal WHERE updated_at >= ? AND state IN "
                                      "('paying', 'paid', 'credential_sent', 'done', 'failed') "
                                      "AND (state != 'failed' OR preimage_sealed IS NOT NULL)"),
                       {sinceMs});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return MilliSats();
    return MilliSats(q->value(0).toLongLong());
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "lightningnode.h"

#include "common/crypto.h"
#include "common/ecdsa.h"
#include "common/hex.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/preimage.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"

#include <QTimer>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

Wallet walletFrom(const QVariantMap &row)
{
    Wallet w;
    w.id = row.value(u"id"_s).toString();
    w.name = row.value(u"name"_s).toString();
    w.balanceMsat = row.value(u"balance_msat"_s).toLongLong();
    w.phoenixdPassword = row.value(u"phoenixd_password"_s).toString();
    w.lnbitsAdminKey = row.value(u"lnbits_admin_key"_s).toString();
    w.lnbitsInvoiceKey = row.value(u"lnbits_invoice_key"_s).toString();
    return w;
}

InvoiceRecord invoiceFrom(const QVariantMap &row)
{
    InvoiceRecord r;
    r.paymentHash = row.value(u"payment_hash"_s).toString();
    r.walletId = row.value(u"wallet_id"_s).toString();
    r.bolt11 = row.value(u"bolt11"_s).toString();
    r.preimage = row.value(u"preimage"_s).toString();
    if (!row.value(u"amount_msat"_s).isNull())
        r.amountMsat = row.value(u"amount_msat"_s).toLongLong();
    r.description = row.value(u"description"_s).toString();
    r.externalId = row.value(u"external_id"_s).toString();
    r.createdAtMs = row.value(u"created_at"_s).toLongLong();
    r.expiresAtMs = row.value(u"expires_at"_s).toLongLong();
    if (!row.value(u"paid_at"_s).isNull())
        r.paidAtMs = row.value(u"paid_at"_s).toLongLong();
    r.receivedMsat = row.value(u"received_msat"_s).toLongLong();
    return r;
}

PaymentRecord paymentFrom(const QVariantMap &row)
{
    PaymentRecord p;
    p.id = row.value(u"id"_s).toString();
    p.walletId = row.value(u"wallet_id"_s).toString();
    p.paymentHash = row.value(u"payment_hash"_s).toString();
    p.bolt11 = row.value(u"bolt11"_s).toString();
    p.amountMsat = row.value(u"amount_msat"_s).toLongLong();
    p.feeMsat = row.value(u"fee_msat"_s).toLongLong();
    p.status = row.value(u"status"_s).toString();
    p.preimage = row.value(u"preimage"_s).toString();
    p.reason = row.value(u"reason"_s).toString();
    p.createdAtMs = row.value(u"created_at"_s).toLongLong();
    if (!row.value(u"completed_at"_s).isNull())
        p.completedAtMs = row.value(u"completed_at"_s).toLongLong();
    return p;
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

LightningNode::LightningNode(Database &db, Entropy &entropy, Clock &clock, Settings settings,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_entropy(entropy)
    , m_clock(clock)
    , m_settings(settings)
    , m_failRandom(settings.failSeed)
{
    QString keyHex = m_db.meta(u"node_key"_s);
    for (int attempt = 0; keyHex.isEmpty() || !PrivateKey::fromHex(keyHex); ++attempt) {
        const QString candidate = m_entropy.hex(32);
        if (ecdsa::isValidPrivateKey(*PrivateKey::fromHex(candidate))) {
            keyHex = candidate;
            m_db.setMeta(u"node_key"_s, keyHex);
        }
    }
    m_key = *PrivateKey::fromHex(keyHex);
    m_nodeId = *ecdsa::publicKeyOf(m_key);

    // Payments in flight when the sandbox stopped never finish: fail them and give the locked
    // sats back, as lightning-kmp does after a restart.
    const qint64 now = m_clock.nowMs();
    for (const QVariantMap &row :
         m_db.all(u"SELECT id, wallet_id, amount_msat FROM payments WHERE status = 'pending'"_s)) {
        m_db.transaction([&] {
            return credit(row.value(u"wallet_id"_s).toString(),
                          row.value(u"amount_msat"_s).toLongLong())
                   && m_db.exec(
                       u"UPDATE payments SET status = 'failed', reason = ?, completed_at = ? "
                       "WHERE id = ?"_s,
                       {u"wallet restarted while a payment was ongoing"_s, now,
                        row.value(u"id"_s)});
        });
    }
}

qint64 LightningNode::nowMs() const
{
    return m_clock.nowMs();
}

Wallet LightningNode::ensureWallet(const QString &name, qint64 initialMsat)
{
    if (auto existing = walletByName(name))
        return *existing;
    Wallet w;
    w.id = m_entropy.uuid();
    w.name = name;
    w.balanceMsat = initialMsat;
    w.phoenixdPassword = m_entropy.hex(32);
    w.lnbitsAdminKey = m_entropy.hex(16);
    w.lnbitsInvoiceKey = m_entropy.hex(16);
    m_db.exec(u"INSERT INTO wallets(id, name, balance_msat, phoenixd_password, lnbits_admin_key, "
              "lnbits_invoice_key, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
              {w.id, w.name, w.balanceMsat, w.phoenixdPassword, w.lnbitsAdminKey,
               w.lnbitsInvoiceKey, m_clock.nowMs()});
    return w;
}

std::optional<Wallet> LightningNode::walletByName(const QString &name)
{
    const auto row = m_db.one(u"SELECT * FROM wallets WHERE name = ?"_s, {name});
    return row ? std::optional<Wallet>(walletFrom(*row)) : std::nullopt;
}

std::optional<Wallet> LightningNode::walletById(const QString &id)
{
    const auto row = m_db.one(u"SELECT * FROM wallets WHERE id = ?"_s, {id});
    return row ? std::optional<Wallet>(walletFrom(*row)) : std::nullopt;
}

std::optional<Wallet> LightningNode::walletByPhoenixdPassword(const QString &password,
                                                              bool *fullAccess)
{
    if (password.isEmpty())
        return std::nullopt;
    if (fullAccess)
        *fullAccess = true;
    const auto row = m_db.one(u"SELECT * FROM wallets WHERE phoenixd_password = ?"_s, {password});
    if (row)
        return walletFrom(*row);
    for (const Wallet &w : wallets()) {
        if (limitedPassword(w) == password) {
            if (fullAccess)
                *fullAccess = false;
            return w;
        }
    }
    return std::nullopt;
}

QString LightningNode::limitedPassword(const Wallet &wallet)
{
    return lw::crypto::sha256(QByteArray("limited-access:" + wallet.phoenixdPassword.toUtf8()))
        .toHex();
}

std::optional<Wallet> LightningNode::walletByLnbitsKey(const QString &key, bool *isAdminKey)
{
    if (key.isEmpty())
        return std::nullopt;
    const auto row =
        m_db.one(u"SELECT * FROM wallets WHERE lnbits_admin_key = ? OR lnbits_invoice_key = ?"_s,
                 {key, key});
    if (!row)
        return std::nullopt;
    Wallet w = walletFrom(*row);
    if (isAdminKey)
        *isAdminKey = w.lnbitsAdminKey == key;
    return w;
}

QList<Wallet> LightningNode::wallets()
{
    QList<Wallet> out;
    for (const QVariantMap &row : m_db.all(u"SELECT * FROM wallets ORDER BY created_at, name"_s))
        out.append(walletFrom(row));
    return out;
}

bool LightningNode::credit(const QString &walletId, qint64 msat)
{
    return m_db.exec(u"UPDATE wallets SET balance_msat = balance_msat + ? WHERE id = ?"_s,
                     {msat, walletId})
           && m_db.changes() == 1;
}

std::optional<InvoiceRecord> LightningNode::createInvoice(const QString &walletId,
                                                          const InvoiceRequest &request)
{
    const Preimage preimage = *Preimage::fromBytes(m_entropy.bytes(32));
    Bolt11Draft draft;
    draft.network = request.network;
    draft.amount = request.amount;
    draft.timestamp = request.timestampSecs.value_or(m_clock.nowSecs());
    draft.paymentHash = paymentHashOf(preimage);
    draft.paymentSecret = *PaymentSecret::fromBytes(m_entropy.bytes(32));
    if (request.descriptionHash)
        draft.descriptionHash = request.descriptionHash;
    else
        draft.description = request.description;
    draft.expirySeconds = request.expirySeconds;
    draft.minFinalCltvExpiryDelta = 144;
    draft.featureBits = {9, 14, 17};
    const auto encoded = encodeBolt11(draft, m_key);
    if (!encoded)
        return std::nullopt;

    InvoiceRecord r;
    r.paymentHash = draft.paymentHash.toHex();
    r.walletId = walletId;
    r.bolt11 = *encoded;
    r.preimage = preimage.toHex();
    if (request.amount)
        r.amountMsat = request.amount->msat();
    r.description = request.description;
    r.externalId = request.externalId;
    r.createdAtMs = m_clock.nowMs();
    r.expiresAtMs = draft.timestamp * 1000 + request.expirySeconds * 1000;
    if (!m_db.exec(u"INSERT INTO invoices(payment_hash, wallet_id, bolt11, preimage, amount_msat, "
                   "description, external_id, created_at, expires_at, received_msat) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s,
                   {r.paymentHash, walletId, r.bolt11, r.preimage, nullable(r.amountMsat),
                    r.description, r.externalId, r.createdAtMs, r.expiresAtMs}))
        return std::nullopt;
    return r;
}

std::optional<InvoiceRecord> LightningNode::invoice(const QString &paymentHash)
{
    const auto row = m_db.one(u"SELECT * FROM invoices WHERE payment_hash = ?"_s, {paymentHash});
    return row ? std::optional<InvoiceRecord>(invoiceFrom(*row)) : std::nullopt;
}

LightningNode::PayResult LightningNode::failed(PaymentRecord payment, const QString &reason)
{
    payment.id = m_entropy.uuid();
    payment.status = u"failed"_s;
    payment.reason = reason;
    payment.createdAtMs = m_clock.nowMs();
    payment.completedAtMs = payment.createdAtMs;
    m_db.exec(
        u"INSERT INTO payments(id, wallet_id, payment_hash, bolt11, amount_msat, fee_msat, "
        "status, reason, created_at, completed_at) VALUES(?, ?, ?, ?, ?, 0, 'failed', ?, ?, ?)"_s,
        {payment.id, payment.walletId, payment.paymentHash, payment.bolt11, payment.amountMsat,
         reason, payment.createdAtMs, *payment.completedAtMs});
    return PayResult{PayResult::Kind::Failed, payment, reason};
}

void LightningNode::pay(const QString &walletId, const QString &bolt11,
                        std::optional<MilliSats> amountOverride,
                        std::function<void(PayResult)> done)
{
    const auto decoded = decodeBolt11(bolt11.trimmed());
    if (!decoded) {
        done({PayResult::Kind::BadRequest,
              {},
              u"Request parameter invoice couldn't be parsed/converted to bolt11invoice"_s});
        return;
    }
    const std::optional<MilliSats> amount = amountOverride ? amountOverride : decoded->amount;
    if (!amount) {
        done({PayResult::Kind::BadRequest,
              {},
              u"amount missing: invoice has no amount, pass amountSat"_s});
        return;
    }
    PaymentRecord attempt;
    attempt.walletId = walletId;
    attempt.paymentHash = decoded->paymentHash.toHex();
    attempt.bolt11 = decoded->text;
    attempt.amountMsat = amount->msat();

    const auto target = invoice(attempt.paymentHash);
    if (decoded->payee != m_nodeId || !target || target->bolt11 != decoded->text) {
        done(failed(attempt, u"payment attempts exhausted without success"_s));
        return;
    }
    if (target->paidAtMs) {
        done(failed(attempt, u"this invoice has already been paid"_s));
        return;
    }
    if (m_db.one(u"SELECT id FROM payments WHERE payment_hash = ? AND status = 'pending'"_s,
                 {attempt.paymentHash})) {
        done(failed(attempt, u"another payment is in progress for that invoice"_s));
        return;
    }
    if (target->walletId == walletId) {
        // A node does not route to itself.
        done(failed(attempt, u"payment attempts exhausted without success"_s));
        return;
    }
    if (m_clock.nowMs() >= target->expiresAtMs) {
        done(failed(attempt, u"the invoice has expired"_s));
        return;
    }
    if (amount->msat() <= 0 || (target->amountMsat && amount->msat() < *target->amountMsat)) {
        done(failed(attempt, u"payment amount must be positive"_s));
        return;
    }
    const auto wallet = walletById(walletId);
    if (!wallet || wallet->balanceMsat < amount->msat()) {
        done(failed(attempt, u"not enough funds in wallet to afford payment"_s));
        return;
    }
    if (m_settings.failPercent > 0 && int(m_failRandom.bounded(100)) < m_settings.failPercent) {
        done(failed(
            attempt,
            u"the recipient was offline or did not have enough liquidity to receive the payment"_s));
        return;
    }

    attempt.id = m_entropy.uuid();
    attempt.status = u"pending"_s;
    attempt.createdAtMs = m_clock.nowMs();
    const bool locked = m_db.transaction([&] {
        return m_db.exec(u"UPDATE wallets SET balance_msat = balance_msat - ? "
                         "WHERE id = ? AND balance_msat >= ?"_s,
                         {attempt.amountMsat, walletId, attempt.amountMsat})
               && m_db.changes() == 1
               && m_db.exec(
                   u"INSERT INTO payments(id, wallet_id, payment_hash, bolt11, amount_msat, "
                   "fee_msat, status, created_at) VALUES(?, ?, ?, ?, ?, 0, 'pending', ?)"_s,
                   {attempt.id, walletId, attempt.paymentHash, attempt.bolt11, attempt.amountMsat,
                    attempt.createdAtMs});
    });
    if (!locked) {
        done(failed(attempt, u"not enough funds in wallet to afford payment"_s));
        return;
    }
    const QString paymentId = attempt.id;
    if (m_settings.settleDelayMs > 0)
        QTimer::singleShot(m_settings.settleDelayMs, this,
                           [this, paymentId, done] { settle(paymentId, done); });
    else
        settle(paymentId, done);
}

void LightningNode::settle(const QString &paymentId, std::function<void(PayResult)> done)
{
    auto row = m_db.one(u"SELECT * FROM payments WHERE id = ?"_s, {paymentId});
    if (!row) {
        done({PayResult::Kind::Failed, {}, u"an unknown error occurred"_s});
        return;
    }
    PaymentRecord p = paymentFrom(*row);
    const auto target = invoice(p.paymentHash);
    const qint64 now = m_clock.nowMs();
    const bool ok = target && m_db.transaction([&] {
        return m_db.exec(u"UPDATE invoices SET paid_at = ?, received_msat = ? "
                         "WHERE payment_hash = ? AND paid_at IS NULL"_s,
                         {now, p.amountMsat, p.paymentHash})
               && m_db.changes() == 1 && credit(target->walletId, p.amountMsat)
               && m_db.exec(u"UPDATE payments SET status = 'succeeded', preimage = ?, "
                            "completed_at = ? WHERE id = ?"_s,
                            {target->preimage, now, p.id});
    });
    if (!ok) {
        // Refund the locked amount and record the failure.
        m_db.transaction([&] {
            return credit(p.walletId, p.amountMsat)
                   && m_db.exec(
                       u"UPDATE payments SET status = 'failed', reason = ?, completed_at = ? "
                       "WHERE id = ?"_s,
                       {u"this invoice has already been paid"_s, now, p.id});
        });
        p.status = u"failed"_s;
        p.reason = u"this invoice has already been paid"_s;
        p.completedAtMs = now;
        done({PayResult::Kind::Failed, p, p.reason});
        return;
    }
    p.status = u"succeeded"_s;
    p.preimage = target->preimage;
    p.completedAtMs = now;
    Q_EMIT invoicePaid(p.paymentHash, target->walletId);
    done({PayResult::Kind::Sent, p, {}});
}

std::optional<PaymentRecord> LightningNode::outgoingByHash(const QString &walletId,
                                                           const QString &paymentHash)
{
    const auto row = m_db.one(
        u"SELECT * FROM payments WHERE wallet_id = ? AND payment_hash = ? ORDER BY "
        "CASE status WHEN 'succeeded' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, created_at DESC"_s,
        {walletId, paymentHash});
    return row ? std::optional<PaymentRecord>(paymentFrom(*row)) : std::nullopt;
}

std::optional<PaymentRecord> LightningNode::pendingPayment(const QString &walletId,
                                                           const QString &bolt11)
{
    const auto row = m_db.one(u"SELECT * FROM payments WHERE wallet_id = ? AND bolt11 = ? "
                              "AND status = 'pending'"_s,
                              {walletId, bolt11.trimmed().toLower()});
    return row ? std::optional<PaymentRecord>(paymentFrom(*row)) : std::nullopt;
}

std::optional<PaymentRecord> LightningNode::outgoingById(const QString &walletId,
                                                         const QString &paymentId)
{
    const auto row =
        m_db.one(u"SELECT * FROM payments WHERE wallet_id = ? AND id = ?"_s, {walletId, paymentId});
    return row ? std::optional<PaymentRecord>(paymentFrom(*row)) : std::nullopt;
}

void LightningNode::reset(const QHash<QString, qint64> &startBalancesMsat)
{
    m_db.exec(u"DELETE FROM payments"_s);
    m_db.exec(u"DELETE FROM invoices"_s);
    // Start-up wallets keep their ids and keys (markets and connected apps hold them); others go.
    for (const Wallet &w : wallets()) {
        if (startBalancesMsat.contains(w.name))
            m_db.exec(u"UPDATE wallets SET balance_msat = ? WHERE id = ?"_s,
                      {startBalancesMsat.value(w.name), w.id});
        else
            m_db.exec(u"DELETE FROM wallets WHERE id = ?"_s, {w.id});
    }
}

} // namespace lw::sandbox

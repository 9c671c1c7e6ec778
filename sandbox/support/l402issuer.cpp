// SPDX-License-Identifier: GPL-3.0-or-later
#include "l402issuer.h"

#include "common/base64.h"
#include "common/crypto.h"
#include "common/hex.h"
#include "l402/macaroondecoder.h"
#include "l402/macaroonencoder.h"
#include "lightning/lightningnode.h"
#include "lightning/preimage.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/tamper.h"

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
// 402ai's UsedHashSet forgets a hash after an hour.
constexpr qint64 usedTtlMs = 3600 * 1000;
} // namespace

L402Issuer::L402Issuer(Database &db, Clock &clock, LightningNode &node, const QString &walletId,
                       Config config)
    : m_db(db)
    , m_clock(clock)
    , m_node(node)
    , m_walletId(walletId)
    , m_config(std::move(config))
{
    const QString metaKey = u"l402_root_key_"_s + m_config.market;
    QString key = m_db.meta(metaKey);
    if (key.isEmpty()) {
        // Derived from the node key so a seeded sandbox gets the same root key every run.
        key = crypto::hmacSha256(m_db.meta(u"node_key"_s).toLatin1(), metaKey.toLatin1()).toHex();
        m_db.setMeta(metaKey, key);
    }
    m_rootKey = *hex::decode(key);
}

std::optional<L402Issuer::Challenge> L402Issuer::issue(qint64 amountSats,
                                                       const QString &invoiceDescription,
                                                       const QList<QByteArray> &extraCaveats,
                                                       qint64 expirySeconds)
{
    using T = Tamper::Challenge;
    const T tamper = m_tamper ? m_tamper->takeChallenge() : T::None;
    LightningNode::InvoiceRequest request;
    request.amount = MilliSats::fromSats(amountSats);
    request.description = invoiceDescription;
    request.expirySeconds = expirySeconds;
    // Tampered invoices are real ones of this node: a client that wrongly pays one moves sats.
    LightningNode::InvoiceRequest bound = request;
    if (tamper == T::Overprice)
        bound.amount = MilliSats::fromSats(amountSats * Tamper::overpriceFactor);
    if (tamper == T::Expired)
        bound.timestampSecs = m_clock.nowSecs() - expirySeconds - 600;
    if (tamper == T::WrongNetwork)
        bound.network = Network::Mainnet;
    const auto invoice = m_node.createInvoice(m_walletId, bound);
    if (!invoice)
        return std::nullopt;

    Challenge c;
    c.invoice = invoice->bolt11;
    c.paymentHash = invoice->paymentHash;
    c.amountSats = amountSats;
    if (tamper == T::HashMismatch) {
        // Another payable invoice; the macaroon, the body and X-Payment-Hash keep the first.
        const auto other = m_node.createInvoice(m_walletId, request);
        if (!other)
            return std::nullopt;
        c.invoice = other->bolt11;
    } else if (tamper == T::NoInvoice) {
        c.invoice.clear();
    }
    if (m_config.format == Format::PyMacaroonsV1) {
        Macaroon m = macaroons::mint(m_rootKey, c.paymentHash.toLatin1(), m_config.location);
        macaroons::addFirstPartyCaveat(m, QByteArray("payment_hash=" + c.paymentHash.toLatin1()));
        macaroons::addFirstPartyCaveat(m,
                                       QByteArray("amount_sats=" + QByteArray::number(amountSats)));
        for (const QByteArray &caveat : extraCaveats)
            macaroons::addFirstPartyCaveat(m, caveat);
        c.token = base64::encode(*macaroons::serializeV1(m), base64::Alphabet::Url, false);
    } else {
        const QByteArray tokenId =
            crypto::sha256(QByteArray(c.paymentHash.toLatin1() + m_rootKey)).toByteArray();
        Macaroon m = macaroons::mint(
            m_rootKey, macaroons::l402Identifier(*PaymentHash::fromHex(c.paymentHash), tokenId),
            m_config.location);
        for (const QByteArray &caveat : extraCaveats)
            macaroons::addFirstPartyCaveat(m, caveat);
        c.token = base64::encode(macaroons::serializeV2(m));
    }
    return c;
}

QByteArray L402Issuer::wwwAuthenticate(const Challenge &challenge, const QByteArray &scheme)
{
    QByteArray out = scheme + " macaroon=\"" + challenge.token.toLatin1() + '"';
    if (!challenge.invoice.isEmpty())
        out += ", invoice=\"" + challenge.invoice.toLatin1() + '"';
    return out;
}

Result<L402Issuer::Credential, L402Issuer::CheckError>
L402Issuer::check(const QByteArray &authorization) const
{
    auto error = [](Failure f, const QString &message) { return fail(CheckError{f, message}); };
    const QByteArray trimmed = authorization.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArray scheme = space < 0 ? trimmed : trimmed.first(space);
    if (scheme.compare("L402", Qt::CaseInsensitive) != 0
        && scheme.compare("LSAT", Qt::CaseInsensitive) != 0)
        return error(Failure::NotL402, u"Authorization is not L402"_s);
    const QByteArray credential = trimmed.sliced(space + 1).trimmed();
    const qsizetype colon = credential.lastIndexOf(':');
    if (colon <= 0)
        return error(Failure::Format, u"Invalid macaroon format"_s);
    const L402Token token = decodeL402Token(QString::fromLatin1(credential.first(colon)));
    if (!token.isMacaroon())
        return error(Failure::Format, u"Invalid macaroon format"_s);
    const Macaroon &m = token.macaroons.first();

    Macaroon expected = macaroons::mint(m_rootKey, m.identifier, m.location);
    for (const MacaroonCaveat &c : m.caveats)
        macaroons::addFirstPartyCaveat(expected, c.identifier);
    if (!crypto::constantTimeEquals(expected.signature, m.signature))
        return error(Failure::Signature, u"Invalid macaroon signature"_s);

    Credential out;
    out.macaroon = m;
    for (const MacaroonCaveat &c : m.caveats)
        if (const auto cond = c.condition())
            out.caveats.insert(cond->first, cond->second);
    const auto hash = m.paymentHash();
    out.paymentHash = hash ? hash->toHex() : QString();
    const auto preimage = Preimage::fromHex(QString::fromLatin1(credential.sliced(colon + 1)));
    if (!hash || !preimage || !verifyPreimage(*preimage, *hash))
        return error(Failure::Preimage, u"Preimage does not match payment_hash"_s);
    if (isUsed(out.paymentHash))
        return error(Failure::Used, u"Payment hash already redeemed"_s);
    return out;
}

void L402Issuer::consume(const QString &paymentHash)
{
    if (m_config.persistUsedHashes)
        m_db.exec(u"INSERT OR IGNORE INTO used_hashes(payment_hash, used_at) VALUES(?, ?)"_s,
                  {paymentHash, m_clock.nowMs()});
    else
        m_usedInMemory.insert(paymentHash, m_clock.nowMs() + usedTtlMs);
}

bool L402Issuer::isUsed(const QString &paymentHash) const
{
    if (m_config.persistUsedHashes)
        return m_db
            .one(u"SELECT 1 AS used FROM used_hashes WHERE payment_hash = ?"_s, {paymentHash})
            .has_value();
    const auto it = m_usedInMemory.constFind(paymentHash);
    if (it == m_usedInMemory.constEnd())
        return false;
    if (m_clock.nowMs() >= it.value()) {
        m_usedInMemory.remove(paymentHash);
        return false;
    }
    return true;
}

qint64 L402Issuer::usedCount() const
{
    if (m_config.persistUsedHashes) {
        const auto row = m_db.one(u"SELECT COUNT(*) AS n FROM used_hashes"_s);
        return row ? row->value(u"n"_s).toLongLong() : 0;
    }
    return m_usedInMemory.size();
}

void L402Issuer::reset()
{
    m_usedInMemory.clear();
    m_db.exec(u"DELETE FROM used_hashes"_s);
}

} // namespace lw::sandbox

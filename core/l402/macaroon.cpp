// SPDX-License-Identifier: GPL-3.0-or-later
#include "macaroon.h"

#include "common/hex.h"
#include "common/safetext.h"

#include <QtEndian>

namespace lw {

namespace {

std::optional<qint64> parseNonNegative(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0 || text.startsWith(u'+'))
        return std::nullopt;
    return v;
}

std::optional<L402Identifier> parseBinaryIdentifier(QByteArrayView bytes, L402Identifier::Form form)
{
    if (bytes.size() != 66)
        return std::nullopt;
    L402Identifier id;
    id.form = form;
    id.version = qFromBigEndian<quint16>(bytes.data());
    if (id.version == 0) {
        id.paymentHash = PaymentHash::fromBytes(bytes.sliced(2, 32));
        id.tokenId = bytes.sliced(34).toByteArray();
    }
    return id;
}

} // namespace

QString MacaroonCaveat::text() const
{
    return displayText(identifier);
}

std::optional<std::pair<QString, QString>> MacaroonCaveat::condition() const
{
    if (!isFirstParty() || !isValidUtf8(identifier))
        return std::nullopt;
    const QString s = QString::fromUtf8(identifier);
    const qsizetype eq = s.indexOf(u'=');
    if (eq < 0)
        return std::nullopt;
    return std::pair{s.first(eq).trimmed(), s.sliced(eq + 1).trimmed()};
}

std::optional<L402Identifier> Macaroon::l402Identifier() const
{
    if (identifier.size() == 66)
        return parseBinaryIdentifier(identifier, L402Identifier::Form::Binary);
    if (identifier.size() == 132) {
        if (const auto bytes = hex::decode(QByteArrayView(identifier)))
            return parseBinaryIdentifier(*bytes, L402Identifier::Form::HexText);
    }
    if (identifier.size() == 64) {
        if (const auto bytes = hex::decode(QByteArrayView(identifier))) {
            L402Identifier id;
            id.form = L402Identifier::Form::PaymentHashHex;
            id.paymentHash = PaymentHash::fromBytes(*bytes);
            return id;
        }
    }
    return std::nullopt;
}

namespace {

QList<PaymentHash> paymentHashCandidates(const Macaroon &m)
{
    QList<PaymentHash> found;
    if (const auto id = m.l402Identifier(); id && id->paymentHash)
        found.append(*id->paymentHash);
    for (const MacaroonCaveat &c : m.caveats) {
        const auto cond = c.condition();
        if (cond && cond->first == u"payment_hash") {
            if (const auto h = PaymentHash::fromHex(cond->second))
                found.append(*h);
            else
                found.append(PaymentHash()); // unparseable: counts as a disagreement
        }
    }
    return found;
}

} // namespace

std::optional<PaymentHash> Macaroon::paymentHash() const
{
    const QList<PaymentHash> found = paymentHashCandidates(*this);
    if (found.isEmpty() || hasConflictingPaymentHashes())
        return std::nullopt;
    return found.first();
}

bool Macaroon::hasConflictingPaymentHashes() const
{
    const QList<PaymentHash> found = paymentHashCandidates(*this);
    for (const PaymentHash &h : found)
        if (h != found.first() || h.isZero())
            return true;
    return false;
}

std::optional<qint64> Macaroon::expiresAtMs() const
{
    std::optional<qint64> earliest;
    for (const MacaroonCaveat &c : caveats) {
        const auto cond = c.condition();
        if (!cond)
            continue;
        std::optional<qint64> ms;
        if (cond->first.endsWith(u"_valid_until")) {
            if (const auto s = parseNonNegative(cond->second); s && *s < (qint64(1) << 52))
                ms = *s * 1000;
        } else if (cond->first == u"expiration") {
            ms = parseNonNegative(cond->second);
        }
        if (ms && (!earliest || *ms < *earliest))
            earliest = ms;
    }
    return earliest;
}

QString Macaroon::identifierText() const
{
    return isValidUtf8(identifier) ? displayText(identifier) : hex::encode(identifier);
}

} // namespace lw

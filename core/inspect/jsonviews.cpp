// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonviews.h"

#include "common/hex.h"
#include "common/safetext.h"

#include <QDateTime>
#include <QJsonArray>

namespace lw::json {

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue optionalHex(const std::optional<QByteArray> &bytes)
{
    return bytes ? QJsonValue(hex::encode(*bytes)) : QJsonValue(QJsonValue::Null);
}

QString formatName(MacaroonFormat format)
{
    switch (format) {
    case MacaroonFormat::V2Binary:
        return QStringLiteral("v2_binary");
    case MacaroonFormat::V2Json:
        return QStringLiteral("v2_json");
    case MacaroonFormat::V1Binary:
        return QStringLiteral("v1_binary");
    case MacaroonFormat::V1Json:
        return QStringLiteral("v1_json");
    }
    return {};
}

QString identifierFormName(L402Identifier::Form form)
{
    switch (form) {
    case L402Identifier::Form::Binary:
        return QStringLiteral("binary");
    case L402Identifier::Form::HexText:
        return QStringLiteral("hex_text");
    case L402Identifier::Form::PaymentHashHex:
        return QStringLiteral("payment_hash_hex");
    }
    return {};
}

} // namespace

QJsonObject invoice(const Bolt11Invoice &inv, qint64 nowSecs)
{
    QJsonObject o;
    o.insert(u"kind", QStringLiteral("invoice"));
    o.insert(u"network", networkName(inv.network));
    o.insert(u"hrp", inv.hrp);
    o.insert(u"amount_msat", inv.amount ? QJsonValue(inv.amount->msat()) : QJsonValue());
    o.insert(u"amount_sat", inv.amount ? QJsonValue(inv.amount->toSatsDecimal()) : QJsonValue());
    o.insert(u"timestamp", inv.timestamp);
    o.insert(u"timestamp_iso", isoTime(inv.timestamp));
    o.insert(u"expiry_seconds", inv.expirySeconds);
    o.insert(u"expires_at", inv.expiresAt());
    o.insert(u"expires_at_iso", isoTime(inv.expiresAt()));
    o.insert(u"expired", inv.isExpired(nowSecs));
    o.insert(u"payment_hash", inv.paymentHash.toHex());
    o.insert(u"payment_secret", inv.paymentSecret.toHex());
    o.insert(u"description", inv.description ? QJsonValue(*inv.description) : QJsonValue());
    o.insert(u"description_hash",
             inv.descriptionHash ? QJsonValue(inv.descriptionHash->toHex()) : QJsonValue());
    o.insert(u"payee", inv.payee.toHex());
    o.insert(u"payee_source",
             inv.payeeFromField ? QStringLiteral("n_field") : QStringLiteral("signature"));
    o.insert(u"min_final_cltv_expiry_delta", inv.minFinalCltvExpiryDelta);
    QJsonArray features;
    for (int bit : inv.featureBits)
        features.append(bit);
    o.insert(u"features", features);
    QJsonArray fallbacks;
    for (const FallbackAddress &f : inv.fallbacks)
        fallbacks.append(
            QJsonObject{{u"version"_s, f.version}, {u"program"_s, hex::encode(f.program)}});
    o.insert(u"fallbacks", fallbacks);
    QJsonArray hints;
    for (const RouteHint &hint : inv.routeHints) {
        QJsonArray hops;
        for (const RouteHop &hop : hint)
            hops.append(QJsonObject{
                {u"pubkey"_s, hop.pubkey.toHex()},
                {u"short_channel_id"_s, hop.shortChannelIdText()},
                {u"fee_base_msat"_s, qint64(hop.feeBaseMsat)},
                {u"fee_proportional_millionths"_s, qint64(hop.feeProportionalMillionths)},
                {u"cltv_expiry_delta"_s, hop.cltvExpiryDelta}});
        hints.append(hops);
    }
    o.insert(u"route_hints", hints);
    o.insert(u"payment_metadata", optionalHex(inv.paymentMetadata));
    o.insert(u"signature", hex::encode(inv.signature));
    o.insert(u"recovery_id", inv.recoveryId);
    o.insert(u"high_s", inv.highS);
    o.insert(u"signing_hash", inv.signingHash.toHex());
    QJsonArray fields;
    for (const Bolt11Field &f : inv.fields)
        fields.append(QJsonObject{
            {u"tag"_s, QString(QLatin1Char(f.tag))}, {u"length"_s, f.length}, {u"used"_s, f.used}});
    o.insert(u"fields", fields);
    return o;
}

QJsonObject macaroon(const Macaroon &m)
{
    QJsonObject o;
    o.insert(u"format", formatName(m.format));
    o.insert(u"location", displayText(m.location));
    o.insert(u"identifier", m.identifierText());
    o.insert(u"identifier_hex", hex::encode(m.identifier));
    if (const auto id = m.l402Identifier()) {
        QJsonObject l402;
        l402.insert(u"form", identifierFormName(id->form));
        l402.insert(u"version", id->version);
        l402.insert(u"payment_hash",
                    id->paymentHash ? QJsonValue(id->paymentHash->toHex()) : QJsonValue());
        l402.insert(u"token_id",
                    id->tokenId.isEmpty() ? QJsonValue() : QJsonValue(hex::encode(id->tokenId)));
        o.insert(u"l402_identifier", l402);
    } else {
        o.insert(u"l402_identifier", QJsonValue());
    }
    const auto hash = m.paymentHash();
    o.insert(u"payment_hash", hash ? QJsonValue(hash->toHex()) : QJsonValue());
    o.insert(u"payment_hash_conflict", m.hasConflictingPaymentHashes());
    const auto expires = m.expiresAtMs();
    o.insert(u"expires_at_ms", expires ? QJsonValue(*expires) : QJsonValue());
    QJsonArray caveats;
    for (const MacaroonCaveat &c : m.caveats) {
        QJsonObject co;
        co.insert(u"text", c.text());
        co.insert(u"third_party", !c.isFirstParty());
        if (const auto cond = c.condition()) {
            co.insert(u"condition", displayText(cond->first));
            co.insert(u"value", displayText(cond->second));
        }
        if (!c.isFirstParty()) {
            co.insert(u"location", displayText(c.location));
            co.insert(u"verification_id", hex::encode(c.verificationId));
        }
        caveats.append(co);
    }
    o.insert(u"caveats", caveats);
    o.insert(u"signature", hex::encode(m.signature));
    return o;
}

QJsonObject token(const L402Token &t)
{
    QJsonObject o;
    o.insert(u"is_macaroon", t.isMacaroon());
    if (!t.isMacaroon()) {
        o.insert(u"opaque_reason", t.opaqueReason);
        return o;
    }
    o.insert(u"macaroon", macaroon(t.macaroons.first()));
    QJsonArray discharges;
    for (qsizetype i = 1; i < t.macaroons.size(); ++i)
        discharges.append(macaroon(t.macaroons[i]));
    o.insert(u"discharges", discharges);
    return o;
}

QJsonObject lightningAddress(const LightningAddress &a)
{
    return QJsonObject{{u"kind"_s, u"lightning_address"_s},
                       {u"address"_s, a.toString()},
                       {u"user"_s, a.user},
                       {u"domain"_s, a.domain},
                       {u"url"_s, a.lnurlpUrl().toString()}};
}

QJsonObject lnurl(const QUrl &url, LnurlTag tag)
{
    return QJsonObject{
        {u"kind"_s, u"lnurl"_s},
        {u"url"_s, url.toString()},
        {u"domain"_s, url.host()},
        {u"tag"_s, tag == LnurlTag::Unknown ? QJsonValue() : QJsonValue(lnurlTagName(tag))}};
}

} // namespace lw::json

// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletregistry.h"

#include "cln/clnwallet.h"
#include "common/hex.h"
#include "lnbits/lnbitswallet.h"
#include "lnd/lndwallet.h"
#include "net/httpclient.h"
#include "nwc/nwcuri.h"
#include "nwc/nwcwallet.h"
#include "phoenixd/phoenixdwallet.h"
#include "qr/qrwallet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSslCertificate>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WalletRegistry)
};

using namespace Qt::Literals::StringLiterals;

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

std::optional<QSslCertificate> certificateOf(const QJsonObject &settings)
{
    const QByteArray pem = settings.value(u"tls_cert").toString().toLatin1();
    if (pem.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return std::nullopt;
    return certs.first();
}

//! LND macaroons are pasted as hex (`xxd -p -c0 admin.macaroon`) or piped raw.
QByteArray macaroonHex(const QByteArray &given)
{
    const QByteArray trimmed = given.trimmed();
    if (hex::isHex(QString::fromLatin1(trimmed)))
        return trimmed.toLower();
    return given.toHex();
}

} // namespace

QList<WalletRegistry::KindInfo> WalletRegistry::kinds()
{
    return {
        {u"phoenixd"_s, true, false, true, Text::tr("phoenixd http-password")},
        {u"lnd"_s, true, true, true, Text::tr("LND macaroon (hex)")},
        {u"cln"_s, true, true, true, Text::tr("Core Lightning rune")},
        {u"lnbits"_s, true, false, true, Text::tr("LNbits admin key")},
        {u"nwc"_s, false, false, true, Text::tr("Nostr Wallet Connect URI")},
        {u"qr"_s, false, false, false, QString()},
    };
}

std::optional<WalletRegistry::KindInfo> WalletRegistry::kind(QStringView name)
{
    for (const KindInfo &k : kinds())
        if (k.name == name)
            return k;
    return std::nullopt;
}

Result<WalletRegistry::Checked, AppError> WalletRegistry::check(const Input &input)
{
    const auto info = kind(input.kind);
    if (!info)
        return fail(invalid(Text::tr("Unknown wallet kind \"%1\" (phoenixd, lnd, cln, lnbits, "
                                     "nwc or qr).")
                                .arg(input.kind)));
    Checked out;
    if (info->needsUrl) {
        if (!input.url.isValid() || input.url.host().isEmpty() || !isAllowedScheme(input.url))
            return fail(invalid(Text::tr("The wallet's address needs https:// (http:// only on "
                                         "this computer).")));
        out.settings.insert(u"url"_s, input.url.toString());
    } else if (!input.url.isEmpty()) {
        return fail(invalid(Text::tr("A %1 connection takes no address.").arg(info->name)));
    }
    if (!input.certificatePem.isEmpty()) {
        if (!info->takesCertificate)
            return fail(invalid(Text::tr("A %1 connection takes no certificate.").arg(info->name)));
        const auto certs = QSslCertificate::fromData(input.certificatePem, QSsl::Pem);
        if (certs.size() != 1)
            return fail(invalid(Text::tr("The certificate file is not one PEM certificate (LND: "
                                         "tls.cert).")));
        out.settings.insert(u"tls_cert"_s, QString::fromLatin1(certs.first().toPem()));
    }
    if (!info->needsSecret)
        return out;
    const QByteArray secret = input.secret.trimmed();
    if (secret.isEmpty())
        return fail(invalid(Text::tr("The %1 is missing.").arg(info->secretName)));
    if (info->name == u"lnd") {
        out.secret = macaroonHex(input.secret);
    } else if (info->name == u"nwc") {
        const auto uri = NwcUri::parse(QString::fromUtf8(secret));
        if (!uri)
            return fail(uri.error());
        QJsonArray relays;
        for (const QUrl &relay : uri->relays)
            relays.append(relay.toString());
        // The relays and the wallet's key are public; only the URI's secret is a secret.
        out.settings.insert(u"relays"_s, relays);
        out.settings.insert(u"wallet_pubkey"_s, uri->walletPubkey.toHex());
        if (!uri->lud16.isEmpty())
            out.settings.insert(u"lud16"_s, uri->lud16);
        out.secret = secret;
    } else {
        out.secret = secret;
    }
    return out;
}

Result<std::unique_ptr<Wallet>, AppError>
WalletRegistry::create(const WalletConnection &c, const QByteArray &secret, HttpClient *http)
{
    const QUrl url(c.settings.value(u"url").toString());
    const std::optional<QSslCertificate> pinned = certificateOf(c.settings);
    std::unique_ptr<Wallet> wallet;
    if (c.kind == u"phoenixd") {
        wallet = std::make_unique<PhoenixdWallet>(http, url, secret, c.network);
    } else if (c.kind == u"lnd") {
        wallet = std::make_unique<LndWallet>(http, url, secret, pinned, c.network);
    } else if (c.kind == u"cln") {
        wallet = std::make_unique<ClnWallet>(http, url, secret, pinned, c.network);
    } else if (c.kind == u"lnbits") {
        wallet = std::make_unique<LnbitsWallet>(http, url, secret, c.network);
    } else if (c.kind == u"nwc") {
        auto uri = NwcUri::parse(QString::fromUtf8(secret));
        if (!uri)
            return fail(uri.error());
        wallet = std::make_unique<NwcWallet>(std::move(*uri), c.network);
    } else if (c.kind == u"qr") {
        wallet = std::make_unique<QrWallet>(c.network);
    } else {
        return fail(invalid(Text::tr("Wallets of kind \"%1\" are not supported.").arg(c.kind)));
    }
    return wallet;
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/nwcuri.h"

#include "net/httpclient.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NwcUri)
};

AppError invalid(const QString &why)
{
    return AppError::make(AppError::Kind::Invalid,
                          Text::tr("This is not a usable Nostr Wallet Connect link: %1").arg(why));
}

//! The part after the scheme, or nullopt when the scheme is not NWC's.
std::optional<QStringView> afterScheme(QStringView text)
{
    for (const QStringView scheme : {u"nostr+walletconnect:", u"nostrwalletconnect:"}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            QStringView rest = text.mid(scheme.size());
            if (rest.startsWith(u"//"))
                rest = rest.mid(2);
            return rest;
        }
    }
    return std::nullopt;
}

bool isPrintableAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}

//! One relay URL, checked and normalised so that the same relay written twice is one.
Result<QUrl, AppError> relayUrl(const QString &decoded)
{
    QUrl url(decoded, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !isPrintableAscii(decoded))
        return fail(invalid(Text::tr("a relay address is not a valid URL.")));
    if (!url.userInfo().isEmpty())
        return fail(invalid(Text::tr("a relay address carries a user name or password.")));
    if (scheme == u"ws") {
        // isLoopback() reads only the host, so it serves for ws:// as for http://.
        if (!isLoopback(url))
            return fail(invalid(Text::tr("relay %1 is not encrypted (ws://); only wss:// relays "
                                         "are allowed off this computer.")
                                    .arg(url.host())));
    } else if (scheme != u"wss") {
        return fail(invalid(Text::tr("a relay address is not a WebSocket URL (wss://).")));
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == u"wss" && url.port() == 443) || (scheme == u"ws" && url.port() == 80))
        url.setPort(-1);
    url.setFragment(QString());
    if (url.path() == u"/")
        url.setPath(QString());
    return url;
}

} // namespace

Result<NwcUri, AppError> NwcUri::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.size() > maxLength)
        return fail(invalid(Text::tr("it is too long.")));
    const auto rest = afterScheme(text);
    if (!rest)
        return fail(invalid(Text::tr("it does not start with nostr+walletconnect://.")));
    const qsizetype question = rest->indexOf(u'?');
    QStringView host = question < 0 ? *rest : rest->left(question);
    if (host.endsWith(u'/'))
        host.chop(1);
    const QStringView query = question < 0 ? QStringView() : rest->mid(question + 1);

    NwcUri out;
    const auto pubkey = nostr::XOnlyKey::fromHex(host);
    if (!pubkey || !nostr::isValidXOnlyKey(*pubkey))
        return fail(invalid(Text::tr("the wallet's public key is not 64 hex digits of a valid "
                                     "key.")));
    out.walletPubkey = *pubkey;

    bool haveSecret = false;
    bool haveLud16 = false;
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QStringView key = eq < 0 ? pair : pair.left(eq);
        const QString value =
            QUrl::fromPercentEncoding((eq < 0 ? QStringView() : pair.mid(eq + 1)).toUtf8());
        if (key == u"relay") {
            const auto url = relayUrl(value);
            if (!url)
                return fail(url.error());
            if (!out.relays.contains(*url))
                out.relays.append(*url);
            if (out.relays.size() > maxRelays)
                return fail(invalid(Text::tr("it names more than %1 relays.").arg(maxRelays)));
        } else if (key == u"secret") {
            if (haveSecret)
                return fail(invalid(Text::tr("it contains more than one secret.")));
            haveSecret = true;
            const auto secret = PrivateKey::fromHex(value);
            if (!secret || !nostr::isValidSecretKey(*secret))
                return fail(invalid(Text::tr("the secret is not 64 hex digits of a valid key.")));
            out.secret = *secret;
        } else if (key == u"lud16") {
            if (haveLud16)
                return fail(invalid(Text::tr("it contains more than one lightning address.")));
            haveLud16 = true;
            const qsizetype at = value.indexOf(u'@');
            if (value.size() > 320 || !isPrintableAscii(value) || at <= 0 || at == value.size() - 1
                || value.indexOf(u'@', at + 1) >= 0)
                return fail(invalid(Text::tr("the lightning address (lud16) is not "
                                             "name@domain.")));
            out.lud16 = value.toLower();
        }
        // Other parameters (deep-link extras, future additions) are ignored, as NIP-47 allows.
    }
    if (!haveSecret)
        return fail(invalid(Text::tr("it has no secret.")));
    if (out.relays.isEmpty())
        return fail(invalid(Text::tr("it names no relay.")));
    return out;
}

} // namespace lw

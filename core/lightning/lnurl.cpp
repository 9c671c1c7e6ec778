// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnurl.h"

#include "lightning/bech32.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace lw {

namespace {

struct LnurlText {
    Q_DECLARE_TR_FUNCTIONS(Lnurl)
};

Unexpected<LnurlError> error(LnurlErrorCode code, const QString &message)
{
    return fail(LnurlError{code, message});
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isOnionHost(const QString &host)
{
    return host.endsWith(u".onion", Qt::CaseInsensitive);
}

// Domain part of a Lightning Address: a host (DNS name, IDN or IP literal), optionally with a
// port, and nothing that would make the URL built from it point elsewhere.
bool isValidDomain(QStringView domain)
{
    for (QChar c : domain)
        if (c == u'/' || c == u'?' || c == u'#' || c == u'@' || c == u'\\' || c.isSpace())
            return false;
    const QUrl probe(u"https://" + domain.toString() + u'/', QUrl::StrictMode);
    return probe.isValid() && !probe.host().isEmpty() && probe.userInfo().isEmpty()
           && probe.path() == u"/" && !probe.hasQuery() && !probe.hasFragment();
}

} // namespace

QString lnurlTagName(LnurlTag tag)
{
    switch (tag) {
    case LnurlTag::PayRequest:
        return QStringLiteral("payRequest");
    case LnurlTag::WithdrawRequest:
        return QStringLiteral("withdrawRequest");
    case LnurlTag::ChannelRequest:
        return QStringLiteral("channelRequest");
    case LnurlTag::Login:
        return QStringLiteral("login");
    case LnurlTag::Unknown:
        break;
    }
    return {};
}

bool isAcceptableLnurlUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && (isOnionHost(url.host()) || isLoopbackHost(url.host()));
}

Result<QUrl, LnurlError> decodeLnurl(QStringView text)
{
    const auto decoded = bech32::decode(text);
    if (!decoded)
        return error(LnurlErrorCode::Bech32, decoded.error().message);
    if (decoded->hrp != u"lnurl")
        return error(LnurlErrorCode::NotLnurl, LnurlText::tr("it is bech32 but not an LNURL"));
    if (decoded->variant != bech32::Variant::Bech32)
        return error(LnurlErrorCode::Bech32, LnurlText::tr("it uses the bech32m checksum"));
    const auto bytes = bech32::convertBits(decoded->data, 5, 8, false);
    if (!bytes)
        return error(LnurlErrorCode::Bech32, LnurlText::tr("its data has invalid padding"));
    const QUrl url(QString::fromUtf8(*bytes), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return error(LnurlErrorCode::InvalidUrl, LnurlText::tr("it does not contain a valid URL"));
    if (!isAcceptableLnurlUrl(url))
        return error(
            LnurlErrorCode::InsecureUrl,
            LnurlText::tr("it points to %1, which is not HTTPS").arg(url.toDisplayString()));
    return url;
}

QString encodeLnurl(const QUrl &url, bool upperCase)
{
    const QByteArray bytes = url.toEncoded();
    const QString text = bech32::encode(u"lnurl", *bech32::convertBits(bytes, 8, 5, true));
    return upperCase ? text.toUpper() : text;
}

Result<LnurlSchemeUrl, LnurlError> resolveLnurlScheme(QStringView text)
{
    struct SchemeTag {
        const char16_t *scheme;
        LnurlTag tag;
    };
    static constexpr SchemeTag schemes[] = {{u"lnurlp", LnurlTag::PayRequest},
                                            {u"lnurlw", LnurlTag::WithdrawRequest},
                                            {u"lnurlc", LnurlTag::ChannelRequest},
                                            {u"keyauth", LnurlTag::Login}};
    const qsizetype colon = text.indexOf(u"://");
    if (colon <= 0)
        return error(LnurlErrorCode::NotLnurl, LnurlText::tr("it is not an LNURL link"));
    const QStringView scheme = text.first(colon);
    for (const SchemeTag &s : schemes) {
        if (scheme.compare(QStringView(s.scheme), Qt::CaseInsensitive) != 0)
            continue;
        QUrl url(u"https" + text.sliced(colon).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return error(LnurlErrorCode::InvalidUrl, LnurlText::tr("the link is not a valid URL"));
        // LUD-17: clearnet becomes https, onion becomes http. Loopback too, for local services.
        if (isOnionHost(url.host()) || isLoopbackHost(url.host()))
            url.setScheme(QStringLiteral("http"));
        if (!isAcceptableLnurlUrl(url))
            return error(LnurlErrorCode::InvalidUrl, LnurlText::tr("the link is not a valid URL"));
        return LnurlSchemeUrl{url, s.tag};
    }
    return error(LnurlErrorCode::NotLnurl, LnurlText::tr("it is not an LNURL link"));
}

QUrl LightningAddress::lnurlpUrl() const
{
    const QUrl base(u"https://" + domain + u'/');
    QUrl url(base);
    if (isOnionHost(base.host()) || isLoopbackHost(base.host()))
        url.setScheme(QStringLiteral("http"));
    url.setPath(u"/.well-known/lnurlp/" + user);
    return url;
}

Result<LightningAddress, LnurlError> parseLightningAddress(QStringView text)
{
    // BIP 353 writes a leading ₿; the LNURL route is the same address.
    if (text.startsWith(QChar(0x20bf)))
        text = text.sliced(1);
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || at == text.size() - 1)
        return error(LnurlErrorCode::InvalidAddress,
                     LnurlText::tr("a Lightning Address looks like name@example.com"));
    const QString user = text.first(at).toString().toLower();
    const QString domain = text.sliced(at + 1).toString().toLower();
    for (QChar c : user) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
                        || u == u'_' || u == u'.';
        if (!ok)
            return error(
                LnurlErrorCode::InvalidAddress,
                LnurlText::tr("the name part may only hold a-z, 0-9, \"-\", \"_\" and \".\""));
    }
    if (user == u"." || user == u"..")
        return error(LnurlErrorCode::InvalidAddress,
                     LnurlText::tr("the name part can't be \".\" or \"..\""));
    if (!isValidDomain(domain))
        return error(LnurlErrorCode::InvalidAddress,
                     LnurlText::tr("\"%1\" is not a valid domain").arg(domain));
    return LightningAddress{user, domain};
}

} // namespace lw

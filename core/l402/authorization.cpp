// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorization.h"

#include "common/base64.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lw {

namespace {

struct AuthorizationText {
    Q_DECLARE_TR_FUNCTIONS(Authorization)
};

bool isSafeTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return u > 0x20 && u < 0x7f && u != u'"' && u != u',' && u != u':' && u != u'\\';
}

} // namespace

Result<QByteArray, AuthorizationError> l402Authorization(const L402Challenge &challenge,
                                                         const Preimage &preimage)
{
    if (challenge.token.isEmpty()
        || !std::all_of(challenge.token.begin(), challenge.token.end(), isSafeTokenChar))
        return fail(AuthorizationError{
            AuthorizationErrorCode::UnsafeToken,
            AuthorizationText::tr("The server's token contains characters that can't be sent "
                                  "back in a header.")});
    const QString scheme =
        challenge.scheme == u"LSAT" ? QStringLiteral("LSAT") : QStringLiteral("L402");
    return (scheme + u' ' + challenge.token + u':' + preimage.toHex()).toLatin1();
}

Result<QByteArray, AuthorizationError> paymentAuthorization(const PaymentSchemeChallenge &challenge,
                                                            const Preimage &preimage,
                                                            const QString &source)
{
    if (challenge.id.isEmpty() || challenge.method.isEmpty() || challenge.request.isEmpty())
        return fail(AuthorizationError{
            AuthorizationErrorCode::IncompleteChallenge,
            AuthorizationText::tr("The payment challenge lacks an id, method or request.")});
    QJsonObject echoed;
    for (const AuthParam &p : challenge.params)
        echoed.insert(p.name, p.value);
    QJsonObject payload;
    payload.insert(u"preimage", preimage.toHex());
    QJsonObject credential;
    credential.insert(u"challenge", echoed);
    if (!source.isEmpty())
        credential.insert(u"source", source);
    credential.insert(u"payload", payload);
    const QByteArray json = QJsonDocument(credential).toJson(QJsonDocument::Compact);
    return (u"Payment " + base64::encode(json, base64::Alphabet::Url, false)).toLatin1();
}

} // namespace lw

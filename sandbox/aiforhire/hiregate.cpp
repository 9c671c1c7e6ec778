// SPDX-License-Identifier: GPL-3.0-or-later
#include "hiregate.h"

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
// config.yaml invoice_expiry: what the body says, whatever the invoice's own expiry is.
constexpr qint64 bodyExpiresIn = 600;
} // namespace

Response hireError(int status, const QString &code, const QString &message)
{
    return Response::json(
        status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

Response stored(int status, const QJsonObject &object)
{
    if (object.isEmpty())
        return hireError(500, u"internal_error"_s, u"the sandbox could not store this"_s);
    return Response::json(status, object);
}

HireGate::HireGate(HireStore &store, L402Issuer &issuer)
    : m_store(store)
    , m_issuer(issuer)
{}

std::variant<HireGate::Identity, Response> HireGate::identify(const Request &request, bool required)
{
    Identity id;
    const QByteArray authorization = request.header("authorization");
    const bool hasL402 = authorization.startsWith("L402 ") || authorization.startsWith("LSAT ");
    const QString token = QString::fromLatin1(request.header("x-token"));
    if (!token.isEmpty()) {
        const auto account = m_store.accountByToken(token);
        if (!account)
            return hireError(401, u"invalid_token"_s, u"Unknown X-Token"_s);
        id.accountId = account->id;
    }
    if (hasL402) {
        const auto credential = m_issuer.check(authorization);
        if (!credential) {
            const bool used = credential.error().failure == L402Issuer::Failure::Used;
            return hireError(used ? 400 : 401, used ? u"payment_already_used"_s : u"invalid_l402"_s,
                             credential.error().message);
        }
        id.credential = *credential;
        if (id.accountId.isEmpty()) {
            const QString caveatAccount = credential->caveats.value(u"account_id"_s);
            if (m_store.account(caveatAccount))
                id.accountId = caveatAccount;
        }
    }
    if (required && id.accountId.isEmpty())
        return hireError(401, u"account_required"_s,
                         u"This endpoint requires X-Token header for account identity."_s);
    return id;
}

std::variant<HireGate::Paid, Response> HireGate::requirePaid(const Request &request, qint64 price,
                                                             const QString &invoiceDescription,
                                                             bool anonymousAccounts)
{
    auto identity = identify(request, false);
    if (auto *error = std::get_if<Response>(&identity))
        return *error;
    const Identity &id = std::get<Identity>(identity);
    if (id.credential) {
        const qint64 paid = id.credential->caveats.value(u"amount_sats"_s).toLongLong();
        if (paid < price)
            return hireError(
                402, u"insufficient_payment"_s,
                u"L402 payment of %1 sats is below the price of %2 sats."_s.arg(paid).arg(price));
        m_issuer.consume(id.credential->paymentHash);
        return Paid{id.accountId, true};
    }
    if (!id.accountId.isEmpty()) {
        if (m_store.debit(id.accountId, price))
            return Paid{id.accountId, false};
        if (!anonymousAccounts)
            return hireError(402, u"insufficient_balance"_s,
                             u"Need %1 sats but account balance is insufficient."_s.arg(price));
        return challenge(price, invoiceDescription, id.accountId);
    }
    if (!anonymousAccounts)
        return challenge(price, invoiceDescription, QString());
    // Anonymous paid call: a new, empty account whose token comes back in the 402 body.
    const auto [account, token] = m_store.createAccount(0);
    return challenge(price, invoiceDescription, account.id, token);
}

Response HireGate::challenge(qint64 price, const QString &invoiceDescription,
                             const QString &accountId, const QString &newToken)
{
    QList<QByteArray> caveats;
    if (!accountId.isEmpty())
        caveats << "account_id=" + accountId.toLatin1();
    const auto c = m_issuer.issue(price, invoiceDescription, caveats);
    if (!c)
        return hireError(503, u"phoenix_unavailable"_s, u"Could not create an invoice"_s);
    QJsonObject body{{u"status"_s, u"payment_required"_s},
                     {u"payment_hash"_s, c->paymentHash},
                     {u"amount_sats"_s, price},
                     {u"expires_in"_s, bodyExpiresIn}};
    if (!newToken.isEmpty())
        body.insert(u"token"_s, newToken);
    // A challenge tampered to carry no invoice has none anywhere (see Tamper).
    if (!c->invoice.isEmpty())
        body.insert(u"invoice"_s, c->invoice);
    Response r = Response::json(402, body);
    r.header("www-authenticate", L402Issuer::wwwAuthenticate(*c));
    if (!c->invoice.isEmpty())
        r.header("x-lightning-invoice", c->invoice.toLatin1());
    return r.header("x-payment-hash", c->paymentHash.toLatin1())
        .header("x-price-sats", QByteArray::number(price))
        .header("x-topup-url", "/api/v1/topup");
}

} // namespace lw::sandbox

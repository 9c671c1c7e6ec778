// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnurlservice.h"

#include "common/crypto.h"
#include "http/router.h"
#include "lightning/bolt11decoder.h"
#include "lightning/lightningnode.h"
#include "lightning/lnurl.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

Response lnurlError(int status, const QString &reason)
{
    // LUD-01: the body decides; the status code is only for humans.
    return Response::json(status, QJsonObject{{u"status"_s, u"ERROR"_s}, {u"reason"_s, reason}});
}

} // namespace

LnurlService::LnurlService(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
                           const QUrl &base, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_entropy(entropy)
    , m_node(node)
    , m_base(base)
{
    // A claim interrupted by a restart: its payment either went through or was failed and
    // refunded by the node on start-up.
    for (const QVariantMap &link :
         m_db.all(u"SELECT k1, payment_hash FROM withdraw_links WHERE status = 'paying'"_s)) {
        const auto invoice = m_node.invoice(link.value(u"payment_hash"_s).toString());
        m_db.exec(
            u"UPDATE withdraw_links SET status = ? WHERE k1 = ?"_s,
            {invoice && invoice->paidAtMs ? u"claimed"_s : u"pending"_s, link.value(u"k1"_s)});
    }
}

QString LnurlService::metadata(const QString &user) const
{
    const QString identifier = user + u'@' + m_base.authority();
    const QJsonArray entries{QJsonArray{u"text/plain"_s, QString(u"Payment to "_s + identifier)},
                             QJsonArray{u"text/identifier"_s, identifier}};
    return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

Response LnurlService::payRequest(const QString &user)
{
    if (user.startsWith(u"market-") || !m_node.walletByName(user))
        return lnurlError(404, u"unknown user"_s);
    QUrl callback = m_base;
    callback.setPath(u"/lnurlp/"_s + user + u"/callback"_s);
    return Response::json(200, QJsonObject{{u"tag"_s, u"payRequest"_s},
                                           {u"callback"_s, callback.toString()},
                                           {u"minSendable"_s, minSendableMsat},
                                           {u"maxSendable"_s, maxSendableMsat},
                                           {u"metadata"_s, metadata(user)},
                                           {u"commentAllowed"_s, 140}});
}

Response LnurlService::payCallback(const QString &user, const QString &amountText,
                                   const QString &comment)
{
    const auto wallet = m_node.walletByName(user);
    if (user.startsWith(u"market-") || !wallet)
        return lnurlError(404, u"unknown user"_s);
    bool ok = false;
    const qint64 amount = amountText.toLongLong(&ok);
    if (!ok || amount < minSendableMsat || amount > maxSendableMsat)
        return lnurlError(400,
                          u"amount must be between %1 and %2 millisatoshis"_s.arg(minSendableMsat)
                              .arg(maxSendableMsat));
    if (comment.size() > 140)
        return lnurlError(400, u"comment is longer than 140 characters"_s);
    LightningNode::InvoiceRequest ir;
    ir.amount = MilliSats(amount);
    ir.descriptionHash = crypto::sha256(metadata(user).toUtf8());
    ir.description = comment;
    const auto invoice = m_node.createInvoice(wallet->id, ir);
    if (!invoice)
        return lnurlError(500, u"could not create an invoice"_s);
    return Response::json(
        200, QJsonObject{{u"pr"_s, invoice->bolt11},
                         {u"routes"_s, QJsonArray()},
                         {u"successAction"_s,
                          QJsonObject{{u"tag"_s, u"message"_s},
                                      {u"message"_s, u"Thanks, payment received."_s}}}});
}

void LnurlService::addRoutes(Router &router)
{
    router.setErrorHandler(u"/.well-known/lnurlp/"_s, [](const Request &, int status) {
        return lnurlError(status, u"not found"_s);
    });
    router.setErrorHandler(u"/lnurl"_s, [](const Request &, int status) {
        return lnurlError(status, u"not found"_s);
    });

    router.add("GET", u"/.well-known/lnurlp/{}"_s,
               [this](const Request &request) { return payRequest(request.params[0]); });
    router.add("GET", u"/lnurlp/{}/callback"_s, [this](const Request &request) {
        return payCallback(request.params[0], request.queryValue(u"amount"_s),
                           request.queryValue(u"comment"_s));
    });

    router.add("GET", u"/lnurlw/{}"_s, [this](const Request &request) {
        const auto link =
            m_db.one(u"SELECT * FROM withdraw_links WHERE k1 = ?"_s, {request.params[0]});
        if (!link)
            return lnurlError(404, u"unknown withdraw link"_s);
        const QString status = withdrawStatus(request.params[0]);
        if (status != u"pending")
            return lnurlError(400, u"this withdraw link is "_s + status);
        QUrl callback = m_base;
        callback.setPath(u"/lnurlw/"_s + request.params[0] + u"/callback"_s);
        const qint64 msat = link->value(u"amount_sats"_s).toLongLong() * 1000;
        return Response::json(
            200, QJsonObject{{u"tag"_s, u"withdrawRequest"_s},
                             {u"callback"_s, callback.toString()},
                             {u"k1"_s, request.params[0]},
                             {u"defaultDescription"_s, link->value(u"description"_s).toString()},
                             {u"minWithdrawable"_s, msat},
                             {u"maxWithdrawable"_s, msat}});
    });

    router.addAsync("GET", u"/lnurlw/{}/callback"_s, [this](const Request &request, Reply reply) {
        const QString k1 = request.params[0];
        const auto link = m_db.one(u"SELECT * FROM withdraw_links WHERE k1 = ?"_s, {k1});
        if (!link || request.queryValue(u"k1"_s) != k1) {
            reply.send(lnurlError(404, u"unknown withdraw link"_s));
            return;
        }
        const QString status = withdrawStatus(k1);
        if (status != u"pending") {
            reply.send(lnurlError(400, u"this withdraw link is "_s + status));
            return;
        }
        const auto invoice = decodeBolt11(request.queryValue(u"pr"_s));
        const qint64 msat = link->value(u"amount_sats"_s).toLongLong() * 1000;
        if (!invoice || !invoice->amount || invoice->amount->msat() != msat) {
            reply.send(
                lnurlError(400, u"the invoice must be for exactly %1 millisatoshis"_s.arg(msat)));
            return;
        }
        // Claimed before paying, so two callbacks can't both pay.
        m_db.exec(u"UPDATE withdraw_links SET status = 'paying', payment_hash = ? WHERE k1 = ?"_s,
                  {invoice->paymentHash.toHex(), k1});
        m_node.pay(link->value(u"wallet_id"_s).toString(), invoice->text, std::nullopt,
                   [this, reply, k1](LightningNode::PayResult r) {
                       const bool sent = r.kind == LightningNode::PayResult::Kind::Sent;
                       m_db.exec(u"UPDATE withdraw_links SET status = ? WHERE k1 = ?"_s,
                                 {sent ? u"claimed"_s : u"pending"_s, k1});
                       reply.send(sent ? Response::json(200, QJsonObject{{u"status"_s, u"OK"_s}})
                                       : lnurlError(400, u"payment failed: "_s + r.message));
                   });
    });
}

LnurlService::WithdrawLink LnurlService::createWithdraw(const QString &walletId, qint64 amountSats,
                                                        const QString &description,
                                                        const QString &reference,
                                                        qint64 validSeconds)
{
    const QString k1 = m_entropy.hex(32);
    const qint64 now = m_clock.nowMs();
    m_db.exec(
        u"INSERT INTO withdraw_links(k1, wallet_id, amount_sats, description, status, reference, "
        "created_at, expires_at) VALUES(?, ?, ?, ?, 'pending', ?, ?, ?)"_s,
        {k1, walletId, amountSats, description, reference, now, now + validSeconds * 1000});
    QUrl url = m_base;
    url.setPath(u"/lnurlw/"_s + k1);
    return {k1, encodeLnurl(url)};
}

QString LnurlService::withdrawStatus(const QString &k1)
{
    const auto link =
        m_db.one(u"SELECT status, expires_at FROM withdraw_links WHERE k1 = ?"_s, {k1});
    if (!link)
        return {};
    const QString status = link->value(u"status"_s).toString();
    if (status == u"pending" && m_clock.nowMs() >= link->value(u"expires_at"_s).toLongLong())
        return u"expired"_s;
    return status == u"paying" ? u"claimed"_s : status;
}

bool LnurlService::isLightningAddress(const QString &address)
{
    // LUD-16: username of a-z 0-9 - _ . + ; a host, with a port on loopback.
    static const QRegularExpression form(u"^[a-z0-9_.+-]+@[a-z0-9.-]+(:[0-9]{1,5})?$"_s);
    return form.match(address).hasMatch();
}

void LnurlService::payAddress(const QString &walletId, const QString &address, qint64 amountMsat,
                              const QString &comment, std::function<void(AddressPayment)> done)
{
    const QString normalised = address.trimmed().toLower();
    if (!isLightningAddress(normalised)) {
        done({false, {}, {}, u"not a Lightning Address"_s});
        return;
    }
    const QString user = normalised.section(u'@', 0, 0);
    if (normalised.section(u'@', 1) != m_base.authority()) {
        done({false, {}, {}, u"the sandbox can only reach its own Lightning Addresses"_s});
        return;
    }
    // LUD-16 → LUD-06 through the handlers that serve them over HTTP, in-process: no socket, so
    // transport faults and the clock's request ticks never touch a payout, and a seeded sandbox
    // stays deterministic. (Server code only: the client's LNURL checks are what tests verify.)
    auto reasonOf = [](const Response &r) {
        return QJsonDocument::fromJson(r.body).object().value(u"reason").toString(u"LNURL error"_s);
    };
    const Response payRequest = this->payRequest(user);
    if (payRequest.status != 200) {
        done({false, {}, {}, reasonOf(payRequest)});
        return;
    }
    const Response callback = payCallback(user, QString::number(amountMsat), comment);
    if (callback.status != 200) {
        done({false, {}, {}, reasonOf(callback)});
        return;
    }
    const QString invoice = QJsonDocument::fromJson(callback.body).object().value(u"pr").toString();
    m_node.pay(walletId, invoice, std::nullopt, [done](LightningNode::PayResult r) {
        if (r.kind == LightningNode::PayResult::Kind::Sent)
            done({true, r.payment.paymentHash, r.payment.preimage, {}});
        else
            done({false, r.payment.paymentHash, {}, r.message});
    });
}

void LnurlService::reset()
{
    m_db.exec(u"DELETE FROM withdraw_links"_s);
}

} // namespace lw::sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cln/clnevents.h"

#include "cln/clnjson.h"
#include "lightning/preimage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QPointer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClnWallet)
};

// CLN's error when waitanyinvoice's timeout passed without a payment.
constexpr int waitTimedOut = 904;
// What the HTTP deadline adds to the node's own timeout.
constexpr int deadlineMarginMs = 15'000;

std::optional<quint64> countOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9.0e15 || d != double(qint64(d)))
        return std::nullopt;
    return quint64(d);
}

} // namespace

Result<ClnPaidInvoice, AppError> parseClnPaidInvoice(const QJsonObject &object, quint64 after)
{
    const QString name = u"waitanyinvoice"_s;
    const auto hash = PaymentHash::fromHex(object.value(u"payment_hash").toString());
    if (!hash)
        return fail(clnBadAnswer(name, Text::tr("“payment_hash” is not a 32-byte hex value")));
    const auto index = countOf(object.value(u"pay_index"));
    if (!index || *index <= after)
        return fail(
            clnBadAnswer(name, Text::tr("“pay_index” is missing or not after %1").arg(after)));
    // listinvoices' reading of one invoice: status and amount checked there.
    const IncomingOutcome state =
        parseClnInvoices(QJsonObject{{u"invoices"_s, QJsonArray{object}}}, *hash);
    if (!state)
        return fail(state.error());
    if (state->state != IncomingPayment::State::Paid)
        return fail(clnBadAnswer(name, Text::tr("the invoice is not paid")));
    if (object.contains(u"payment_preimage")) {
        const auto preimage = Preimage::fromHex(object.value(u"payment_preimage").toString());
        if (!preimage || !verifyPreimage(*preimage, *hash))
            return fail(clnBadAnswer(name, Text::tr("the preimage does not match the hash")));
    }
    return ClnPaidInvoice{*state, *index};
}

Result<quint64, AppError> parseClnLastPayIndex(const QJsonObject &object)
{
    const QJsonValue invoices = object.value(u"invoices");
    if (!invoices.isArray())
        return fail(clnBadAnswer(u"listinvoices"_s, Text::tr("“invoices” is not a list")));
    quint64 last = 0;
    for (const QJsonValue &invoice : invoices.toArray()) {
        const QJsonValue index = invoice.toObject().value(u"pay_index");
        if (index.isUndefined())
            continue;
        const auto n = countOf(index);
        if (!n)
            return fail(clnBadAnswer(u"listinvoices"_s, Text::tr("a “pay_index” is not a count")));
        last = std::max(last, *n);
    }
    return last;
}

ClnInvoiceEvents::ClnInvoiceEvents(Call call, QObject *parent)
    : WalletEvents(parent)
    , m_call(std::move(call))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ClnInvoiceEvents::next);
}

void ClnInvoiceEvents::start()
{
    if (!m_waiting && !m_retry.isActive())
        next();
}

void ClnInvoiceEvents::setRetryDelays(std::chrono::milliseconds first,
                                      std::chrono::milliseconds most)
{
    m_firstDelay = std::max(first, std::chrono::milliseconds(1));
    m_mostDelay = std::max(most, m_firstDelay);
    m_delay = m_firstDelay;
}

void ClnInvoiceEvents::next()
{
    if (m_waiting)
        return;
    m_waiting = true;
    QFuture<HttpResult> call;
    if (!m_lastPay) {
        call = m_call(u"listinvoices"_s, QJsonObject(), 0);
    } else {
        const QJsonObject params{{u"lastpay_index"_s, qint64(*m_lastPay)},
                                 {u"timeout"_s, m_waitSeconds}};
        call = m_call(u"waitanyinvoice"_s, params, m_waitSeconds * 1000 + deadlineMarginMs);
    }
    call.then(this, [this](const HttpResult &answer) {
        m_waiting = false;
        answered(answer);
    });
}

void ClnInvoiceEvents::answered(const HttpResult &answer)
{
    if (!answer)
        return retry();
    if (!answer->isSuccess()) {
        const auto said = parseClnRpcError(answer->body);
        // Nothing was paid in time: ask again at once.
        if (m_lastPay && said && said->code == waitTimedOut) {
            m_delay = m_firstDelay;
            return next();
        }
        return retry();
    }
    const auto object = answer->jsonObject();
    if (!object)
        return retry();
    if (!m_lastPay) {
        const auto last = parseClnLastPayIndex(*object);
        if (!last)
            return retry();
        m_lastPay = *last;
        return next();
    }
    const auto index = countOf(object->value(u"pay_index"));
    if (!index || *index <= *m_lastPay)
        return retry(); // never skipped past: the same index is asked again
    m_delay = m_firstDelay;
    m_lastPay = *index;
    // An answer that fails its checks is dropped; the index moves on so the loop is not stuck.
    const auto paid = parseClnPaidInvoice(*object, *index - 1);
    if (!paid)
        return next();
    const QString key = paid->payment.paymentHash.toHex();
    if (!m_reported.contains(key)) {
        m_reported.insert(key);
        QPointer<ClnInvoiceEvents> self(this);
        Q_EMIT paymentReceived(paid->payment);
        if (!self) // a receiver deleted the wallet
            return;
    }
    next();
}

void ClnInvoiceEvents::retry()
{
    m_retry.start(m_delay);
    m_delay = std::min(m_delay * 2, m_mostDelay);
}

} // namespace lw

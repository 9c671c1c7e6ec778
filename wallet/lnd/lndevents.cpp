// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnd/lndevents.h"

#include "common/base64.h"
#include "lightning/preimage.h"

#include <QJsonValue>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

// A stream open this long worked, even if nothing happened on it.
constexpr qint64 workedMs = 10'000;

// uint64 fields come as JSON strings (numbers accepted too); absent or unreadable is 0.
quint64 indexOf(const QJsonObject &object, QStringView name)
{
    const QJsonValue v = object.value(name);
    if (v.isString()) {
        bool ok = false;
        const quint64 n = v.toString().toULongLong(&ok);
        return ok ? n : 0;
    }
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9.0e15)
        return quint64(v.toDouble());
    return 0;
}

template <typename T>
std::optional<T> bytesOf(const QJsonObject &object, QStringView name)
{
    const QJsonValue v = object.value(name);
    if (!v.isString())
        return std::nullopt;
    const auto raw = base64::decode(v.toString());
    return raw ? T::fromBytes(*raw) : std::nullopt;
}

} // namespace

void LndInvoiceFeed::restart()
{
    m_lines = LndLineSplitter();
    m_readable = true;
    m_heard = false;
}

QList<IncomingPayment> LndInvoiceFeed::feed(QByteArrayView chunk)
{
    QList<IncomingPayment> out;
    if (!m_readable)
        return out;
    for (const QByteArray &line : m_lines.feed(chunk)) {
        const auto parsed = parseLndStreamLine(line, u"invoices/subscribe"_s);
        if (!parsed)
            continue; // one unreadable line says nothing about the others
        m_heard = true;
        if (parsed->isError) {
            m_readable = false;
            return out;
        }
        read(parsed->result, &out);
    }
    if (m_lines.overflowed())
        m_readable = false;
    return out;
}

void LndInvoiceFeed::read(const QJsonObject &invoice, QList<IncomingPayment> *out)
{
    const auto hash = bytesOf<PaymentHash>(invoice, u"r_hash");
    if (!hash)
        return;
    const IncomingOutcome state = parseLndInvoice(invoice, *hash);
    if (!state)
        return;
    const quint64 add = indexOf(invoice, u"add_index");
    m_lastAdd = std::max(m_lastAdd, add);
    if (state->state == IncomingPayment::State::Unpaid && add > 0)
        m_oldestOpenAdd = m_oldestOpenAdd == 0 ? add : std::min(m_oldestOpenAdd, add);
    if (state->state != IncomingPayment::State::Paid)
        return;
    // A preimage that is given must be the invoice's; LND sends none (empty) only for hold
    // invoices it was not told the preimage of.
    if (invoice.contains(u"r_preimage") && !invoice.value(u"r_preimage").toString().isEmpty()) {
        const auto preimage = bytesOf<Preimage>(invoice, u"r_preimage");
        if (!preimage || !verifyPreimage(*preimage, *hash))
            return;
    }
    // Counted only once the line is known to be good: a forged index cannot skip real ones
    // without a matching preimage.
    m_lastSettle = std::max(m_lastSettle, indexOf(invoice, u"settle_index"));
    out->append(*state);
}

QList<QPair<QString, QString>> LndInvoiceFeed::resumeQuery() const
{
    QList<QPair<QString, QString>> query;
    if (m_lastSettle > 0) {
        query.append({u"add_index"_s, QString::number(m_lastAdd)});
        query.append({u"settle_index"_s, QString::number(m_lastSettle)});
    } else if (m_oldestOpenAdd > 0) {
        query.append({u"add_index"_s, QString::number(m_oldestOpenAdd - 1)});
    } else if (m_lastAdd > 0) {
        query.append({u"add_index"_s, QString::number(m_lastAdd)});
    }
    return query;
}

LndInvoiceEvents::LndInvoiceEvents(Send send, Endpoint endpoint, QObject *parent)
    : WalletEvents(parent)
    , m_send(std::move(send))
    , m_endpoint(std::move(endpoint))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LndInvoiceEvents::open);
}

void LndInvoiceEvents::start()
{
    if (!m_streaming && !m_retry.isActive())
        open();
}

void LndInvoiceEvents::setRetryDelays(std::chrono::milliseconds first,
                                      std::chrono::milliseconds most)
{
    m_firstDelay = std::max(first, std::chrono::milliseconds(1));
    m_mostDelay = std::max(most, m_firstDelay);
    m_delay = m_firstDelay;
}

void LndInvoiceEvents::open()
{
    if (m_streaming)
        return;
    m_streaming = true;
    ++m_connections;
    m_opened.start();
    const quint64 generation = ++m_generation;
    m_feed.restart();

    QUrl url = m_endpoint(u"v1/invoices/subscribe"_s);
    QUrlQuery query;
    query.setQueryItems(m_feed.resumeQuery());
    url.setQuery(query);
    HttpRequest request = HttpRequest::get(url);
    request.timeoutMs = int(std::clamp<qint64>(m_lifetime.count(), 1, 24 * 3600 * 1000));
    request.cancelWith = this; // the stream closes with its reader, not at its next line
    QPointer<LndInvoiceEvents> self(this);
    request.onData = [self, generation](const QByteArray &chunk) {
        if (!self || self->m_generation != generation)
            return false;
        for (const IncomingPayment &p : self->m_feed.feed(chunk)) {
            if (self->m_reported.contains(p.paymentHash.toHex()))
                continue;
            self->m_reported.insert(p.paymentHash.toHex());
            Q_EMIT self->paymentReceived(p);
            if (!self) // a receiver deleted the wallet
                return false;
        }
        return self->m_feed.readable();
    };
    m_send(request).then(this, [this, generation](const HttpResult &) {
        if (generation == m_generation)
            ended(m_feed.heardFrom());
    });
}

void LndInvoiceEvents::ended(bool heardFrom)
{
    m_streaming = false;
    // A stream that worked is reopened soon; one that keeps failing, less and less often.
    if (heardFrom || m_opened.elapsed() > workedMs)
        m_delay = m_firstDelay;
    m_retry.start(m_delay);
    if (!heardFrom)
        m_delay = std::min(m_delay * 2, m_mostDelay);
}

} // namespace lw

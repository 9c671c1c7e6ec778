// SPDX-License-Identifier: GPL-3.0-or-later
// Received payments pushed by LND: one long-lived SubscribeInvoices stream (GET
// /v1/invoices/subscribe, NDJSON {"result": Invoice}; research/lightning.md §2.3), reopened with
// backoff whenever it ends, resuming from the indexes seen so nothing settled meanwhile is lost.
#pragma once

#include "lnd/lndjson.h"
#include "net/httpclient.h"
#include "wallet.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace lw {

//! Reads SubscribeInvoices lines into received payments. Pure: no network, no clock.
//! Only SETTLED invoices count; each line is checked (r_hash 32 bytes, a given preimage must
//! hash to it, amounts readable) and a line that fails is dropped, never passed on.
class LndInvoiceFeed {
public:
    //! A new stream: what is left of the last one's lines is dropped, the indexes are kept.
    void restart();
    //! Takes the next piece of the body and returns the settled payments in it, in order.
    QList<IncomingPayment> feed(QByteArrayView chunk);
    //! False once the stream said its last word (an error line) or a line was too long.
    bool readable() const { return m_readable; }
    //! Whether any line was read: the connection worked, so the backoff starts over.
    bool heardFrom() const { return m_heard; }

    //! The query that resumes after what was seen: settle_index once a settlement was seen;
    //! before that, add_index just below the oldest open invoice seen, since LND replays added
    //! invoices as they are now (settled ones included).
    QList<QPair<QString, QString>> resumeQuery() const;
    quint64 lastSettleIndex() const { return m_lastSettle; }

private:
    void read(const QJsonObject &invoice, QList<IncomingPayment> *out);

    LndLineSplitter m_lines;
    bool m_readable = true;
    bool m_heard = false;
    quint64 m_lastAdd = 0;
    quint64 m_lastSettle = 0;
    quint64 m_oldestOpenAdd = 0;
};

//! The wallet's events for an LND node. Starts with start(); stops when deleted (no callback
//! runs after that; a stream still open ends with its next piece or its deadline).
class LndInvoiceEvents : public WalletEvents {
    Q_OBJECT

public:
    //! send puts the wallet's credentials on a request; endpoint makes a URL from a path.
    using Send = std::function<QFuture<HttpResult>(HttpRequest)>;
    using Endpoint = std::function<QUrl(const QString &)>;
    LndInvoiceEvents(Send send, Endpoint endpoint, QObject *parent = nullptr);

    //! Opens the stream unless it is open or about to be reopened.
    void start();
    //! The first wait after a failure, doubled each time up to the second.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);
    //! How long one stream may stay open before it is reopened (it resumes where it left).
    void setStreamLifetime(std::chrono::milliseconds lifetime) { m_lifetime = lifetime; }
    //! How many streams were opened so far.
    int connections() const { return m_connections; }

private:
    void open();
    void ended(bool heardFrom);

    Send m_send;
    Endpoint m_endpoint;
    LndInvoiceFeed m_feed;
    QSet<QString> m_reported; //!< hex hashes already passed on
    QTimer m_retry;
    QElapsedTimer m_opened;
    bool m_streaming = false;
    int m_connections = 0;
    quint64 m_generation = 0; //!< which stream may still feed m_feed
    std::chrono::milliseconds m_firstDelay{500};
    std::chrono::milliseconds m_mostDelay{15'000};
    std::chrono::milliseconds m_delay{500};
    std::chrono::milliseconds m_lifetime{10 * 60 * 1000};
};

} // namespace lw

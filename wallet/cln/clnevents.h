// SPDX-License-Identifier: GPL-3.0-or-later
// Received payments pushed by Core Lightning: a loop of waitanyinvoice {lastpay_index, timeout}
// long-polls (research/lightning.md §3.1: clnrest's own notifications need Socket.IO), resuming
// from the last pay_index seen, so nothing paid between two calls is lost.
#pragma once

#include "net/httpclient.h"
#include "wallet.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

namespace lw {

//! One waitanyinvoice answer, checked: a paid invoice with a pay_index after `after`, a 32-byte
//! payment_hash, amount_received_msat, and a payment_preimage (when given) that hashes to it.
struct ClnPaidInvoice {
    IncomingPayment payment;
    quint64 payIndex = 0;
};
Result<ClnPaidInvoice, AppError> parseClnPaidInvoice(const QJsonObject &object, quint64 after);
//! listinvoices: the highest pay_index, where waiting starts (0 when nothing was paid yet), so
//! payments made before the wallet was opened are not reported as new.
Result<quint64, AppError> parseClnLastPayIndex(const QJsonObject &object);

//! The wallet's events for a Core Lightning node. Starts with start(); stops when deleted (no
//! callback runs after that; a call still waiting ends with its timeout).
class ClnInvoiceEvents : public WalletEvents {
    Q_OBJECT

public:
    //! An RPC through the wallet's connection (rune, pinned certificate) with a deadline in ms.
    using Call = std::function<QFuture<HttpResult>(const QString &method, const QJsonObject &params,
                                                   int timeoutMs)>;
    explicit ClnInvoiceEvents(Call call, QObject *parent = nullptr);

    //! Starts the loop unless it runs.
    void start();
    //! How long one waitanyinvoice waits for a payment before it is asked again.
    void setWaitSeconds(int seconds) { m_waitSeconds = std::max(seconds, 1); }
    //! The first wait after a failure, doubled each time up to the second.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);
    //! The pay_index the loop resumes after, once known.
    std::optional<quint64> lastPayIndex() const { return m_lastPay; }

private:
    void next();
    void answered(const HttpResult &answer);
    void retry();

    Call m_call;
    std::optional<quint64> m_lastPay;
    QSet<QString> m_reported; //!< hex hashes already passed on
    QTimer m_retry;
    bool m_waiting = false;
    int m_waitSeconds = 60;
    std::chrono::milliseconds m_firstDelay{500};
    std::chrono::milliseconds m_mostDelay{15'000};
    std::chrono::milliseconds m_delay{500};
};

} // namespace lw

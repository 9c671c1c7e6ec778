// SPDX-License-Identifier: GPL-3.0-or-later
// The gate's public entry points, each counted while it runs (PaymentGate::running), so the
// owner can keep the gate alive until a payment under way has its outcome.
#include "pay/paymentgate.h"

#include <QPointer>

#include <memory>

namespace lw {

namespace {

//! Ends one running call when the last copy of the continuation holding it is destroyed:
//! after the continuation ran, or when a cancelled chain drops it without running it.
class RunningCall {
public:
    explicit RunningCall(PaymentGate *gate, std::function<void()> done)
        : m_gate(gate)
        , m_done(std::move(done))
    {}
    ~RunningCall()
    {
        if (m_gate)
            m_done();
    }
    RunningCall(const RunningCall &) = delete;
    RunningCall &operator=(const RunningCall &) = delete;

private:
    QPointer<PaymentGate> m_gate;
    std::function<void()> m_done;
};

} // namespace

QFuture<CallOutcome> PaymentGate::call(const PaidCall &c)
{
    return track(startCall(c));
}

QFuture<CallOutcome> PaymentGate::payInvoice(JournalEntry::Kind kind, const QString &action,
                                             qint64 accountId, const QString &invoice,
                                             MilliSats agreed, const QUrl &origin)
{
    return track(startPayInvoice(kind, action, accountId, invoice, agreed, origin));
}

QFuture<CallOutcome> PaymentGate::resume(const JournalEntry &entry)
{
    return track(startResume(entry));
}

QFuture<CallOutcome> PaymentGate::track(QFuture<CallOutcome> future)
{
    if (future.isFinished())
        return future;
    ++m_running;
    auto running = std::make_shared<RunningCall>(this, [this] {
        if (--m_running == 0)
            Q_EMIT idle();
    });
    // No context object: the continuation must run (and release the count) even while the
    // gate's owner is switching profiles.
    return future.then([running](const CallOutcome &outcome) { return outcome; });
}

} // namespace lw

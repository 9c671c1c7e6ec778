// SPDX-License-Identifier: GPL-3.0-or-later
// The payment streams of LND's router (SendPaymentV2, TrackPaymentV2): NDJSON lines of
// {"result": Payment}, read as they arrive, and what a stream that ended (completely, by the
// deadline, by a dropped connection or with an error status) comes to. Pure: LndWallet feeds it.
#pragma once

#include "lnd/lndjson.h"
#include "net/httpclient.h"

#include <optional>

namespace lw {

//! What one payment stream has said so far.
class LndPaymentStream {
public:
    LndPaymentStream(QString call, PaymentHash hash)
        : m_call(std::move(call))
        , m_hash(hash)
    {}

    //! Takes the next piece of the body; false once the stream has said its last word (a
    //! terminal state or an error line), so the caller stops reading.
    bool feed(QByteArrayView chunk);

    //! The latest readable Payment message, if any.
    const std::optional<OutgoingPayment> &last() const { return m_last; }
    //! An error line in the stream, if one came.
    const std::optional<LndError> &error() const { return m_error; }
    //! Why a line could not be read, empty when all could.
    const QString &problem() const { return m_problem; }
    bool isTerminal() const;

private:
    QString m_call;
    PaymentHash m_hash;
    LndLineSplitter m_lines;
    std::optional<OutgoingPayment> m_last;
    std::optional<LndError> m_error;
    QString m_problem;
};

//! What payInvoice's SendPaymentV2 came to. An error only when nothing can have been sent
//! (TLS, credentials, a request LND refused as it stands); every uncertain end is Pending.
//! Sets *lookUp when LND refused because of an earlier attempt at the hash.
PaymentOutcome lndSendOutcome(const HttpResult &result, const LndPaymentStream &stream,
                              const Bolt11Invoice &invoice, bool *lookUp);
//! What lookupPayment's TrackPaymentV2 came to: Succeeded/Failed when a terminal state came,
//! NotFound for a hash LND never tried, Pending when it is still in flight at the deadline.
PaymentOutcome lndTrackOutcome(const HttpResult &result, const LndPaymentStream &stream,
                               const PaymentHash &hash);
//! The error of a non-2xx unary answer, in LND's terms (macaroon problems named).
AppError lndErrorOfAnswer(const HttpResponse &response);

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnd/lndstream.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LndWallet)
};

using Kind = AppError::Kind;
using State = OutgoingPayment::State;

bool isFinal(const OutgoingPayment &p)
{
    return p.state == State::Succeeded || p.state == State::Failed;
}

AppError authError(LndAuthProblem problem, AppError e)
{
    e.kind = Kind::Unauthorised;
    e.message = problem == LndAuthProblem::PermissionDenied
                    ? Text::tr("The macaroon does not allow this. Paying needs admin.macaroon "
                               "or one baked with info:read offchain:read offchain:write "
                               "invoices:read invoices:write.")
                    : Text::tr("LND did not accept the macaroon. Use the hex of admin.macaroon "
                               "from the node's data/chain/bitcoin/<network> directory.");
    return e;
}

QString pendingWhy(const LndPaymentStream &stream, const QString &what)
{
    if (stream.last())
        return Text::tr("%1 The payment was in flight; it may still complete.").arg(what);
    return Text::tr("%1 The payment may have started; it may still complete.").arg(what);
}

} // namespace

bool LndPaymentStream::feed(QByteArrayView chunk)
{
    for (const QByteArray &line : m_lines.feed(chunk)) {
        const auto parsed = parseLndStreamLine(line, m_call);
        if (!parsed) {
            m_problem = parsed.error().message;
            continue;
        }
        if (parsed->isError) {
            m_error = parsed->error;
            return false;
        }
        const PaymentOutcome payment = parseLndPayment(parsed->result, m_hash);
        if (!payment) {
            m_problem = payment.error().message;
            continue;
        }
        m_last = *payment;
        if (isFinal(*payment))
            return false;
    }
    if (m_lines.overflowed()) {
        m_problem = lndBadAnswer(m_call, Text::tr("a line of the stream is too long")).message;
        return false;
    }
    return true;
}

bool LndPaymentStream::isTerminal() const
{
    return m_last && isFinal(*m_last);
}

AppError lndErrorOfAnswer(const HttpResponse &response)
{
    AppError e = response.toError();
    const LndError said = lndErrorOf(response.body);
    if (!said.message.isEmpty())
        e.serverMessage = said.message;
    const LndAuthProblem auth = lndAuthProblem(response.status, said);
    if (auth != LndAuthProblem::None)
        return authError(auth, e);
    if (response.status == 404 && !lndMeansNoInvoice(said) && !lndMeansNotInitiated(said)) {
        // A route this server does not have (grpc-gateway says "Not Found"), not a missing
        // record: "not found" would read as "no such payment" to a caller.
        e.kind = Kind::BadResponse;
        e.message = Text::tr("There is no LND REST API at this address.");
    }
    return e;
}

PaymentOutcome lndSendOutcome(const HttpResult &r, const LndPaymentStream &stream,
                              const Bolt11Invoice &invoice, bool *lookUp)
{
    const MilliSats amount = invoice.amount.value_or(MilliSats());
    if (stream.isTerminal()) {
        OutgoingPayment p = *stream.last();
        // Exactly the invoice's amount: no override was sent.
        p.amount = amount;
        return p;
    }
    if (stream.error()) {
        const LndError &e = *stream.error();
        if (lndMeansEarlierAttempt(e)) {
            *lookUp = true;
            return lndPendingPayment(invoice.paymentHash, amount, e.message);
        }
        const LndAuthProblem auth = lndAuthProblem(0, e);
        if (auth != LndAuthProblem::None && !stream.last()) {
            AppError out = AppError::make(Kind::Unauthorised, QString());
            out.serverMessage = e.message;
            return fail(authError(auth, out));
        }
        return lndPendingPayment(invoice.paymentHash, amount,
                                 pendingWhy(stream, Text::tr("LND said “%1”.").arg(e.message)));
    }
    if (!r) {
        // Only errors that stop the request before it leaves are final. After that LND may be
        // paying, so a timeout or a dropped connection is Pending, never Failed.
        const AppError &e = r.error();
        if (e.kind == Kind::Insecure || e.kind == Kind::Tls)
            return fail(e);
        if (e.kind == Kind::Timeout)
            return lndPendingPayment(
                invoice.paymentHash, amount,
                pendingWhy(stream, Text::tr("LND did not settle the payment in time.")));
        return lndPendingPayment(
            invoice.paymentHash, amount,
            pendingWhy(stream, Text::tr("No complete answer from LND (%1).").arg(e.message)));
    }
    if (!r->isSuccess()) {
        const LndError said = lndErrorOf(r->body);
        if (r->status == 409 || lndMeansEarlierAttempt(said)) {
            *lookUp = true;
            return lndPendingPayment(invoice.paymentHash, amount, said.message);
        }
        const AppError e = lndErrorOfAnswer(*r);
        if (e.kind == Kind::Unauthorised)
            return fail(e);
        // Refused as it stands (InvalidArgument, no such route): nothing was sent.
        if (r->status >= 400 && r->status < 500)
            return fail(e);
        return lndPendingPayment(invoice.paymentHash, amount, pendingWhy(stream, e.describe()));
    }
    if (!stream.problem().isEmpty())
        return lndPendingPayment(
            invoice.paymentHash, amount,
            pendingWhy(stream,
                       Text::tr("LND's answer could not be read (%1).").arg(stream.problem())));
    return lndPendingPayment(
        invoice.paymentHash, amount,
        pendingWhy(stream, Text::tr("LND's answer ended before the payment settled.")));
}

PaymentOutcome lndTrackOutcome(const HttpResult &r, const LndPaymentStream &stream,
                               const PaymentHash &hash)
{
    const auto notFound = [&hash] {
        OutgoingPayment p;
        p.state = State::NotFound;
        p.paymentHash = hash;
        return p;
    };
    if (stream.isTerminal())
        return *stream.last();
    if (stream.error()) {
        if (lndMeansNotInitiated(*stream.error()))
            return notFound();
        AppError e = AppError::make(
            Kind::Wallet,
            Text::tr("LND could not look the payment up: %1").arg(stream.error()->message));
        return fail(e);
    }
    if (stream.last()) {
        // In flight when the stream ended or went quiet: not settled either way yet.
        OutgoingPayment p = *stream.last();
        if (!r && r.error().kind != Kind::Timeout)
            p.reason = Text::tr("The payment was in flight when the connection to LND ended.");
        return p;
    }
    if (!r) {
        // Quiet for the whole grace period: nothing known yet either way.
        if (r.error().kind == Kind::Timeout) {
            OutgoingPayment p;
            p.paymentHash = hash;
            p.state = State::Pending;
            p.reason = Text::tr("LND did not report the payment's state in time.");
            return p;
        }
        return fail(r.error());
    }
    if (!r->isSuccess()) {
        // "payment isn't initiated": LND never tried to pay this hash.
        if (lndMeansNotInitiated(lndErrorOf(r->body)))
            return notFound();
        return fail(lndErrorOfAnswer(*r));
    }
    return fail(lndBadAnswer(u"router/track"_s, stream.problem().isEmpty() ? Text::tr(
                                                    "the stream ended without the payment's state")
                                                                           : stream.problem()));
}

} // namespace lw

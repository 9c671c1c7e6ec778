// SPDX-License-Identifier: GPL-3.0-or-later
#include "pay/paymentgate.h"

#include "common/safetext.h"
#include "l402/authorization.h"
#include "l402/macaroondecoder.h"
#include "l402/paymentchallenge.h"
#include "lightning/bolt11decoder.h"
#include "pay/crashpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PaymentGate)
};

QFuture<CallOutcome> ready(CallOutcome outcome)
{
    return QtFuture::makeReadyFuture(std::move(outcome));
}

AppError storageError(const AppError &e)
{
    return e;
}

AppError walletError(const QString &message)
{
    return AppError::make(AppError::Kind::Wallet, message);
}

AppError noWallet()
{
    return AppError::make(AppError::Kind::Refused,
                          Text::tr("No wallet is connected, and this needs a payment."));
}

QString summary(const HttpResponse &response)
{
    return QStringLiteral("HTTP %1").arg(response.status);
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

PaymentGate::PaymentGate(HttpClient *http, PaymentJournal *journal, PaymentBackend *wallet,
                         SpendingLimits limits, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_journal(journal)
    , m_wallet(wallet)
    , m_limits(limits)
{}

CallOutcome PaymentGate::failEntry(qint64 id, const AppError &error)
{
    (void)m_journal->markFailed(id, error.describe());
    return fail(error);
}

void PaymentGate::releaseClaim(const JournalEntry &e, OutgoingPayment::State outcome)
{
    // A failed release keeps the claim, which only ever stops a second payment.
    if (m_claims && e.paymentHash)
        (void)m_claims->release(*e.paymentHash, m_claimLabel, outcome);
}

HttpRequest PaymentGate::rebuild(const JournalEntry &entry) const
{
    HttpRequest r;
    r.method = entry.method;
    r.url = entry.url;
    r.body = entry.body;
    r.setHeader("accept", "application/json");
    if (!entry.body.isEmpty())
        r.setHeader("content-type", "application/json");
    if (m_authorize)
        m_authorize(entry.accountId, r);
    return r;
}

QFuture<CallOutcome> PaymentGate::startCall(const PaidCall &c)
{
    JournalEntry e;
    e.kind = JournalEntry::Kind::PaidCall;
    e.action = c.action;
    e.accountId = c.accountId;
    e.method = c.request.method;
    e.url = c.request.url;
    e.body = c.request.body;
    e.agreed = c.agreed;
    auto id = m_journal->recordIntent(e);
    if (!id)
        return ready(fail(storageError(id.error())));
    e.id = *id;
    crashPoint("after_intent");
    return sendFirst(e);
}

QFuture<CallOutcome> PaymentGate::sendFirst(const JournalEntry &e)
{
    auto sent = m_journal->markRequestSent(e.id);
    if (!sent)
        return ready(fail(sent.error()));
    return m_http->send(rebuild(e))
        .then(this,
              [this, e](HttpResult result) -> QFuture<CallOutcome> {
                  if (!result)
                      return ready(failEntry(e.id, result.error()));
                  const HttpResponse &response = *result;
                  if (response.status == 402)
                      return onChallenge(e, response);
                  if (response.isSuccess())
                      (void)m_journal->markDone(e.id, summary(response));
                  else
                      (void)m_journal->markFailed(e.id, response.toError().describe());
                  PaidCallResult out;
                  out.response = response;
                  out.journalId = e.id;
                  return ready(out);
              })
        .unwrap();
}

QFuture<CallOutcome> PaymentGate::onChallenge(const JournalEntry &e, const HttpResponse &response)
{
    const QList<QByteArray> lines = response.headerLines("www-authenticate");
    const PaymentChallenges challenges = parsePaymentChallenges(lines);
    const L402Challenge *l402 = challenges.preferredL402();
    if (!l402 && !e.agreed.isZero() && !challenges.problems.isEmpty()) {
        // An L402 challenge without an invoice (or token): say so, rather than "asks for a
        // payment", which reads as if paying could help.
        AppError error = response.toError();
        error.kind = AppError::Kind::Refused;
        error.code = QStringLiteral("bad_challenge");
        error.message = Text::tr("The server's payment challenge cannot be paid: %1")
                            .arg(challenges.problems.join(u' '));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    if (!l402 || e.agreed.isZero()) {
        // Not payable here (an error envelope such as insufficient_balance, or a call the
        // user did not agree to pay for by Lightning): the caller sees the 402 as an error.
        AppError error = response.toError();
        (void)m_journal->markFailed(e.id, error.describe());
        return ready(fail(error));
    }
    if (!l402->isKnownVersion()) {
        AppError error = AppError::make(
            AppError::Kind::Refused,
            Text::tr("The server asks for L402 version %1, which Lightwork does not pay "
                     "automatically.")
                .arg(l402->version));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    auto invoice = decodeBolt11(l402->invoice);
    if (!invoice) {
        AppError error = AppError::make(
            AppError::Kind::BadResponse,
            Text::tr("The server's invoice cannot be read: %1").arg(invoice.error().message));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }

    // Every payment hash the server states must be the invoice's.
    QList<ExpectedHash> expected;
    const L402Token token = decodeL402Token(l402->token);
    if (token.isMacaroon()) {
        const Macaroon &m = token.macaroons.constFirst();
        if (m.hasConflictingPaymentHashes())
            expected.append({QStringLiteral("macaroon"), std::nullopt});
        else if (m.paymentHash())
            expected.append({QStringLiteral("macaroon"), m.paymentHash()});
    }
    const QByteArray headerHash = response.header("x-payment-hash");
    if (!headerHash.isEmpty())
        expected.append({QStringLiteral("X-Payment-Hash"),
                         PaymentHash::fromHex(QString::fromLatin1(headerHash))});
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject()) {
        const QJsonObject body = doc.object();
        if (body.contains(u"payment_hash"))
            expected.append({QStringLiteral("body"),
                             PaymentHash::fromHex(body.value(u"payment_hash").toString())});
        if (body.contains(u"invoice")
            && body.value(u"invoice").toString().compare(l402->invoice, Qt::CaseInsensitive) != 0)
            expected.append({QStringLiteral("body's invoice"), [&]() -> std::optional<PaymentHash> {
                                 auto other = decodeBolt11(body.value(u"invoice").toString());
                                 if (!other)
                                     return std::nullopt;
                                 return other->paymentHash;
                             }()});
    }
    QByteArray challenge = lines.join('\n');
    return checkAndPay(e, *invoice, expected, l402->scheme, l402->token.toUtf8(), challenge);
}

QFuture<CallOutcome> PaymentGate::checkAndPay(JournalEntry e, const Bolt11Invoice &invoice,
                                              const QList<ExpectedHash> &expected,
                                              const QString &scheme, const QByteArray &token,
                                              const QByteArray &challenge)
{
    if (!m_wallet) {
        // Balance-paid calls need no wallet; this one asks for a payment.
        AppError error = noWallet();
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    auto spent = m_journal->spentSince((nowSecs() - 24 * 3600) * 1000);
    if (!spent)
        return ready(fail(spent.error()));
    PaymentProposal proposal;
    proposal.invoice = invoice;
    proposal.agreed = e.agreed;
    proposal.walletNetwork = m_wallet->network();
    proposal.expectedHashes = expected;
    proposal.nowSecs = nowSecs();
    proposal.spentLast24h = *spent;
    auto decision = decidePayment(proposal, m_limits);
    if (!decision) {
        (void)m_journal->markAbandoned(e.id, decision.error().describe());
        return ready(fail(decision.error()));
    }
    auto previous = m_journal->findByHash(invoice.paymentHash);
    if (!previous)
        return ready(fail(previous.error()));
    if (*previous) {
        AppError error = AppError::make(
            AppError::Kind::Refused,
            Text::tr("This invoice is already being paid or was paid (journal entry %1).")
                .arg((*previous)->id));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    auto recorded = m_journal->recordInvoice(e.id, invoice.text, invoice.paymentHash,
                                             *invoice.amount, scheme, token, challenge);
    if (!recorded)
        return ready(fail(recorded.error()));
    crashPoint("after_invoice");
    e.state = PaymentState::InvoiceReceived;
    e.invoice = invoice.text;
    e.paymentHash = invoice.paymentHash;
    e.amount = *invoice.amount;
    e.scheme = scheme;
    e.token = token;
    e.challenge = challenge;

    if (decision->verdict == PaymentDecision::Verdict::Pay)
        return pay(e);
    if (!m_confirm) {
        AppError error = AppError::make(
            AppError::Kind::Refused,
            Text::tr("%1 sat is above your confirmation threshold and nobody can confirm it.")
                .arg(invoice.amount->toSatsDecimal()));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    PaymentPrompt prompt;
    prompt.action = e.action;
    prompt.host = e.url.host();
    prompt.amount = *invoice.amount;
    prompt.maxFee = m_limits.maxRoutingFee;
    prompt.description = invoice.description.value_or(QString());
    prompt.invoice = invoice.text;
    return m_confirm(prompt)
        .then(this,
              [this, e](bool yes) -> QFuture<CallOutcome> {
                  if (!yes) {
                      AppError error =
                          AppError::make(AppError::Kind::Cancelled, Text::tr("Payment declined."));
                      (void)m_journal->markAbandoned(e.id, error.describe());
                      return ready(fail(error));
                  }
                  return pay(e);
              })
        .unwrap();
}

QFuture<CallOutcome> PaymentGate::pay(const JournalEntry &e)
{
    auto invoice = decodeBolt11(e.invoice);
    if (!invoice)
        return ready(
            failEntry(e.id, AppError::make(AppError::Kind::Storage,
                                           Text::tr("The journaled invoice is unreadable."))));
    if (invoice->isExpired(nowSecs())) {
        AppError error =
            AppError::make(AppError::Kind::Refused, Text::tr("The invoice has expired."));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    if (!m_wallet)
        return ready(fail(noWallet()));
    if (m_claims) {
        // Before the entry moves to paying: a refused claim leaves it unpaid (invoice_received),
        // for resume to try again once the other wallet has let go.
        auto claimed = m_claims->claim(invoice->paymentHash, m_claimLabel);
        if (!claimed)
            return ready(fail(claimed.error()));
        if (!*claimed) {
            AppError error = AppError::make(
                AppError::Kind::Conflict,
                Text::tr("Another wallet is already paying this invoice; it was not paid here. "
                         "Run resume later."));
            error.code = QStringLiteral("claimed_by_other_wallet");
            return ready(fail(error));
        }
    }
    auto moved = m_journal->markPaying(e.id);
    if (!moved)
        return ready(fail(moved.error()));
    if (!*moved)
        return ready(fail(AppError::make(
            AppError::Kind::Conflict, Text::tr("Payment %1 is already being handled.").arg(e.id))));
    crashPoint("after_paying");
    return m_wallet->payInvoice(*invoice, m_limits.maxRoutingFee, m_payTimeout)
        .then(this,
              [this, e](PaymentOutcome outcome) {
                  crashPoint("after_wallet_paid");
                  return onPayment(e, outcome, false);
              })
        .unwrap();
}

QFuture<CallOutcome> PaymentGate::onPayment(const JournalEntry &e, const PaymentOutcome &outcome,
                                            bool fromLookup)
{
    if (!outcome) {
        // The wallet may or may not have started: the entry stays "paying" and is settled by
        // a lookup on resume, never by paying again.
        AppError error = outcome.error();
        error.message = Text::tr("The wallet did not confirm the payment (%1). It will be "
                                 "looked up by its hash; run resume later.")
                            .arg(error.message);
        return ready(fail(error));
    }
    const OutgoingPayment &p = *outcome;
    switch (p.state) {
    case OutgoingPayment::State::Succeeded:
        if (!p.preimage || !e.paymentHash || !verifyPreimage(*p.preimage, *e.paymentHash))
            return ready(fail(walletError(
                Text::tr("The wallet reported success without a valid preimage; the payment "
                         "stays pending and will be looked up again."))));
        if (m_claims) // closed for good: no wallet may pay this hash again
            (void)m_claims->recordPaid(*e.paymentHash, m_claimLabel, *p.preimage);
        return afterPaid(e, p);
    case OutgoingPayment::State::Pending:
        return ready(fail(walletError(
            Text::tr("The payment is still in flight. Run resume later to finish it."))));
    case OutgoingPayment::State::Failed:
        releaseClaim(e, p.state);
        return ready(failEntry(
            e.id, walletError(
                      Text::tr("The payment failed: %1").arg(displayText(QStringView(p.reason))))));
    case OutgoingPayment::State::NotFound:
        if (!fromLookup)
            return ready(fail(walletError(Text::tr("The wallet lost track of the payment."))));
        // Never sent: nothing left the wallet, so the action may start over with a fresh
        // challenge (the old invoice is dropped).
        releaseClaim(e, p.state);
        if (auto r = m_journal->restart(e.id, Text::tr("the wallet never received the payment"));
            !r || !*r)
            return ready(
                fail(r ? walletError(Text::tr("Payment %1 moved on.").arg(e.id)) : r.error()));
        if (e.kind == JournalEntry::Kind::PaidCall) {
            JournalEntry again = e;
            again.state = PaymentState::Intent;
            return sendFirst(again);
        }
        return ready(failEntry(e.id, walletError(Text::tr("The payment was never sent; "
                                                          "start it again."))));
    }
    return ready(fail(walletError(Text::tr("Unknown payment state."))));
}

QFuture<CallOutcome> PaymentGate::afterPaid(const JournalEntry &e, const OutgoingPayment &p)
{
    auto recorded = m_journal->recordPaid(e.id, *p.preimage, p.fee);
    if (!recorded)
        return ready(fail(recorded.error()));
    crashPoint("after_paid");
    return sendCredential(e, p, 0, false);
}

QFuture<CallOutcome> PaymentGate::sendCredential(const JournalEntry &e, const OutgoingPayment &p,
                                                 int attempt, bool lastUnknown)
{
    if (e.kind == JournalEntry::Kind::Invoice) {
        (void)m_journal->markDone(e.id, Text::tr("paid"));
        PaidCallResult out;
        out.journalId = e.id;
        out.payment = p;
        return ready(out);
    }
    auto sent = m_journal->markCredentialSent(e.id);
    if (!sent)
        return ready(fail(sent.error()));
    crashPoint("after_credential_sent");

    if (e.kind == JournalEntry::Kind::Topup) {
        if (!m_claim)
            return ready(fail(AppError::make(AppError::Kind::Storage,
                                             Text::tr("No market can claim this top-up."))));
        return m_claim(e, *p.preimage)
            .then(this, [this, e, p](ClaimOutcome claimed) -> CallOutcome {
                crashPoint("after_response");
                if (!claimed)
                    return fail(claimed.error()); // stays credential_sent: resume claims again
                (void)m_journal->markDone(e.id, *claimed);
                PaidCallResult out;
                out.journalId = e.id;
                out.payment = p;
                out.note = *claimed;
                return out;
            });
    }

    // Rebuild the credential from the journaled challenge: the token as received, the
    // verified preimage; it goes on this request only, never on later ones.
    const PaymentChallenges challenges = parsePaymentChallenges(e.challenge.split('\n'));
    const L402Challenge *chosen = nullptr;
    for (const L402Challenge &c : challenges.l402)
        if (c.token.toUtf8() == e.token && c.scheme == e.scheme)
            chosen = &c;
    if (!chosen)
        return ready(
            failEntry(e.id, AppError::make(AppError::Kind::Storage,
                                           Text::tr("The journaled challenge is unreadable."))));
    auto authorization = l402Authorization(*chosen, *p.preimage);
    if (!authorization)
        return ready(failEntry(
            e.id, AppError::make(AppError::Kind::BadResponse, authorization.error().message)));
    HttpRequest request = rebuild(e);
    request.setHeader("authorization", *authorization);
    return m_http->send(request)
        .then(this,
              [this, e, p, attempt, lastUnknown](HttpResult result) -> QFuture<CallOutcome> {
                  crashPoint("after_response");
                  // One-shot credentials: the same one may be sent again (the server
                  // dedups by hash), a new payment never. A lost answer, or a 5xx from
                  // something in between (not the application's own JSON), leaves the
                  // outcome unknown; a 402 may be a server that has not seen the settlement
                  // yet. A 5xx the application answered in JSON is its verdict: sats4ai
                  // spends the credential and attaches a refund, which a resend would lose.
                  const bool unknown =
                      !result || (result->status >= 500 && !result->jsonObject().hasValue());
                  if ((unknown || result->status == 402) && attempt < 2)
                      return sendCredential(e, p, attempt + 1, unknown);
                  // Still unknown after the last send (a proxy's 5xx too): the server may
                  // have done it or never seen it, so the entry stays credential_sent and
                  // resume sends the same credential again.
                  if (!result)
                      return ready(fail(result.error()));
                  if (unknown)
                      return ready(fail(result->toError()));
                  const HttpResponse &response = *result;
                  PaidCallResult out;
                  out.response = response;
                  out.journalId = e.id;
                  out.payment = p;
                  if (response.isSuccess()) {
                      (void)m_journal->markDone(e.id, summary(response));
                      return ready(out);
                  }
                  AppError error = response.toError();
                  if (lastUnknown && error.code == u"payment_already_used") {
                      // Our earlier send got through before the answer was lost.
                      out.note = Text::tr("the server had already accepted this payment");
                      (void)m_journal->markDone(e.id, out.note);
                      return ready(out);
                  }
                  if (response.status == 402) {
                      error.message = Text::tr("Paid %1 sat, but the server did not accept the "
                                               "payment (hash %2).")
                                          .arg(p.amount.toSatsDecimal(), e.paymentHash->toHex());
                      return ready(failEntry(e.id, error));
                  }
                  // The server's own refusal or failure after the payment: the caller gets the
                  // answer, because what came with it may matter (sats4ai's refund link).
                  (void)m_journal->markFailed(e.id, error.describe());
                  return ready(out);
              })
        .unwrap();
}

QFuture<CallOutcome> PaymentGate::startPayInvoice(JournalEntry::Kind kind, const QString &action,
                                                  qint64 accountId, const QString &invoiceText,
                                                  MilliSats agreed, const QUrl &origin)
{
    JournalEntry e;
    e.kind = kind;
    e.action = action;
    e.accountId = accountId;
    e.method = "PAY";
    e.url = origin;
    e.agreed = agreed;
    auto id = m_journal->recordIntent(e);
    if (!id)
        return ready(fail(id.error()));
    e.id = *id;
    crashPoint("after_intent");
    auto invoice = decodeBolt11(invoiceText);
    if (!invoice) {
        AppError error =
            AppError::make(AppError::Kind::Refused,
                           Text::tr("The invoice cannot be read: %1").arg(invoice.error().message));
        (void)m_journal->markAbandoned(e.id, error.describe());
        return ready(fail(error));
    }
    return checkAndPay(e, *invoice, {}, QString(), QByteArray(), QByteArray());
}

QFuture<CallOutcome> PaymentGate::startResume(const JournalEntry &e)
{
    switch (e.state) {
    case PaymentState::Intent:
        if (e.kind == JournalEntry::Kind::PaidCall && !e.requestSent)
            return sendFirst(e); // the server never saw it
        {
            AppError error = AppError::make(
                AppError::Kind::Cancelled,
                Text::tr("Interrupted before any payment, after the request may have reached "
                         "the server; not repeated. Check the market before trying again."));
            (void)m_journal->markAbandoned(e.id, error.describe());
            return ready(fail(error));
        }
    case PaymentState::InvoiceReceived:
        if (e.kind == JournalEntry::Kind::PaidCall) {
            // Nothing was paid: ask the server again, for a fresh challenge, and decide anew.
            if (auto r = m_journal->restart(e.id, Text::tr("interrupted before paying")); !r || !*r)
                return ready(fail(r ? AppError::make(AppError::Kind::Conflict,
                                                     Text::tr("Payment %1 moved on.").arg(e.id))
                                    : r.error()));
            JournalEntry again = e;
            again.state = PaymentState::Intent;
            again.requestSent = false;
            return sendFirst(again);
        }
        return pay(e); // the user's own invoice: they asked to pay it
    case PaymentState::Paying:
        if (!e.paymentHash)
            return ready(failEntry(e.id, AppError::make(AppError::Kind::Storage,
                                                        Text::tr("No payment hash recorded."))));
        if (!m_wallet)
            return ready(fail(noWallet())); // stays paying: only a wallet can settle it
        if (auto other = m_claims ? m_claims->openHolderOtherThan(*e.paymentHash, m_claimLabel)
                                  : std::nullopt) {
            // Only the wallet that was asked to pay can say how it ended; another would answer
            // "not found" and the entry would read as never sent.
            AppError error = AppError::make(
                AppError::Kind::Conflict,
                Text::tr("Payment %1 was handed to another wallet (%2); connect that wallet "
                         "again to finish it.")
                    .arg(e.id)
                    .arg(*other));
            error.code = QStringLiteral("claimed_by_other_wallet");
            return ready(fail(error));
        }
        return m_wallet->lookupPayment(*e.paymentHash)
            .then(this, [this, e](PaymentOutcome outcome) { return onPayment(e, outcome, true); })
            .unwrap();
    case PaymentState::Paid:
    case PaymentState::CredentialSent: {
        if (!e.preimage || !e.paymentHash || !verifyPreimage(*e.preimage, *e.paymentHash))
            return ready(fail(AppError::make(
                AppError::Kind::Storage, Text::tr("The journaled preimage is missing or wrong."))));
        OutgoingPayment p;
        p.state = OutgoingPayment::State::Succeeded;
        p.paymentHash = *e.paymentHash;
        p.preimage = e.preimage;
        p.amount = e.amount;
        p.fee = e.fee;
        const bool sentBefore = e.state == PaymentState::CredentialSent;
        return sendCredential(e, p, sentBefore ? 1 : 0, sentBefore);
    }
    case PaymentState::Done:
    case PaymentState::Failed:
    case PaymentState::Abandoned:
        break;
    }
    PaidCallResult out;
    out.journalId = e.id;
    return ready(out);
}

} // namespace lw

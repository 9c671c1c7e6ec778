// SPDX-License-Identifier: GPL-3.0-or-later
#include "payflowpayer.h"

#include "enginesession.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PayFlow)
};

QFuture<PayResult> ready(PayResult result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

PayResult failed(const QString &message)
{
    PayResult r;
    r.kind = PayResult::Kind::Failed;
    r.message = message;
    return r;
}

//! The claim label the engine gives the same connection, so both gates claim as one payer.
constexpr std::chrono::minutes phonePayTimeout{15};

} // namespace

PayFlowPayer::PayFlowPayer(EngineSession &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_claims(engine.database())
{}

PayFlowPayer::~PayFlowPayer()
{
    m_gate.reset();
}

void PayFlowPayer::makeGate(PaymentBackend *wallet, const QString &label, bool phone)
{
    SpendingLimits limits = m_engine.profile().limits;
    if (const auto cap = m_engine.options().maxSats; cap && *cap < limits.perPaymentCap)
        limits.perPaymentCap = *cap;
    if (m_confirmed)
        limits.maxRoutingFee = m_confirmed->maxFee;
    m_gate = std::make_unique<PaymentGate>(&m_engine.http(), &m_engine.journal(), wallet, limits);
    m_gate->setClaims(&m_claims, label);
    m_gate->setPayTimeout(phone ? std::chrono::milliseconds(phonePayTimeout) : m_payTimeout);
    // The user's click on Confirm is the confirmation: it answers for that invoice and amount
    // only, so nothing else can ride on it.
    m_gate->setConfirmer([this](const PaymentPrompt &p) {
        const bool same =
            m_confirmed && p.invoice == m_confirmed->invoice && p.amount == m_confirmed->amount;
        return QtFuture::makeReadyFuture(same);
    });
}

void PayFlowPayer::watchPhone(QrWallet *phone)
{
    if (m_phone == phone)
        return;
    if (m_phone)
        disconnect(m_phone, &QrWallet::offered, this, &PayFlowPayer::offered);
    m_phone = phone;
    if (phone)
        connect(phone, &QrWallet::offered, this, &PayFlowPayer::offered);
}

std::optional<PayResult> PayFlowPayer::refuseKnownHash(const PaymentHash &hash)
{
    auto known = m_engine.journal().findByHash(hash);
    if (!known)
        return failed(known.error().message);
    if (*known)
        return failed(Text::tr("This invoice is already being paid or was paid (journal entry "
                               "%1).")
                          .arg((*known)->id));
    return std::nullopt;
}

QFuture<PayResult> PayFlowPayer::pay(const PayOrder &order)
{
    if (auto refused = refuseKnownHash(order.paymentHash))
        return ready(*refused);
    m_confirmed = order;
    return m_engine.requireWallet()
        .then(this,
              [this, order](const Result<Wallet *, AppError> &wallet) -> QFuture<PayResult> {
                  if (!wallet)
                      return ready(failed(wallet.error().message));
                  auto connection = m_engine.accounts().defaultWallet(m_engine.profile().id);
                  if (!connection || !*connection)
                      return ready(failed(Text::tr("The profile's wallet connection is gone.")));
                  auto *phone = dynamic_cast<QrWallet *>(*wallet);
                  watchPhone(phone);
                  makeGate(*wallet, EngineSession::claimLabel(**connection), phone != nullptr);
                  return start(order);
              })
        .unwrap();
}

QFuture<PayResult> PayFlowPayer::payWithPhone(const PayOrder &order, Network network)
{
    if (auto refused = refuseKnownHash(order.paymentHash))
        return ready(*refused);
    m_confirmed = order;
    m_gate.reset();
    m_ownPhone = std::make_unique<QrWallet>(network);
    m_ownPhone->setClaims(&m_claims);
    watchPhone(m_ownPhone.get());
    makeGate(m_ownPhone.get(), QString::fromUtf16(QrWallet::label), true);
    return start(order);
}

QFuture<PayResult> PayFlowPayer::start(const PayOrder &order)
{
    const PaymentHash hash = order.paymentHash;
    return m_gate
        ->payInvoice(JournalEntry::Kind::Invoice, order.action, 0, order.invoice, order.agreed,
                     order.origin)
        .then(this, [this, hash](const CallOutcome &outcome) {
            qint64 id = outcome ? outcome->journalId : 0;
            if (!id) {
                // The gate's error carries no entry: the hash finds the one this call made
                // (none existed before it, see refuseKnownHash).
                auto entry = m_engine.journal().findByHash(hash);
                if (entry && *entry)
                    id = (*entry)->id;
            }
            return settle(outcome, id);
        });
}

QFuture<PayResult> PayFlowPayer::resume(qint64 journalId)
{
    auto entry = m_engine.journal().entry(journalId);
    if (!entry)
        return ready(failed(entry.error().message));
    const JournalEntry e = *entry;
    if (e.state != PaymentState::Paying && e.state != PaymentState::Paid
        && e.state != PaymentState::CredentialSent)
        return ready(settle(CallOutcome(PaidCallResult{}), journalId));
    // Paid by a phone: only that QR wallet knows the preimage the user pasted.
    if (m_ownPhone && m_gate)
        return m_gate->resume(e).then(
            this, [this, journalId](const CallOutcome &o) { return settle(o, journalId); });
    return m_engine.requireWallet()
        .then(this,
              [this, e](const Result<Wallet *, AppError> &wallet) -> QFuture<PayResult> {
                  if (!wallet)
                      return ready(failed(wallet.error().message));
                  auto connection = m_engine.accounts().defaultWallet(m_engine.profile().id);
                  if (!connection || !*connection)
                      return ready(failed(Text::tr("The profile's wallet connection is gone.")));
                  auto *phone = dynamic_cast<QrWallet *>(*wallet);
                  watchPhone(phone);
                  makeGate(*wallet, EngineSession::claimLabel(**connection), phone != nullptr);
                  return m_gate->resume(e).then(
                      this, [this, id = e.id](const CallOutcome &o) { return settle(o, id); });
              })
        .unwrap();
}

PayResult PayFlowPayer::settle(const CallOutcome &outcome, qint64 journalId)
{
    const QString why = outcome ? QString() : outcome.error().message;
    if (!journalId)
        return failed(why.isEmpty() ? Text::tr("The payment did not start.") : why);
    auto read = m_engine.journal().entry(journalId);
    if (!read)
        return failed(read.error().message);
    const JournalEntry &e = *read;
    PayResult r;
    r.journalId = e.id;
    r.amount = e.amount;
    r.fee = e.fee;
    // Succeeded only with a preimage that hashes to the invoice's hash, whoever reported it.
    if (e.preimage && e.paymentHash && verifyPreimage(*e.preimage, *e.paymentHash)) {
        r.kind = PayResult::Kind::Succeeded;
        r.preimage = e.preimage;
        return r;
    }
    switch (e.state) {
    case PaymentState::Paying:
    case PaymentState::Paid:
    case PaymentState::CredentialSent:
        r.kind = PayResult::Kind::Pending;
        //: The Pay dialog when the wallet has not said how a payment ended.
        r.message = Text::tr("The wallet has not confirmed this payment yet, so it is pending, "
                             "not failed. Lightwork looks it up by its hash and never pays it "
                             "twice.");
        return r;
    case PaymentState::Failed:
    case PaymentState::Abandoned:
        r.journalId = 0;
        r.kind = PayResult::Kind::Failed;
        r.message = why.isEmpty() ? e.error : why;
        return r;
    case PaymentState::Intent:
    case PaymentState::InvoiceReceived:
    case PaymentState::Done:
        break;
    }
    // Not handed to the wallet (another wallet holds the invoice, say): nothing left.
    r.kind = PayResult::Kind::Failed;
    r.message = why.isEmpty() ? Text::tr("The payment did not complete; nothing was paid.") : why;
    return r;
}

} // namespace lw

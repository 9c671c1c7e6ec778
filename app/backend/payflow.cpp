// SPDX-License-Identifier: GPL-3.0-or-later
#include "payflow.h"

#include "common/safetext.h"
#include "enginesession.h"
#include "lightning/bolt11decoder.h"
#include "lightning/paymenturi.h"
#include "lnurlinvoice.h"
#include "net/lnurlfetch.h"
#include "qrimage.h"

#include <QDateTime>

namespace lw {

namespace {

constexpr int maxActionLength = 200;

QString satsText(MilliSats amount)
{
    //: An amount of money; %1 is a number of satoshis such as 1500 or 0.5.
    return PayFlow::tr("%1 sat").arg(amount.toSatsDecimal());
}

} // namespace

PayFlow::PayFlow(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PayFlow::tick);
}

PayFlow::~PayFlow() = default;

qint64 PayFlow::now() const
{
    return m_now ? m_now() : QDateTime::currentSecsSinceEpoch();
}

void PayFlow::setClock(std::function<qint64()> nowSecs)
{
    m_now = std::move(nowSecs);
}

void PayFlow::setPayTimeout(std::chrono::milliseconds timeout)
{
    m_payTimeout = timeout;
    if (m_payer)
        m_payer->setPayTimeout(timeout);
}

EngineSession *PayFlow::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void PayFlow::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // The engine opens after the keychain answers; a review waiting for it goes on then.
        const auto reload = [this] {
            m_walletNetwork.reset();
            m_walletProblem.clear();
            if (m_state == State::Review)
                loadWallet();
        };
        connect(session, &Session::setupChanged, this, reload);
        connect(session, &Session::keychainChanged, this, reload);
        // Session re-announces profiles when the engine switches profile (a new wallet).
        connect(session, &Session::profilesChanged, this, reload);
    }
    Q_EMIT sessionChanged();
    if (m_state == State::Review)
        loadWallet();
}

void PayFlow::setState(State state, const QString &errorText)
{
    const bool ticking = state == State::Review || state == State::WaitingForPhone;
    if (ticking && !m_ticker.isActive())
        m_ticker.start();
    else if (!ticking)
        m_ticker.stop();
    if (state == m_state && errorText == m_errorText)
        return;
    m_state = state;
    m_errorText = errorText;
    Q_EMIT stateChanged();
    Q_EMIT reviewChanged(); // canConfirm depends on the state
}

void PayFlow::clearFlow()
{
    ++m_generation;
    m_origin.clear();
    m_lnurl.reset();
    m_invoice.reset();
    m_review = PayReview();
    m_journalId = 0;
    m_preimage.reset();
    m_fee = MilliSats(0);
    m_maxFee.reset(); // a new payment starts at the settings' fee limit
    m_maxFeeError.clear();
    m_resultText.clear();
    m_qrInvoice.clear();
    m_qrImage = QImage();
    m_qrImageUrl.clear();
    Q_EMIT resultChanged();
    Q_EMIT qrChanged();
    Q_EMIT reviewChanged();
}

void PayFlow::setRequest(const QString &request)
{
    if (busy() || request == m_request)
        return;
    m_request = request;
    m_agreed.reset();
    m_action.clear();
    Q_EMIT requestChanged();
    clearFlow();
    resolve();
}

void PayFlow::startPaidCall(const QString &invoice, MilliSats agreed, const QString &reason,
                            const QString &action)
{
    if (busy())
        return;
    m_request = invoice;
    m_agreed = agreed;
    m_action = action;
    Q_EMIT requestChanged();
    setReason(reason);
    clearFlow();
    resolve();
}

void PayFlow::setReason(const QString &reason)
{
    if (reason == m_reason || busy())
        return;
    m_reason = reason;
    Q_EMIT reasonChanged();
}

void PayFlow::resolve()
{
    const QString text = m_request.trimmed();
    if (text.isEmpty()) {
        setState(State::Idle);
        return;
    }
    auto uri = parsePaymentUri(text);
    if (!uri) {
        //: The Pay dialog; %1 says what is wrong with the pasted text.
        setState(State::Idle, tr("This is not an invoice, lightning: link, LNURL or Lightning "
                                 "Address: %1")
                                  .arg(uri.error().message));
        return;
    }
    switch (uri->kind) {
    case PaymentUri::Kind::Bolt11:
        showInvoice(uri->bolt11);
        return;
    case PaymentUri::Kind::Lnurl:
        if (uri->lnurlTag != LnurlTag::Unknown && uri->lnurlTag != LnurlTag::PayRequest) {
            setState(State::Idle, tr("This LNURL does not ask for a payment."));
            return;
        }
        resolveLnurl(uri->lnurl);
        return;
    case PaymentUri::Kind::LightningAddress:
        resolveLnurl(uri->address->lnurlpUrl());
        return;
    case PaymentUri::Kind::OnChainOnly:
        setState(State::Idle, tr("This is an on-chain address; Lightwork pays over Lightning "
                                 "only."));
        return;
    }
}

void PayFlow::resolveLnurl(const QUrl &url)
{
    EngineSession *e = engine();
    if (!e) {
        setState(State::Idle, tr("Lightwork is still opening its data folder."));
        return;
    }
    m_origin = url;
    setState(State::Resolving);
    const quint64 generation = m_generation;
    fetchLnurlPayRequest(&e->http(), this, url)
        .then(this, [this, generation](const Result<LnurlPayRequest, AppError> &pay) {
            if (generation != m_generation)
                return;
            if (!pay) {
                m_resultText = tr("Nothing was paid.");
                Q_EMIT resultChanged();
                setState(State::Failed, pay.error().message);
                return;
            }
            m_lnurl = *pay;
            if (m_amountInput <= 0 && pay->minSendable == pay->maxSendable
                && pay->minSendable.msat() % 1000 == 0)
                m_amountInput = pay->minSendable.floorSats(); // one amount: nothing to ask
            requestLnurlInvoice();
        });
}

void PayFlow::requestLnurlInvoice()
{
    m_invoice.reset();
    const auto amount = MilliSats::fromSats(m_amountInput);
    EngineSession *e = engine();
    if (m_amountInput <= 0 || !amount || lnurlAmountProblem(*m_lnurl, *amount) || !e) {
        setState(State::Review);
        refreshReview();
        return;
    }
    setState(State::Resolving);
    const quint64 generation = ++m_generation;
    fetchLnurlInvoice(&e->http(), this, *m_lnurl, *amount)
        .then(this, [this, generation](const Result<QString, AppError> &invoice) {
            if (generation != m_generation)
                return;
            if (!invoice) {
                m_resultText = tr("Nothing was paid.");
                Q_EMIT resultChanged();
                setState(State::Failed, invoice.error().message);
                return;
            }
            showInvoice(*invoice);
        });
}

void PayFlow::showInvoice(const QString &text)
{
    auto decoded = decodeBolt11(text);
    if (!decoded) {
        //: The Pay dialog; %1 says what is wrong with the invoice.
        setState(State::Idle, tr("The invoice cannot be read: %1").arg(decoded.error().message));
        return;
    }
    m_invoice = *decoded;
    setState(State::Review);
    loadWallet();
    refreshReview();
}

void PayFlow::loadWallet()
{
    EngineSession *e = engine();
    if (!e || m_walletLoading || m_walletNetwork)
        return;
    auto connection = e->accounts().defaultWallet(e->profile().id);
    if (!connection || !*connection) {
        m_walletProblem = connection ? tr("This profile has no wallet yet: connect one, or pay "
                                          "with a phone.")
                                     : connection.error().message;
        refreshReview();
        return;
    }
    m_walletLoading = true;
    e->requireWallet().then(this, [this](const Result<Wallet *, AppError> &wallet) {
        m_walletLoading = false;
        if (wallet) {
            m_walletNetwork = (*wallet)->network();
            m_walletProblem.clear();
        } else {
            m_walletNetwork.reset();
            m_walletProblem = wallet.error().message;
        }
        refreshReview();
    });
}

QString PayFlow::engineProblem() const
{
    if (engine())
        return {};
    if (m_session && m_session->keychainState() == Session::KeychainState::Missing)
        return m_session->keychainMessage();
    return tr("Lightwork is still opening its data folder.");
}

SpendingLimits PayFlow::limits() const
{
    SpendingLimits l;
    if (EngineSession *e = engine()) {
        l = e->profile().limits;
        if (const auto cap = e->options().maxSats; cap && *cap < l.perPaymentCap)
            l.perPaymentCap = *cap;
    }
    if (m_maxFee)
        l.maxRoutingFee = *m_maxFee;
    return l;
}

void PayFlow::refreshReview()
{
    m_review = PayReview();
    if (!m_invoice) {
        Q_EMIT reviewChanged();
        return;
    }
    PayContext c;
    c.engineProblem = engineProblem();
    c.walletNetwork = m_walletNetwork;
    c.walletProblem = m_walletProblem;
    c.phoneNetwork = m_walletNetwork.value_or(Network::Mainnet);
    c.limits = limits();
    c.agreed = m_agreed.value_or(m_invoice->amount.value_or(MilliSats(0)));
    c.nowSecs = now();
    if (EngineSession *e = engine()) {
        c.spentLast24h =
            e->journal().spentSince((c.nowSecs - 24 * 3600) * 1000).value_or(MilliSats(0));
        if (auto known = e->journal().findByHash(m_invoice->paymentHash); known && *known)
            c.journalEntry = (*known)->id;
    }
    m_review = reviewInvoice(*m_invoice, c);
    Q_EMIT reviewChanged();
}

void PayFlow::tick()
{
    Q_EMIT secondsLeftChanged();
    if (m_invoice && m_state == State::Review && m_invoice->isExpired(now()) != m_review.expired)
        refreshReview();
}

PayFlowPayer *PayFlow::payer()
{
    EngineSession *e = engine();
    if (m_payer && m_payerEngine == e)
        return m_payer.get();
    m_payer.reset();
    if (!e)
        return nullptr;
    m_payer = std::make_unique<PayFlowPayer>(*e);
    m_payerEngine = e;
    m_payer->setPayTimeout(m_payTimeout);
    connect(m_payer.get(), &PayFlowPayer::offered, this, &PayFlow::onOffered);
    return m_payer.get();
}

PayOrder PayFlow::order() const
{
    PayOrder o;
    o.invoice = m_invoice->text;
    o.paymentHash = m_invoice->paymentHash;
    o.amount = *m_invoice->amount;
    o.agreed = m_agreed.value_or(o.amount);
    o.maxFee = limits().maxRoutingFee;
    const QString reason = m_reason.simplified().left(maxActionLength);
    o.action = !m_action.isEmpty() ? m_action : !reason.isEmpty() ? reason : QStringLiteral("pay");
    o.origin = m_origin;
    return o;
}

void PayFlow::confirm()
{
    refreshReview(); // the clock and the journal may have moved since it was shown
    PayFlowPayer *p = canConfirm() ? payer() : nullptr;
    if (!p)
        return;
    setState(State::Paying);
    p->pay(order()).then(this, [this](const PayResult &r) { finish(r); });
}

void PayFlow::payWithPhone()
{
    refreshReview();
    PayFlowPayer *p = canPayWithPhone() ? payer() : nullptr;
    if (!p)
        return;
    setState(State::Paying); // WaitingForPhone once the code is offered
    p->payWithPhone(order(), m_walletNetwork.value_or(Network::Mainnet))
        .then(this, [this](const PayResult &r) { finish(r); });
}

void PayFlow::onOffered(const QrOffer &offer)
{
    if (!m_invoice || offer.paymentHash != m_invoice->paymentHash || !offer.qr)
        return;
    m_qrInvoice = offer.qrText;
    m_qrImage = lw::qrImage(*offer.qr);
    m_qrImageUrl = lw::qrImageUrl(m_qrImage);
    Q_EMIT qrChanged();
    if (m_state == State::Paying)
        setState(State::WaitingForPhone);
}

bool PayFlow::submitPreimage(const QString &text)
{
    QrWallet *phone = m_payer ? m_payer->phone() : nullptr;
    if (!phone || !m_invoice || (m_state != State::WaitingForPhone && m_state != State::Pending)) {
        setState(m_state, tr("No QR code is waiting for a preimage."));
        return false;
    }
    auto accepted = phone->submitPreimage(text);
    if (!accepted || *accepted != m_invoice->paymentHash) {
        //: The Pay dialog, when the pasted preimage does not prove this invoice was paid.
        setState(
            m_state,
            accepted
                ? tr("That preimage belongs to another invoice.")
                : tr("That is not the preimage of this invoice: %1").arg(accepted.error().message));
        return false;
    }
    setState(m_state);
    if (m_state == State::Pending)
        resume(); // the QR code was closed before: the journal entry is settled by lookup
    return true;
}

void PayFlow::cancel()
{
    if (m_state == State::Paying)
        return;
    if (m_state == State::WaitingForPhone) {
        if (QrWallet *phone = m_payer ? m_payer->phone() : nullptr)
            phone->cancel(m_invoice->paymentHash); // ends Pending: the phone may still pay
        return;
    }
    m_request.clear();
    m_agreed.reset();
    m_action.clear();
    Q_EMIT requestChanged();
    clearFlow();
    setState(State::Idle);
}

void PayFlow::resume()
{
    if (m_state != State::Pending || !m_journalId || !payer())
        return;
    setState(State::Paying);
    payer()->resume(m_journalId).then(this, [this](const PayResult &r) { finish(r); });
}

void PayFlow::finish(const PayResult &r)
{
    m_journalId = r.journalId;
    m_fee = r.fee;
    switch (r.kind) {
    case PayResult::Kind::Succeeded:
        m_preimage = r.preimage;
        //: The Pay dialog after a payment; %1 the amount, %2 the routing fee.
        m_resultText = tr("Paid %1 (routing fee %2).").arg(satsText(r.amount), satsText(r.fee));
        m_qrInvoice.clear();
        m_qrImage = QImage();
        m_qrImageUrl.clear();
        Q_EMIT qrChanged();
        Q_EMIT resultChanged();
        setState(State::Succeeded);
        return;
    case PayResult::Kind::Pending:
        m_resultText = r.message;
        Q_EMIT resultChanged();
        setState(State::Pending);
        return;
    case PayResult::Kind::Failed:
        m_resultText = tr("The payment failed.");
        Q_EMIT resultChanged();
        setState(State::Failed, r.message);
        return;
    }
}

} // namespace lw

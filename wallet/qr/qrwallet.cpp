// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/qrwallet.h"

#include "pay/paymentclaims.h"

#include <QDateTime>
#include <QTimer>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(QrWallet)
};

template <typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

AppError cannotReceive()
{
    return AppError::make(AppError::Kind::Invalid,
                          Text::tr("A phone wallet cannot receive payments through Lightwork. "
                                   "Connect a node wallet to receive."));
}

QString pastePreimageReason()
{
    return Text::tr("Not confirmed: paste the preimage if your phone paid.");
}

} // namespace

QrWallet::QrWallet(Network network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QrWallet::~QrWallet()
{
    // Whoever waits learns the payment is unresolved, not that it failed.
    const OutgoingPayment closing =
        pending(PaymentHash(), Text::tr("The phone wallet was closed before a preimage was "
                                        "pasted; the phone may still pay."));
    for (Waiter &w : m_waiters) {
        OutgoingPayment p = closing;
        p.paymentHash = w.hash;
        w.promise->addResult(PaymentOutcome(p));
        w.promise->finish();
    }
}

qint64 QrWallet::now() const
{
    return m_now ? m_now() : QDateTime::currentSecsSinceEpoch();
}

QFuture<Result<Wallet::PayPermission, AppError>> QrWallet::payPermission()
{
    return ready(Result<PayPermission, AppError>(PayPermission::Granted));
}

QFuture<Result<Wallet::WalletInfo, AppError>> QrWallet::info()
{
    WalletInfo info;
    info.network = m_network;
    info.alias = Text::tr("Phone wallet");
    return ready(Result<WalletInfo, AppError>(info));
}

QFuture<Result<MilliSats, AppError>> QrWallet::balance()
{
    AppError e = AppError::make(
        AppError::Kind::Invalid,
        Text::tr("Lightwork cannot see the phone wallet's balance; check it on the phone."));
    e.code = QStringLiteral("unknown");
    return ready(Result<MilliSats, AppError>(fail(e)));
}

std::optional<AppError> QrWallet::refusal(const Bolt11Invoice &invoice) const
{
    if (!invoice.amount || invoice.amount->isZero())
        return AppError::make(AppError::Kind::Invalid,
                              Text::tr("The invoice has no amount; a QR code is only shown for "
                                       "an invoice that names what to pay."));
    if (invoice.network != m_network)
        return AppError::make(AppError::Kind::Refused,
                              Text::tr("The invoice is for %1, but the phone wallet is set up "
                                       "for %2.")
                                  .arg(networkName(invoice.network), networkName(m_network)));
    if (invoice.isExpired(now()))
        return AppError::make(AppError::Kind::Refused, Text::tr("The invoice has expired."));
    return std::nullopt;
}

OutgoingPayment QrWallet::pending(const PaymentHash &hash, const QString &reason) const
{
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Pending;
    p.paymentHash = hash;
    p.amount = m_offered.value(hash.toByteArray()).amount;
    p.reason = reason;
    return p;
}

OutgoingPayment QrWallet::succeeded(const PaymentHash &hash) const
{
    const Offered o = m_offered.value(hash.toByteArray());
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Succeeded;
    p.paymentHash = hash;
    p.preimage = o.preimage;
    p.amount = o.amount; // the phone's routing fee is not known here: fee stays zero
    return p;
}

QFuture<PaymentOutcome> QrWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                             std::chrono::milliseconds timeout)
{
    Q_UNUSED(maxFee);
    const QByteArray key = invoice.paymentHash.toByteArray();
    if (auto it = m_offered.constFind(key); it != m_offered.constEnd() && it->preimage)
        return ready(PaymentOutcome(succeeded(invoice.paymentHash))); // proven before: no re-show
    if (auto refused = refusal(invoice))
        return ready(PaymentOutcome(fail(*refused)));
    QrOffer offer;
    offer.bolt11 = invoice.text;
    offer.qrText = QStringLiteral("LIGHTNING:") + invoice.text.toUpper();
    offer.qr = QrMatrix::forLightning(invoice.text);
    if (!offer.qr)
        return ready(PaymentOutcome(fail(AppError::make(
            AppError::Kind::Invalid, Text::tr("The invoice is too long for a QR code.")))));
    offer.paymentHash = invoice.paymentHash;
    offer.amount = *invoice.amount;
    offer.expiresAt = invoice.expiresAt();
    // The claim comes last, once nothing else can refuse: an UntilPreimage claim is never given
    // back, so it is taken only for an invoice really shown.
    if (m_claims) {
        auto claimed = m_claims->claim(invoice.paymentHash, kind(), ClaimHold::UntilPreimage);
        if (!claimed)
            return ready(PaymentOutcome(fail(claimed.error())));
        if (!*claimed) {
            AppError e = AppError::make(AppError::Kind::Conflict,
                                        Text::tr("Another wallet is already paying this invoice, "
                                                 "so it is not shown as a QR code."));
            e.code = QStringLiteral("claimed_by_other_wallet");
            return ready(PaymentOutcome(fail(e)));
        }
    }
    Offered &o = m_offered[key];
    o.amount = offer.amount;
    o.expiresAt = offer.expiresAt;

    Waiter w;
    w.id = m_nextId++;
    w.hash = invoice.paymentHash;
    w.promise = std::make_shared<QPromise<PaymentOutcome>>();
    w.promise->start();
    QFuture<PaymentOutcome> out = w.promise->future();
    m_waiters.push_back(w);
    const quint64 id = w.id;
    const PaymentHash hash = invoice.paymentHash;
    QTimer::singleShot(std::max(timeout, std::chrono::milliseconds(0)), this, [this, hash, id] {
        settle(hash,
               pending(hash, Text::tr("Not paid from the phone yet; it may still be. Paste the "
                                      "preimage once it is.")),
               id);
    });
    Q_EMIT offered(offer);
    return out;
}

int QrWallet::settle(const PaymentHash &hash, const OutgoingPayment &outcome,
                     std::optional<quint64> id)
{
    // Taken out of the list first: a continuation may call back into this wallet.
    std::list<Waiter> done;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        auto next = std::next(it);
        if (it->hash == hash && (!id || it->id == *id))
            done.splice(done.end(), m_waiters, it);
        it = next;
    }
    for (Waiter &w : done) {
        w.promise->addResult(PaymentOutcome(outcome));
        w.promise->finish();
    }
    return int(done.size());
}

Result<PaymentHash, AppError> QrWallet::submitPreimage(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const std::optional<Preimage> preimage = Preimage::fromHex(trimmed);
    if (!preimage)
        return fail(AppError::make(AppError::Kind::Invalid,
                                   Text::tr("A preimage is 64 hexadecimal characters (0–9, a–f); "
                                            "copy it from the phone wallet's payment details.")));
    const PaymentHash hash = paymentHashOf(*preimage);
    auto it = m_offered.find(hash.toByteArray());
    if (it == m_offered.end() && heldForPhone(hash)) {
        // Shown by an earlier run of the app: the claim still waits for this proof.
        it = m_offered.insert(hash.toByteArray(), Offered{});
    }
    if (it == m_offered.end())
        return fail(AppError::make(AppError::Kind::Invalid,
                                   Text::tr("This preimage does not belong to this invoice.")));
    it->preimage = *preimage;
    if (m_claims) // the payment is proven: close the claim for good
        (void)m_claims->recordPaid(hash, kind(), *preimage);
    settle(hash, succeeded(hash));
    return hash;
}

bool QrWallet::heldForPhone(const PaymentHash &hash) const
{
    if (!m_claims)
        return false;
    const auto claim = m_claims->find(hash);
    return claim && *claim && (*claim)->wallet == kind()
           && (*claim)->hold == ClaimHold::UntilPreimage && !(*claim)->paidAtMs
           && !(*claim)->releasedAtMs;
}

bool QrWallet::cancel(const PaymentHash &paymentHash)
{
    return settle(paymentHash,
                  pending(paymentHash,
                          Text::tr("The QR code was closed; the phone may still pay it. Paste "
                                   "the preimage if it did.")))
           > 0;
}

QFuture<PaymentOutcome> QrWallet::lookupPayment(const PaymentHash &paymentHash)
{
    const auto it = m_offered.constFind(paymentHash.toByteArray());
    if (it != m_offered.constEnd()) {
        if (it->preimage)
            return ready(PaymentOutcome(succeeded(paymentHash)));
        if (now() < it->expiresAt)
            return ready(PaymentOutcome(
                pending(paymentHash, Text::tr("Waiting for the phone to pay the QR code."))));
        return ready(PaymentOutcome(pending(paymentHash, pastePreimageReason())));
    }
    if (m_claims) {
        // Offered before a restart: the claim remembers (only an offer holds until a
        // preimage), and NotFound would let it be paid again by another route.
        auto claim = m_claims->find(paymentHash);
        if (!claim)
            return ready(PaymentOutcome(fail(claim.error())));
        if (*claim && (*claim)->wallet == kind() && (*claim)->hold == ClaimHold::UntilPreimage)
            return ready(PaymentOutcome(pending(paymentHash, pastePreimageReason())));
    }
    OutgoingPayment p;
    p.state = OutgoingPayment::State::NotFound;
    p.paymentHash = paymentHash;
    return ready(PaymentOutcome(p));
}

QFuture<InvoiceOutcome> QrWallet::createInvoice(MilliSats amount, const QString &description,
                                                qint64 expirySeconds)
{
    Q_UNUSED(amount);
    Q_UNUSED(description);
    Q_UNUSED(expirySeconds);
    return ready(InvoiceOutcome(fail(cannotReceive())));
}

QFuture<IncomingOutcome> QrWallet::lookupInvoice(const PaymentHash &paymentHash)
{
    Q_UNUSED(paymentHash);
    return ready(IncomingOutcome(fail(cannotReceive())));
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/bolt11invoice.h"
#include "lightning/lnurlresponse.h"
#include "payflowpayer.h"
#include "payflowreview.h"
#include "session.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace lw {

//! The brain of the one Pay dialog. Give it `session` and a `request` (a BOLT 11 invoice, a
//! `lightning:` link, an LNURL or a Lightning Address); it resolves and decodes it and shows
//! everything about the money before anything moves (state Review). Nothing is paid until
//! confirm() (the user's click) or payWithPhone(); the payment goes through the engine's
//! journal and claims with the engine's checks, and the click confirms exactly the invoice
//! and amount shown. A payment whose outcome is unknown is Pending, never Failed: resume()
//! looks it up by hash.
//!
//! States: Idle (nothing to pay; `errorText` says what was wrong with the request) →
//! Resolving (asking an LNURL service) → Review → Paying | WaitingForPhone → Succeeded |
//! Pending | Failed.
class PayFlow : public QObject {
    Q_OBJECT
    QML_ELEMENT

    //! The app's Session (`PayFlow { session: Session }`); the flow acts in its current profile.
    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! What to pay, as pasted, scanned or opened from a link. Setting it starts a new flow
    //! (ignored while Paying or WaitingForPhone).
    Q_PROPERTY(QString request READ request WRITE setRequest NOTIFY requestChanged FINAL)
    //! In whole sats. Write it for an LNURL or Lightning Address (the invoice is then fetched
    //! for exactly that amount); in Review it reads the invoice's amount (rounded down).
    Q_PROPERTY(qint64 amountSats READ amountSats WRITE setAmountSats NOTIFY reviewChanged FINAL)
    //! The caller's words for what the payment is for ("Top-up"); kept in the journal.
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY reasonChanged FINAL)
    //! The most the routing may cost, in sats; starts at the profile's limit and applies to
    //! this payment only. A value below 0 or above maxFeeCeilingSats is refused: it stays as it
    //! was, maxFeeError says why and Confirm waits for a valid one.
    Q_PROPERTY(qint64 maxFeeSats READ maxFeeSats WRITE setMaxFeeSats NOTIFY reviewChanged FINAL)
    //! The highest fee limit this payment takes: the profile's limit or 5 % of the amount,
    //! whichever is more.
    Q_PROPERTY(qint64 maxFeeCeilingSats READ maxFeeCeilingSats NOTIFY reviewChanged FINAL)
    //! Translated: why the last fee limit typed was refused; empty when it was taken.
    Q_PROPERTY(QString maxFeeError READ maxFeeError NOTIFY reviewChanged FINAL)
    //! Review: the most the payment can cost, amount plus fee limit ("1510 sat").
    Q_PROPERTY(QString totalText READ totalText NOTIFY reviewChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! Translated: why the request could not be read or resolved, or why the payment failed,
    //! or why a pasted preimage was refused. Empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged FINAL)

    //! An LNURL or Lightning Address waits for `amountSats` between minSats and maxSats.
    Q_PROPERTY(bool needsAmount READ needsAmount NOTIFY reviewChanged FINAL)
    Q_PROPERTY(qint64 minSats READ minSats NOTIFY reviewChanged FINAL)
    Q_PROPERTY(qint64 maxSats READ maxSats NOTIFY reviewChanged FINAL)
    //! Review: the exact amount ("1500 sat", "0.5 sat"); empty before an invoice is known.
    Q_PROPERTY(QString amountText READ amountText NOTIFY reviewChanged FINAL)
    //! The invoice's (or LNURL service's) description as plain text with controls escaped.
    Q_PROPERTY(QString description READ description NOTIFY reviewChanged FINAL)
    //! The payee's node id (hex) and a one-line form of it ("02a1b2c3…d4e5f6a7").
    Q_PROPERTY(QString payee READ payee NOTIFY reviewChanged FINAL)
    Q_PROPERTY(QString payeeShort READ payeeShort NOTIFY reviewChanged FINAL)
    //! For an LNURL or address: the domain of the service that asked (LUD-06), else empty.
    Q_PROPERTY(QString serviceDomain READ serviceDomain NOTIFY reviewChanged FINAL)
    //! The invoice's chain, translated ("Bitcoin", "Regtest", …), and whether it differs from
    //! the chain of the profile's wallet.
    Q_PROPERTY(QString network READ network NOTIFY reviewChanged FINAL)
    Q_PROPERTY(bool networkMismatch READ networkMismatch NOTIFY reviewChanged FINAL)
    //! When the invoice stops being payable; secondsLeft ticks once a second in Review and
    //! WaitingForPhone (0 once expired).
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY reviewChanged FINAL)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged FINAL)
    Q_PROPERTY(bool expired READ expired NOTIFY reviewChanged FINAL)
    //! "at most 10 sat in routing fees", translated.
    Q_PROPERTY(QString feeLimitText READ feeLimitText NOTIFY reviewChanged FINAL)
    //! Whether Confirm may be pressed, and if not, why (translated).
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY reviewChanged FINAL)
    Q_PROPERTY(QString blockReason READ blockReason NOTIFY reviewChanged FINAL)
    //! Whether "Pay with a phone" may be pressed (no wallet needed, the same money checks).
    Q_PROPERTY(bool canPayWithPhone READ canPayWithPhone NOTIFY reviewChanged FINAL)

    //! The invoice's payment hash (hex), once known.
    Q_PROPERTY(QString paymentHash READ paymentHash NOTIFY reviewChanged FINAL)
    //! Succeeded: the preimage (64 hex digits) to copy as proof of payment.
    Q_PROPERTY(QString preimage READ preimage NOTIFY resultChanged FINAL)
    //! The routing fee paid, in sats (rounded up) and as text.
    Q_PROPERTY(qint64 feeSats READ feeSats NOTIFY resultChanged FINAL)
    Q_PROPERTY(QString feeText READ feeText NOTIFY resultChanged FINAL)
    //! One translated sentence on how it ended (Succeeded, Pending, Failed).
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultChanged FINAL)

    //! WaitingForPhone: the text in the QR code ("LIGHTNING:LNBC…") and the code itself, one
    //! pixel per module (qrImageUrl is the same image as a data: URL for an Image's source;
    //! show it with `smooth: false`).
    Q_PROPERTY(QString qrInvoice READ qrInvoice NOTIFY qrChanged FINAL)
    Q_PROPERTY(QImage qrImage READ qrImage NOTIFY qrChanged FINAL)
    Q_PROPERTY(QString qrImageUrl READ qrImageUrl NOTIFY qrChanged FINAL)

public:
    enum class State {
        Idle,
        Resolving,
        Review,
        Paying,
        WaitingForPhone,
        Succeeded,
        Pending,
        Failed
    };
    Q_ENUM(State)

    explicit PayFlow(QObject *parent = nullptr);
    ~PayFlow() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString request() const { return m_request; }
    void setRequest(const QString &request);
    qint64 amountSats() const;
    void setAmountSats(qint64 sats);
    QString reason() const { return m_reason; }
    void setReason(const QString &reason);
    qint64 maxFeeSats() const;
    void setMaxFeeSats(qint64 sats);
    qint64 maxFeeCeilingSats() const;
    QString maxFeeError() const { return m_maxFeeError; }
    QString totalText() const;
    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }

    bool needsAmount() const;
    qint64 minSats() const;
    qint64 maxSats() const;
    QString amountText() const;
    QString description() const;
    QString payee() const;
    QString payeeShort() const;
    QString serviceDomain() const;
    QString network() const;
    bool networkMismatch() const { return m_review.networkMismatch; }
    QDateTime expiresAt() const;
    int secondsLeft() const;
    bool expired() const { return m_review.expired; }
    QString feeLimitText() const;
    bool canConfirm() const
    {
        return m_state == State::Review && m_review.canConfirm && m_maxFeeError.isEmpty();
    }
    QString blockReason() const;
    bool canPayWithPhone() const
    {
        return m_state == State::Review && m_review.canPayWithPhone && m_maxFeeError.isEmpty();
    }
    QString paymentHash() const;
    QString preimage() const;
    qint64 feeSats() const;
    QString feeText() const;
    QString resultText() const { return m_resultText; }
    QString qrInvoice() const { return m_qrInvoice; }
    QImage qrImage() const { return m_qrImage; }
    QString qrImageUrl() const { return m_qrImageUrl; }

    //! Pays the invoice under review from the profile's wallet (the user's click). Does
    //! nothing unless canConfirm.
    Q_INVOKABLE void confirm();
    //! Pays the invoice under review by a QR code for a phone wallet (WaitingForPhone).
    Q_INVOKABLE void payWithPhone();
    //! The preimage the phone shows after paying. False, with errorText, when it is not this
    //! invoice's; then the code stays up.
    Q_INVOKABLE bool submitPreimage(const QString &text);
    //! Before paying: drops the flow (Idle, nothing paid). While the QR code is shown: closes
    //! it and leaves the payment Pending (the phone may still pay). No effect while Paying.
    Q_INVOKABLE void cancel();
    //! Pending: looks the payment up by hash (never pays again).
    Q_INVOKABLE void resume();

    //! For a paid market call: review `invoice` as the price agreed for `action` (the journal's
    //! name for it, e.g. "402ai.accept"), bounded by `agreed`, with `reason` as the words shown.
    void startPaidCall(const QString &invoice, MilliSats agreed, const QString &reason,
                       const QString &action = {});
    //! How long a node may take before the payment is Pending (tests shorten it).
    void setPayTimeout(std::chrono::milliseconds timeout);
    //! Unix seconds now; replaceable so the countdown can be tested.
    void setClock(std::function<qint64()> nowSecs);

Q_SIGNALS:
    void sessionChanged();
    void requestChanged();
    void reasonChanged();
    void stateChanged();
    void reviewChanged();
    void secondsLeftChanged();
    void resultChanged();
    void qrChanged();

private:
    //! While the wallet or the phone has the payment, the flow's inputs stay as they are.
    bool busy() const { return m_state == State::Paying || m_state == State::WaitingForPhone; }
    EngineSession *engine() const;
    void setState(State state, const QString &errorText = {});
    void clearFlow();
    void resolve();
    void resolveLnurl(const QUrl &url);
    void requestLnurlInvoice();
    QString engineProblem() const;
    SpendingLimits limits() const;
    void showInvoice(const QString &text);
    void refreshReview();
    void loadWallet();
    void tick();
    void finish(const PayResult &result);
    void onOffered(const QrOffer &offer);
    PayOrder order() const;
    PayFlowPayer *payer();
    qint64 now() const;

    QPointer<Session> m_session;
    QString m_request;
    QString m_reason;
    QString m_action;                  //!< set by startPaidCall
    std::optional<MilliSats> m_agreed; //!< set by startPaidCall
    qint64 m_amountInput = 0;
    std::optional<MilliSats> m_maxFee; //!< this payment's own fee limit, when the user set one
    QString m_maxFeeError;
    State m_state = State::Idle;
    QString m_errorText;
    quint64 m_generation = 0; //!< a new request drops late answers to the old one

    QUrl m_origin;
    std::optional<LnurlPayRequest> m_lnurl;
    std::optional<Bolt11Invoice> m_invoice;
    PayReview m_review;
    std::optional<Network> m_walletNetwork;
    QString m_walletProblem;
    bool m_walletLoading = false;

    std::unique_ptr<PayFlowPayer> m_payer;
    QPointer<EngineSession> m_payerEngine; //!< the engine m_payer acts through
    std::chrono::milliseconds m_payTimeout = PaymentBackend::defaultPayTimeout;
    qint64 m_journalId = 0;
    std::optional<Preimage> m_preimage;
    MilliSats m_fee;
    QString m_resultText;
    QString m_qrInvoice;
    QImage m_qrImage;
    QString m_qrImageUrl;
    QTimer m_ticker;
    std::function<qint64()> m_now;
};

} // namespace lw

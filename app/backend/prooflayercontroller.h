// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "prooflayerfeedmodel.h"
#include "prooflayerpayoutmodel.h"
#include "prooflayersubmitform.h"
#include "session.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace lw {

class ProofLayerClient;

//! The ProofLayer screen of the current profile's ProofLayer account, acting as
//! `lightwork-cli prooflayer` does: the worker's registration (the Lightning Address checked
//! through LNURL first, the worker id kept with the account), the task feed from the offline
//! copy and the market, claiming (free at ProofLayer: nothing is paid), the result form, the
//! payouts and the reputation. Everything the market wrote is plain, bounded text.
class ProofLayerController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(AccountState accountState READ accountState NOTIFY accountChanged FINAL)
    //! Why the profile has no usable account (translated); empty otherwise.
    Q_PROPERTY(QString accountText READ accountText NOTIFY accountChanged FINAL)
    Q_PROPERTY(QString workerId READ workerId NOTIFY accountChanged FINAL)

    // Registration.
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY formChanged FINAL)
    Q_PROPERTY(QString lightningAddress READ lightningAddress WRITE setLightningAddress NOTIFY
                   formChanged FINAL)
    Q_PROPERTY(AddressState addressState READ addressState NOTIFY addressChanged FINAL)
    //! The payee as its LNURL answer names it, and what it accepts (translated).
    Q_PROPERTY(QString payeeText READ payeeText NOTIFY addressChanged FINAL)
    Q_PROPERTY(QString payeeRangeText READ payeeRangeText NOTIFY addressChanged FINAL)
    Q_PROPERTY(QString addressError READ addressError NOTIFY addressChanged FINAL)
    Q_PROPERTY(bool registering READ registering NOTIFY registeringChanged FINAL)
    Q_PROPERTY(QString registerError READ registerError NOTIFY registeringChanged FINAL)

    // The worker's profile, as the market returns it.
    Q_PROPERTY(QString workerName READ workerName NOTIFY profileChanged FINAL)
    Q_PROPERTY(QString payoutAddress READ payoutAddress NOTIFY profileChanged FINAL)
    Q_PROPERTY(bool hasReputation READ hasReputation NOTIFY profileChanged FINAL)
    Q_PROPERTY(QString reputationText READ reputationText NOTIFY profileChanged FINAL)
    //! The score on a 0 … 10 bar (the market's scale is not documented; the bonus starts
    //! above 10).
    Q_PROPERTY(double reputationFraction READ reputationFraction NOTIFY profileChanged FINAL)
    Q_PROPERTY(QString tierText READ tierText NOTIFY profileChanged FINAL)
    Q_PROPERTY(QString completedJobsText READ completedJobsText NOTIFY profileChanged FINAL)
    Q_PROPERTY(QString multiplierText READ multiplierText NOTIFY profileChanged FINAL)
    Q_PROPERTY(QString totalEarnedText READ totalEarnedText NOTIFY profileChanged FINAL)

    // Lists and actions.
    Q_PROPERTY(lw::ProofLayerFeedModel *feed READ feed CONSTANT FINAL)
    Q_PROPERTY(lw::ProofLayerPayoutModel *payouts READ payouts CONSTANT FINAL)
    Q_PROPERTY(lw::ProofLayerSubmitForm *submitForm READ submitForm CONSTANT FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    //! Why the last refresh failed (translated, may quote the market); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! What claiming costs, shown before the user claims.
    Q_PROPERTY(QString claimPriceText READ claimPriceText CONSTANT FINAL)
    Q_PROPERTY(QString claimingTaskId READ claimingTaskId NOTIFY claimChanged FINAL)
    Q_PROPERTY(QString claimText READ claimText NOTIFY claimChanged FINAL)
    Q_PROPERTY(QString claimError READ claimError NOTIFY claimChanged FINAL)

public:
    enum class AccountState { Loading, NoAccount, Unregistered, Registered };
    Q_ENUM(AccountState)
    enum class AddressState { Unchecked, Checking, Valid, Invalid };
    Q_ENUM(AddressState)

    explicit ProofLayerController(QObject *parent = nullptr);
    ~ProofLayerController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    AccountState accountState() const { return m_accountState; }
    QString accountText() const { return m_accountText; }
    QString workerId() const { return m_account.remoteId; }
    qint64 accountId() const { return m_account.id; }

    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name);
    QString lightningAddress() const { return m_address; }
    void setLightningAddress(const QString &address);
    AddressState addressState() const { return m_addressState; }
    QString payeeText() const { return m_payeeText; }
    QString payeeRangeText() const { return m_payeeRangeText; }
    QString addressError() const { return m_addressError; }
    bool registering() const { return m_registering; }
    QString registerError() const { return m_registerError; }

    QString workerName() const { return m_worker.displayName; }
    QString payoutAddress() const { return m_worker.lightningAddress; }
    bool hasReputation() const { return m_worker.reputationScore.has_value(); }
    QString reputationText() const;
    double reputationFraction() const;
    QString tierText() const;
    QString completedJobsText() const;
    QString multiplierText() const;
    QString totalEarnedText() const { return m_totalEarnedText; }

    ProofLayerFeedModel *feed() { return &m_feed; }
    ProofLayerPayoutModel *payouts() { return &m_payouts; }
    ProofLayerSubmitForm *submitForm() { return &m_submitForm; }
    bool busy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    QString claimPriceText() const;
    QString claimingTaskId() const { return m_claimingTaskId; }
    QString claimText() const { return m_claimText; }
    QString claimError() const { return m_claimError; }

    //! Reads the Lightning Address's LNURL-pay answer (nothing is registered).
    Q_INVOKABLE void checkAddress();
    //! Registers the worker once the address was checked; the id is kept with the account.
    Q_INVOKABLE void registerWorker();
    //! Asks the market for the feed, this worker's tasks, profile and payouts.
    Q_INVOKABLE void refresh();
    //! Claims an open task for this worker (first come, first served; nothing is paid).
    Q_INVOKABLE void claim(const QString &taskId);
    //! Chooses a task of the feed for the result form.
    Q_INVOKABLE void chooseForSubmit(const QString &taskId);

Q_SIGNALS:
    void sessionChanged();
    void accountChanged();
    void formChanged();
    void addressChanged();
    void registeringChanged();
    void profileChanged();
    void busyChanged();
    void errorTextChanged();
    void claimChanged();

private:
    void reload();
    void loadFeedFromCache();
    QFuture<Result<ProofLayerClient *, AppError>> client();
    //! Runs `then` with the client unless the profile changed meanwhile.
    template <typename Then>
    void withClient(Then then);
    void fetchFeed(ProofLayerClient *client);
    void fetchMine(ProofLayerClient *client);
    void fetchWorker(ProofLayerClient *client);
    void keepMine(const ProofLayerTask &task);
    void begin();
    void end();
    void setError(const QString &text);
    void setAddressState(AddressState state, const QString &error = {});
    QFuture<Result<ProofLayerTask, AppError>> send(const QString &taskId,
                                                   const ProofLayerSubmission &submission);

    QPointer<Session> m_session;
    MarketAccount m_account;
    AccountState m_accountState = AccountState::Loading;
    QString m_accountText;
    quint64 m_generation = 0; //!< counts reloads, so a late answer of another profile is dropped
    QString m_displayName;
    QString m_address;
    AddressState m_addressState = AddressState::Unchecked;
    QString m_checkedAddress;
    QString m_payeeText;
    QString m_payeeRangeText;
    QString m_addressError;
    bool m_registering = false;
    QString m_registerError;
    ProofLayerWorker m_worker;
    QString m_totalEarnedText;
    ProofLayerFeedModel m_feed;
    ProofLayerPayoutModel m_payouts;
    ProofLayerSubmitForm m_submitForm;
    int m_pending = 0;
    QString m_errorText;
    QString m_claimingTaskId;
    QString m_claimText;
    QString m_claimError;
    QTimer m_poll; //!< while a submitted result waits for its payout
};

} // namespace lw

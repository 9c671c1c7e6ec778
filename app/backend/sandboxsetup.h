// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "pay/paymentgate.h"
#include "sandboxdirectory.h"

#include <QFuture>
#include <QObject>

namespace lw {

class EngineSession;
class HireClient;

//! Sets the app up on a running sandbox: profiles "buyer" and "worker", each with a phoenixd
//! connection to the sandbox wallet of the same name (tested, made default) and a 402ai
//! account (its token in the SecretStore, topped up from the wallet through the payment gate);
//! the worker also registers at ProofLayer when the sandbox serves it. Every step finds what an
//! earlier run stored and reuses it, so running it again (after a failure, or twice) completes
//! the set-up without making a second of anything.
class SandboxSetup : public QObject {
    Q_OBJECT

public:
    SandboxSetup(EngineSession &engine, QUrl sandboxUrl, QByteArray adminKey,
                 QObject *parent = nullptr);

    //! Ends in the buyer profile.
    QFuture<Result<bool, AppError>> run();
    //! True for the top-ups this set-up asked for (the user chose the sandbox, which funds
    //! them); every other payment is the user's to confirm.
    bool approves(const PaymentPrompt &prompt) const;

    //! The sandbox the data folder was set up on ("" when none), kept in the database.
    static QString recordedSandbox(const Database &db);
    static Result<bool, AppError> recordSandbox(const Database &db, const QUrl &sandboxUrl);

    static constexpr qint64 buyerTopupSats = 5'000;
    static constexpr qint64 workerTopupSats = 1'000;

private:
    using Step = QFuture<Result<bool, AppError>>;
    struct Role {
        QString name; //!< the profile's and the sandbox wallet's
        qint64 topupSats = 0;
        bool proofLayer = false;
    };

    Step setUpProfile(const Role &role);
    Step ensureWallet(qint64 profileId, const SandboxWallet &wallet);
    QFuture<Result<HireClient *, AppError>> ensureHireAccount(qint64 profileId);
    Step topUp(HireClient *client, MilliSats target);
    Step ensureProofLayer(qint64 profileId, const SandboxWallet &wallet);

    EngineSession &m_engine;
    QUrl m_url;
    QByteArray m_adminKey;
    SandboxDirectory m_directory;
    MilliSats m_approvedTopup{0};
};

} // namespace lw

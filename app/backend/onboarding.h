// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace lw {

class Database;

//! "Connect my market and wallet" on first run: name the profile, connect a wallet (the page
//! uses a WalletSetup for it, or skips), add market accounts, finish. A 402ai account is
//! created at the market and its prepaid top-up invoice handed to the Pay dialog (wallet or
//! phone); the preimage the dialog got claims it. An existing X-Token can be pasted instead,
//! and ProofLayer or tools markets are added by address after a test request. Tokens go to
//! the keychain through the engine and are never readable from QML.
class Onboarding : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged FINAL)
    //! A request to a market or the keychain is under way: the actions wait.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    //! Translated: why the last action did not happen; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    Q_PROPERTY(QString profileName READ profileName WRITE setProfileName NOTIFY fieldsChanged FINAL)
    //! "402ai", "prooflayer" or "tools".
    Q_PROPERTY(QString marketKind READ marketKind WRITE setMarketKind NOTIFY fieldsChanged FINAL)
    Q_PROPERTY(QString marketUrl READ marketUrl WRITE setMarketUrl NOTIFY fieldsChanged FINAL)
    //! The user's name for the account; empty: the kind's name.
    Q_PROPERTY(QString accountName READ accountName WRITE setAccountName NOTIFY fieldsChanged FINAL)
    //! A token was handed over with setToken() and waits for addAccount().
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY fieldsChanged FINAL)
    //! The first top-up of a new 402ai account, in sats.
    Q_PROPERTY(int topupSats READ topupSats WRITE setTopupSats NOTIFY fieldsChanged FINAL)
    //! The new 402ai account's top-up invoice to pay in the Pay dialog; empty when none waits.
    Q_PROPERTY(QString topupInvoice READ topupInvoice NOTIFY topupChanged FINAL)
    //! The profile's market accounts, one line each ("402ai – 402ai.net, 1000 sat").
    Q_PROPERTY(QStringList accounts READ accounts NOTIFY accountsChanged FINAL)
    //! The profile has a wallet connection.
    Q_PROPERTY(bool hasWallet READ hasWallet NOTIFY accountsChanged FINAL)
    //! The data folder was set up this way (now or in an earlier run).
    Q_PROPERTY(bool recorded READ recorded NOTIFY accountsChanged FINAL)

public:
    enum class Step { Profile, Wallet, Market, Done };
    Q_ENUM(Step)

    explicit Onboarding(QObject *parent = nullptr);

    //! Whether a profile was connected this way in the data folder (kept in its meta table).
    static bool isRecorded(const Database &db);
    static constexpr int minTopupSats = 100;
    static constexpr int maxTopupSats = 1'000'000;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name);
    QString marketKind() const { return m_marketKind; }
    void setMarketKind(const QString &kind);
    QString marketUrl() const { return m_marketUrl; }
    void setMarketUrl(const QString &url);
    QString accountName() const { return m_accountName; }
    void setAccountName(const QString &name);
    bool hasToken() const { return !m_token.isEmpty(); }
    int topupSats() const { return m_topupSats; }
    void setTopupSats(int sats);
    QString topupInvoice() const { return m_topupInvoice; }
    QStringList accounts() const { return m_accounts; }
    bool hasWallet() const;
    bool recorded() const;

    //! Takes an existing 402ai X-Token (the page clears its field right after).
    Q_INVOKABLE void setToken(const QString &token);
    Q_INVOKABLE void clearToken();
    //! Creates (or takes) the named profile and makes it current; then the wallet step.
    Q_INVOKABLE void saveProfile();
    //! After the wallet was saved, or to skip it: the market step.
    Q_INVOKABLE void continueToMarket();
    //! Adds the market account from the fields: a pasted token (402ai), or ProofLayer or tools
    //! by address. Checked by a test request first.
    Q_INVOKABLE void addAccount();
    //! Creates a 402ai account at marketUrl and asks for its top-up invoice (topupInvoice).
    Q_INVOKABLE void createHireAccount();
    //! The preimage the Pay dialog got for topupInvoice: claims the top-up.
    Q_INVOKABLE void claimTopup(const QString &preimageHex);
    //! One step back (nothing stored is undone).
    Q_INVOKABLE void back();
    //! Ends the flow in the app: the profile is remembered as set up.
    Q_INVOKABLE void finish();

Q_SIGNALS:
    void sessionChanged();
    void stepChanged();
    void busyChanged();
    void errorTextChanged();
    void fieldsChanged();
    void topupChanged();
    void accountsChanged();
    //! The flow ended with at least one account: the app shell can show.
    void finished();

private:
    EngineSession *engine() const;
    //! The engine, or nullptr with errorText set (the keychain is missing, still opening).
    EngineSession *ready();
    void setStep(Step step);
    void setBusy(bool busy);
    void setError(const QString &text);
    void reloadAccounts();
    MarketKind kind() const;
    QString nameForAccount() const;
    void requestTopup(qint64 accountId);

    QPointer<Session> m_session;
    Step m_step = Step::Profile;
    bool m_busy = false;
    QString m_errorText;
    QString m_profileName;
    QString m_marketKind = QStringLiteral("402ai");
    QString m_marketUrl;
    QString m_accountName;
    QByteArray m_token; //!< a secret: never logged, never read back by QML
    int m_topupSats = 1'000;
    QString m_topupInvoice;
    qint64 m_topupAccount = 0;
    QStringList m_accounts;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"
#include "walletregistry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace lw {

//! Connects one wallet to the current profile: the user picks a `kind`, fills in what it needs,
//! presses Test connection (test(): Testing → Tested, or Failed with the precise reason), then
//! Save (save()). Nothing is stored unless the test passed with exactly the fields given; the
//! settings go to SQLite, the secret to the keychain (read back before it counts). The secret
//! is never read back to QML and is forgotten once saved.
class WalletSetup : public QObject {
    Q_OBJECT
    QML_ELEMENT

    //! The app's Session (`WalletSetup { session: Session }`).
    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! "phoenixd", "lnd", "cln", "lnbits", "nwc" or "qr" (a phone wallet); see `kinds`.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged FINAL)
    //! Every kind, in the order the page lists them.
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT FINAL)
    //! What the chosen kind asks for: an address, optionally a certificate, and a secret,
    //! whose name (translated: "phoenixd http-password", …) labels the field.
    Q_PROPERTY(bool needsUrl READ needsUrl NOTIFY kindChanged FINAL)
    Q_PROPERTY(bool takesCertificate READ takesCertificate NOTIFY kindChanged FINAL)
    Q_PROPERTY(bool needsSecret READ needsSecret NOTIFY kindChanged FINAL)
    Q_PROPERTY(QString secretName READ secretName NOTIFY kindChanged FINAL)
    //! The wallet's API address (https://, or http:// on this computer).
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY fieldsChanged FINAL)
    //! A PEM file to trust for a self-signed node (LND's tls.cert); a path or a file: URL.
    Q_PROPERTY(QString certificateFile READ certificateFile WRITE setCertificateFile NOTIFY
                   fieldsChanged FINAL)
    //! Write-only: the password, macaroon, key, rune or NWC URI. Always reads empty.
    Q_PROPERTY(QString secret READ secret WRITE setSecret NOTIFY fieldsChanged FINAL)
    Q_PROPERTY(bool hasSecret READ hasSecret NOTIFY fieldsChanged FINAL)
    //! "bitcoin" (default), "testnet", "signet" or "regtest": the chain the wallet must be on.
    Q_PROPERTY(QString network READ network WRITE setNetwork NOTIFY fieldsChanged FINAL)
    //! Accept credentials that can receive but not pay (an LNbits invoice key, phoenixd's
    //! limited password); the test then does not ask for pay permission.
    Q_PROPERTY(bool receiveOnly READ receiveOnly WRITE setReceiveOnly NOTIFY fieldsChanged FINAL)

    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! Failed: why, translated; one sentence per errorCode.
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged FINAL)
    //! Failed: "unreachable", "tls_mismatch", "auth_failed", "wrong_network",
    //! "no_pay_permission", "bad_response", "invalid" (a field), "storage" or "no_keychain".
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stateChanged FINAL)
    //! Tested: what the wallet reported (network translated name, alias, spendable balance).
    Q_PROPERTY(QString testedNetwork READ testedNetwork NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString alias READ alias NOTIFY stateChanged FINAL)
    Q_PROPERTY(qint64 balanceSats READ balanceSats NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY stateChanged FINAL)
    //! Test connection / Save may be pressed.
    Q_PROPERTY(bool canTest READ canTest NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool canSave READ canSave NOTIFY stateChanged FINAL)

public:
    enum class State { Idle, Testing, Tested, Failed, Saving, Saved };
    Q_ENUM(State)

    explicit WalletSetup(QObject *parent = nullptr);
    ~WalletSetup() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    static QStringList kinds();
    bool needsUrl() const;
    bool takesCertificate() const;
    bool needsSecret() const;
    QString secretName() const;
    QString url() const { return m_url; }
    void setUrl(const QString &url);
    QString certificateFile() const { return m_certificateFile; }
    void setCertificateFile(const QString &file);
    QString secret() const { return {}; }
    void setSecret(const QString &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }
    QString network() const { return m_network; }
    void setNetwork(const QString &network);
    bool receiveOnly() const { return m_receiveOnly; }
    void setReceiveOnly(bool receiveOnly);
    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    QString errorCode() const { return m_errorCode; }
    QString testedNetwork() const { return m_testedNetwork; }
    QString alias() const { return m_alias; }
    qint64 balanceSats() const { return m_balance.floorSats(); }
    QString balanceText() const;
    bool canTest() const;
    bool canSave() const { return m_state == State::Tested; }

    //! Tests the connection with the fields as they are (nothing is stored).
    Q_INVOKABLE void test();
    //! Stores the tested connection as `name` in the current profile, the default one when
    //! `makeDefault` (the first connection always is). Refused unless Tested.
    Q_INVOKABLE void save(const QString &name, bool makeDefault = true);

Q_SIGNALS:
    void sessionChanged();
    void kindChanged();
    void fieldsChanged();
    void stateChanged();
    //! Saved: the profile's connections changed.
    void saved(const QString &name);

private:
    EngineSession *engine() const;
    void setState(State state);
    void fail(const AppError &error);
    void fieldChanged();
    Result<WalletRegistry::Checked, AppError> checkFields() const;
    QString explain(const AppError &error) const;

    QPointer<Session> m_session;
    QString m_kind = QStringLiteral("phoenixd");
    QString m_url;
    QString m_certificateFile;
    QByteArray m_secret;
    QString m_network = QStringLiteral("bitcoin");
    bool m_receiveOnly = false;
    State m_state = State::Idle;
    QString m_errorText;
    QString m_errorCode;
    QString m_testedNetwork;
    QString m_alias;
    MilliSats m_balance;
    std::optional<WalletRegistry::Checked> m_tested; //!< what passed the test
    quint64 m_generation = 0;                        //!< a changed field drops a late answer
};

} // namespace lw

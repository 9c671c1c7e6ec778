// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace lw {

class AutoTopUpRunner;
class Wallet;

//! The balance of one wallet of the current profile: the default one unless `walletName`
//! names another (asked only when the user picks it). refresh() asks the wallet; a wallet that
//! cannot be reached keeps the last balance with `errorText` saying why. After each refresh
//! the profile's automatic top-up runs (when the user turned it on); `autoTopUpText` says
//! what it did.
class WalletBalance : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! Empty: the profile's default wallet.
    Q_PROPERTY(
        QString walletName READ walletName WRITE setWalletName NOTIFY walletNameChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY changed FINAL)
    //! The wallet asked (the default's name when walletName is empty).
    Q_PROPERTY(QString shownWallet READ shownWallet NOTIFY changed FINAL)
    Q_PROPERTY(qint64 balanceSats READ balanceSats NOTIFY changed FINAL)
    //! "12345 sat"; empty before the first answer.
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY changed FINAL)
    //! When the balance shown was read; invalid before.
    Q_PROPERTY(QDateTime refreshedAt READ refreshedAt NOTIFY changed FINAL)
    //! Translated: why the last refresh failed, or that there is no wallet; else empty.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed FINAL)
    //! Translated: what the automatic top-up last did; empty while it is off.
    Q_PROPERTY(QString autoTopUpText READ autoTopUpText NOTIFY autoTopUpTextChanged FINAL)

public:
    enum class State { NoWallet, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit WalletBalance(QObject *parent = nullptr);
    ~WalletBalance() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString walletName() const { return m_walletName; }
    void setWalletName(const QString &name);
    State state() const { return m_state; }
    QString shownWallet() const { return m_shown; }
    qint64 balanceSats() const { return m_balanceSats; }
    QString balanceText() const;
    QDateTime refreshedAt() const { return m_refreshedAt; }
    QString errorText() const { return m_errorText; }
    QString autoTopUpText() const;

    //! Asks the wallet now (the Refresh button; also on session and wallet changes).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void walletNameChanged();
    void changed();
    void autoTopUpTextChanged();

private:
    void setFailed(const QString &text);
    void done(quint64 generation, const Result<MilliSats, AppError> &balance);

    QPointer<Session> m_session;
    QString m_walletName;
    State m_state = State::NoWallet;
    QString m_shown;
    qint64 m_balanceSats = 0;
    bool m_known = false;
    QDateTime m_refreshedAt;
    QString m_errorText;
    quint64 m_generation = 0;        //!< a newer refresh drops the older answer
    std::shared_ptr<Wallet> m_other; //!< a non-default wallet while it is asked
    AutoTopUpRunner *m_autoTopUp = nullptr;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletbalance.h"

#include "enginesession.h"
#include "sessionbinding.h"
#include "walletbalancetopup.h"

namespace lw {

WalletBalance::WalletBalance(QObject *parent)
    : QObject(parent)
    , m_autoTopUp(new AutoTopUpRunner(this))
{
    connect(m_autoTopUp, &AutoTopUpRunner::statusChanged, this,
            &WalletBalance::autoTopUpTextChanged);
}

WalletBalance::~WalletBalance() = default;

void WalletBalance::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &WalletBalance::refresh))
        return;
    Q_EMIT sessionChanged();
    refresh();
}

void WalletBalance::setWalletName(const QString &name)
{
    if (name == m_walletName)
        return;
    m_walletName = name;
    Q_EMIT walletNameChanged();
    m_known = false; // another wallet's balance is not this one's
    m_refreshedAt = QDateTime();
    refresh();
}

QString WalletBalance::balanceText() const
{
    //: The Wallet page's balance; %1 is a whole number of sats.
    return m_known ? tr("%1 sat").arg(m_balanceSats) : QString();
}

QString WalletBalance::autoTopUpText() const
{
    return m_autoTopUp->statusText();
}

void WalletBalance::setFailed(const QString &text)
{
    m_state = State::Failed;
    m_errorText = text;
    Q_EMIT changed();
}

void WalletBalance::refresh()
{
    const quint64 generation = ++m_generation;
    m_other.reset();
    EngineSession *e = m_session ? m_session->engine() : nullptr;
    if (!e) {
        m_state = State::NoWallet;
        m_shown.clear();
        m_known = false;
        m_errorText.clear();
        Q_EMIT changed();
        return;
    }
    AccountStore &store = e->accounts();
    auto connection = m_walletName.isEmpty() ? store.defaultWallet(e->profile().id)
                                             : store.wallet(e->profile().id, m_walletName);
    if (!connection)
        return setFailed(connection.error().message);
    if (!*connection) {
        m_state = State::NoWallet;
        m_shown.clear();
        m_known = false;
        //: The Wallet page's balance, when the profile has no wallet connected.
        m_errorText = tr("No wallet is connected to this profile.");
        Q_EMIT changed();
        return;
    }
    m_shown = (*connection)->name;
    if ((*connection)->kind == u"qr") {
        m_state = State::Failed;
        //: The Wallet page's balance, for a phone wallet.
        m_errorText = tr("A phone wallet shows its balance on the phone.");
        Q_EMIT changed();
        return;
    }
    m_state = State::Loading;
    m_errorText.clear();
    Q_EMIT changed();
    const auto answer = [this, generation](const Result<MilliSats, AppError> &balance) {
        done(generation, balance);
    };
    if (m_walletName.isEmpty()) {
        e->requireWallet().then(this,
                                [this, generation, answer](const Result<Wallet *, AppError> &w) {
                                    if (generation != m_generation)
                                        return;
                                    if (!w) {
                                        answer(lw::fail(w.error()));
                                        return;
                                    }
                                    (*w)->balance().then(this, answer);
                                });
        return;
    }
    const WalletConnection c = **connection;
    e->walletSecret(c).then(
        this, [this, generation, c, answer](const Result<QByteArray, AppError> &secret) {
            EngineSession *engine = m_session ? m_session->engine() : nullptr;
            if (generation != m_generation || !engine)
                return;
            if (!secret) {
                answer(lw::fail(secret.error()));
                return;
            }
            auto made = engine->createWallet(c, *secret);
            if (!made) {
                answer(lw::fail(made.error()));
                return;
            }
            m_other = std::shared_ptr<Wallet>(std::move(*made));
            m_other->balance().then(this, answer);
        });
}

void WalletBalance::done(quint64 generation, const Result<MilliSats, AppError> &balance)
{
    if (generation != m_generation)
        return;
    if (!balance)
        return setFailed(balance.error().message); // the last balance stays, with its time
    m_state = State::Ready;
    m_errorText.clear();
    m_balanceSats = balance->floorSats();
    m_known = true;
    m_refreshedAt = QDateTime::currentDateTime();
    Q_EMIT changed();
    if (m_walletName.isEmpty())
        m_autoTopUp->run(m_session); // the wallet answered: top the markets up if set to
}

} // namespace lw

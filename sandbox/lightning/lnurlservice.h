// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace lw::sandbox {

class Clock;
class Database;
class Entropy;
class LightningNode;
class Router;
struct Response;

//! LNURL served by the sandbox: a Lightning Address (LUD-16, LUD-06 with LUD-12 comments) for
//! every wallet, and one-shot LNURL-withdraw links (LUD-03) for refunds. It also pays
//! Lightning Addresses the way a real service would: over HTTP, through LNURL-pay.
class LnurlService : public QObject {
    Q_OBJECT

public:
    LnurlService(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
                 const QUrl &base, QObject *parent = nullptr);

    void addRoutes(Router &router);
    void reset();

    struct WithdrawLink {
        QString k1;
        QString lnurl; //!< bech32, upper case
    };
    WithdrawLink createWithdraw(const QString &walletId, qint64 amountSats,
                                const QString &description, const QString &reference,
                                qint64 validSeconds);
    QString withdrawStatus(const QString &k1);

    struct AddressPayment {
        bool ok = false;
        QString paymentHash;
        QString preimage;
        QString reason;
    };
    //! LUD-16 → LUD-06 → pay the invoice from `walletId`, as a paying service would. Only the
    //! sandbox's own addresses are reachable (there is no internet here), so the exchange runs
    //! in-process through the handlers that serve it over HTTP.
    void payAddress(const QString &walletId, const QString &address, qint64 amountMsat,
                    const QString &comment, std::function<void(AddressPayment)> done);

    //! name@host[:port], lower case (LUD-16).
    static bool isLightningAddress(const QString &address);

    static constexpr qint64 minSendableMsat = 1'000;
    static constexpr qint64 maxSendableMsat = 100'000'000'000; // 1 BTC

private:
    QString metadata(const QString &user) const;
    Response payRequest(const QString &user);
    Response payCallback(const QString &user, const QString &amountMsat, const QString &comment);

    Database &m_db;
    Clock &m_clock;
    Entropy &m_entropy;
    LightningNode &m_node;
    QUrl m_base;
};

} // namespace lw::sandbox

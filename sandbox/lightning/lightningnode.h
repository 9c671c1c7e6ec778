// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "lightning/millisats.h"
#include "lightning/network.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

namespace lw::sandbox {

class Clock;
class Database;
class Entropy;

//! A wallet on the sandbox node (a user's, or a market's own).
struct Wallet {
    QString id;
    QString name;
    qint64 balanceMsat = 0;
    QString phoenixdPassword;
    QString lnbitsAdminKey;
    QString lnbitsInvoiceKey;
};

struct InvoiceRecord {
    QString paymentHash;
    QString walletId;
    QString bolt11;
    QString preimage;
    std::optional<qint64> amountMsat;
    QString description;
    QString externalId;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> paidAtMs;
    qint64 receivedMsat = 0;
};

struct PaymentRecord {
    QString id;
    QString walletId;
    QString paymentHash;
    QString bolt11;
    qint64 amountMsat = 0;
    qint64 feeMsat = 0;
    QString status; //!< "pending", "succeeded", "failed"
    QString preimage;
    QString reason;
    qint64 createdAtMs = 0;
    std::optional<qint64> completedAtMs;
};

//! One simulated Lightning node holding every sandbox wallet. Its invoices are real signed
//! BOLT 11 (regtest); paying one moves sats between wallets and reveals the real preimage.
//! Anything it did not issue is "foreign" and can't be paid.
class LightningNode : public QObject {
    Q_OBJECT

public:
    struct Settings {
        int settleDelayMs = 0; //!< how long a payment stays in flight
        int failPercent = 0;   //!< payments that fail as if the route broke
        quint32 failSeed = 0;
    };

    LightningNode(Database &db, Entropy &entropy, Clock &clock, Settings settings,
                  QObject *parent = nullptr);

    PublicKey nodeId() const { return m_nodeId; }
    qint64 nowMs() const;

    //! Creates the wallet, or returns the existing one with that name untouched.
    Wallet ensureWallet(const QString &name, qint64 initialMsat);
    std::optional<Wallet> walletByName(const QString &name);
    std::optional<Wallet> walletById(const QString &id);
    //! The wallet whose full-access or limited-access phoenixd password this is; fullAccess
    //! tells which.
    std::optional<Wallet> walletByPhoenixdPassword(const QString &password,
                                                   bool *fullAccess = nullptr);
    //! phoenixd's http-password-limited-access: receives, never pays. Derived from the full
    //! password so that it needs no column of its own.
    static QString limitedPassword(const Wallet &wallet);
    //! With `admin` set, only an admin key matches; otherwise either key does.
    std::optional<Wallet> walletByLnbitsKey(const QString &key, bool *isAdminKey);
    QList<Wallet> wallets();
    bool credit(const QString &walletId, qint64 msat);

    struct InvoiceRequest {
        std::optional<MilliSats> amount;
        QString description;
        std::optional<Hash32> descriptionHash; //!< instead of the description (LNURL-pay)
        qint64 expirySeconds = 3600;
        QString externalId;
        std::optional<qint64> timestampSecs; //!< now when absent; set only to tamper
        Network network = Network::Regtest;  //!< the node's; another only to tamper
    };
    std::optional<InvoiceRecord> createInvoice(const QString &walletId,
                                               const InvoiceRequest &request);
    std::optional<InvoiceRecord> invoice(const QString &paymentHash);

    struct PayResult {
        enum class Kind { Sent, Failed, BadRequest };
        Kind kind = Kind::Failed;
        PaymentRecord payment;
        QString message; //!< failure reason or bad-request text
    };
    //! Pays from a wallet. Answers once the payment settles or fails (after the settle delay);
    //! the payment is visible as pending meanwhile. amountOverride is phoenixd's amountSat.
    void pay(const QString &walletId, const QString &bolt11,
             std::optional<MilliSats> amountOverride, std::function<void(PayResult)> done);
    //! The wallet's best attempt for a hash: succeeded, else pending, else failed.
    std::optional<PaymentRecord> outgoingByHash(const QString &walletId,
                                                const QString &paymentHash);
    //! The wallet's in-flight payment of this invoice, if any.
    std::optional<PaymentRecord> pendingPayment(const QString &walletId, const QString &bolt11);
    std::optional<PaymentRecord> outgoingById(const QString &walletId, const QString &paymentId);

    //! Forgets every invoice and payment and every wallet not named here; the named ones get
    //! these balances back and keep their ids and keys.
    void reset(const QHash<QString, qint64> &startBalancesMsat);

Q_SIGNALS:
    void invoicePaid(const QString &paymentHash, const QString &walletId);

private:
    void settle(const QString &paymentId, std::function<void(PayResult)> done);
    PayResult failed(PaymentRecord payment, const QString &reason);

    Database &m_db;
    Entropy &m_entropy;
    Clock &m_clock;
    Settings m_settings;
    QRandomGenerator m_failRandom;
    PrivateKey m_key;
    PublicKey m_nodeId;
};

} // namespace lw::sandbox

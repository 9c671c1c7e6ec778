// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "l402/macaroon.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lw::sandbox {

class Clock;
class Database;
class LightningNode;
class Tamper;

//! Issues and checks a market's L402 challenges: a macaroon bound to a fresh sandbox invoice.
//! 402ai mints pymacaroons V1 (identifier = the hex payment hash, caveats payment_hash,
//! amount_sats, account_id); aperture-style markets mint V2 with the binary L402 identifier.
class L402Issuer {
public:
    enum class Format { PyMacaroonsV1, ApertureV2 };
    struct Config {
        QString market;   //!< names the root key and the wallet the invoices pay
        QString location; //!< macaroon location
        Format format = Format::PyMacaroonsV1;
        bool persistUsedHashes = false; //!< false: forgotten on restart, as 402ai's memory set
    };

    struct Challenge {
        QString token;
        QString invoice;     //!< empty when tampered to carry none
        QString paymentHash; //!< the macaroon's (a tampered invoice may have another)
        qint64 amountSats = 0;
    };
    struct Credential {
        Macaroon macaroon;
        QString paymentHash;
        QMap<QString, QString> caveats; //!< first-party "key=value" caveats
    };
    enum class Failure { NotL402, Format, Signature, Preimage, Used };
    struct CheckError {
        Failure failure;
        QString message;
    };

    L402Issuer(Database &db, Clock &clock, LightningNode &node, const QString &walletId,
               Config config);
    //! The sandbox's tamper settings, which issue() then follows.
    void setTamper(Tamper *tamper) { m_tamper = tamper; }

    std::optional<Challenge> issue(qint64 amountSats, const QString &invoiceDescription,
                                   const QList<QByteArray> &extraCaveats,
                                   qint64 expirySeconds = 3600);
    //! `L402 macaroon="…", invoice="…"` (no invoice parameter when the challenge has none)
    static QByteArray wwwAuthenticate(const Challenge &challenge,
                                      const QByteArray &scheme = "L402");

    //! Checks an Authorization header's L402 credential, in 402ai's order: format, signature,
    //! preimage, replay. Does not consume it.
    Result<Credential, CheckError> check(const QByteArray &authorization) const;
    void consume(const QString &paymentHash);
    bool isUsed(const QString &paymentHash) const;
    qint64 usedCount() const;
    void reset();

private:
    Database &m_db;
    Clock &m_clock;
    LightningNode &m_node;
    QString m_walletId;
    Config m_config;
    QByteArray m_rootKey;
    Tamper *m_tamper = nullptr;
    mutable QHash<QString, qint64> m_usedInMemory; // hash -> expiry (ms)
};

} // namespace lw::sandbox

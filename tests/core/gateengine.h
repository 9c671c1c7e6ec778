// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The payment engine as the app wires it, for market clients tested against a sandbox:
// HttpClient + PaymentJournal (its own SQLite file, sealed with a fixed test key) +
// PhoenixdWallet on a sandbox wallet + PaymentGate. Above the threshold the user is asked: the
// engine says yes and keeps the question.

#include "pay/paymentgate.h"
#include "phoenixd/phoenixdwallet.h"
#include "secrets/secretbox.h"
#include "store/database.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <memory>

namespace lwtest {

inline const QByteArray gateTestKeyHex =
    "4c696768747765726b2074657374206a6f75726e616c206b65792030303031aa";

struct GateEngine {
    QNetworkAccessManager network;
    lw::HttpClient http{&network};
    std::unique_ptr<lw::Database> db;
    lw::SecretBox box{*lw::DataKey::fromHex(QString::fromLatin1(gateTestKeyHex))};
    std::unique_ptr<lw::PaymentJournal> journal;
    std::unique_ptr<lw::PhoenixdWallet> wallet;
    std::unique_ptr<lw::PaymentGate> gate;
    QList<lw::PaymentPrompt> prompts;

    //! `payer` is the sandbox's description of the wallet that pays (its "phoenixd" object).
    GateEngine(const QString &dbPath, const QJsonObject &payer, lw::SpendingLimits limits = {})
    {
        network.setProxy(QNetworkProxy::NoProxy);
        auto opened = lw::Database::open(dbPath, lw::PaymentJournal::migrations());
        if (!opened)
            qFatal("database: %s", qPrintable(opened.error().describe()));
        db = std::move(*opened);
        journal = std::make_unique<lw::PaymentJournal>(*db, box);
        const QJsonObject phoenixd = payer.value(u"phoenixd").toObject();
        wallet = std::make_unique<lw::PhoenixdWallet>(
            &http, QUrl(phoenixd.value(u"url").toString()),
            phoenixd.value(u"password").toString().toLatin1(), lw::Network::Regtest);
        gate = std::make_unique<lw::PaymentGate>(&http, journal.get(), wallet.get(), limits);
        gate->setConfirmer([this](const lw::PaymentPrompt &p) {
            prompts.append(p);
            return QtFuture::makeReadyFuture(true);
        });
    }
};

} // namespace lwtest

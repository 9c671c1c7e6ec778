// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The NWC test rig: the sandbox (phoenixd wallets that really move sats), the npm relay and the
// npm wallet service (@getalby/sdk NWCWalletService over a sandbox wallet).

#include "futureutil.h"
#include "nodepeer.h"
#include "nwc/nwcwallet.h"
#include "sandbox/sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <functional>
#include <memory>

namespace lwtest {

//! Relay timings for tests: quick reconnects, quick grace, so suites stay short.
inline lw::RelayOptions fastRelayOptions()
{
    lw::RelayOptions o;
    o.connectTimeout = std::chrono::milliseconds(3'000);
    o.reconnectInitial = std::chrono::milliseconds(200);
    o.reconnectMax = std::chrono::milliseconds(2'000);
    o.publishGrace = std::chrono::milliseconds(500);
    o.pingInterval = std::chrono::milliseconds(5'000);
    o.pongTimeout = std::chrono::milliseconds(3'000);
    return o;
}

inline lw::NwcWallet::Timeouts fastTimeouts()
{
    lw::NwcWallet::Timeouts t;
    t.infoEvent = std::chrono::milliseconds(5'000);
    t.quick = std::chrono::milliseconds(8'000);
    t.invoice = std::chrono::milliseconds(8'000);
    return t;
}

//! Pumps the event loop until `done` or the time is up.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10'000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

//! The npm relay on `port` (0: any), with `extra` arguments (e.g. --auth).
inline bool startRelay(NodePeer &relay, int port = 0, const QStringList &extra = {})
{
    QStringList args;
    if (port > 0)
        args << QStringLiteral("--port") << QString::number(port);
    args << extra;
    if (!relay.start(QStringLiteral("nwc-relay.mjs"), args)) {
        qWarning("%s", qPrintable(relay.error()));
        return false;
    }
    return true;
}

//! A wallet service over the sandbox wallet `walletName`, on `relays`, with extra arguments.
inline bool startService(NodePeer &service, SandboxProcess &sandbox, const QStringList &relays,
                         const QString &walletName, const QStringList &extra = {})
{
    const QJsonObject p = sandbox.wallet(walletName).value(u"phoenixd").toObject();
    QStringList args;
    for (const QString &r : relays)
        args << QStringLiteral("--relay") << r;
    args << QStringLiteral("--backend") << p.value(u"url").toString()
         << QStringLiteral("--backend-password") << p.value(u"password").toString()
         << QStringLiteral("--network") << QStringLiteral("regtest") << extra;
    if (!service.start(QStringLiteral("nwc-service.mjs"), args)) {
        qWarning("%s", qPrintable(service.error()));
        return false;
    }
    return true;
}

inline std::unique_ptr<lw::NwcWallet> walletFor(const NodePeer &service,
                                                lw::Network network = lw::Network::Regtest)
{
    const auto uri = lw::NwcUri::parse(service.value("uri"));
    if (!uri)
        return nullptr;
    auto wallet = std::make_unique<lw::NwcWallet>(*uri, network);
    wallet->setRelayOptions(fastRelayOptions());
    wallet->setTimeouts(fastTimeouts());
    return wallet;
}

//! The service's /stats.
inline QJsonObject serviceStats(NodePeer &service)
{
    return service.admin("GET", service.value("admin") + QStringLiteral("/stats"));
}

inline QJsonObject serviceAdmin(NodePeer &service, const QString &route, const QJsonObject &body)
{
    return service.admin("POST", service.value("admin") + route, body);
}

inline QJsonObject relayAdmin(NodePeer &relay, const QString &route, const QJsonObject &body = {})
{
    return relay.admin(route == u"/stats" ? "GET" : "POST", relay.value("admin") + route, body);
}

//! How often the service paid the invoice with this hash (its stats).
inline qint64 timesPaid(NodePeer &service, const lw::PaymentHash &hash)
{
    return serviceStats(service)
        .value(u"payments")
        .toObject()
        .value(hash.toHex())
        .toObject()
        .value(u"paid")
        .toInteger();
}

inline qint64 methodCount(NodePeer &service, const QString &method, const QString &what)
{
    return serviceStats(service)
        .value(u"methods")
        .toObject()
        .value(method)
        .toObject()
        .value(what)
        .toInteger();
}

} // namespace lwtest

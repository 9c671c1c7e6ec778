// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Connects a lightwork-cli user to a sandbox wallet through each kind of backend: phoenixd and
// LNbits straight to the sandbox, LND and Core Lightning through their emulators, Nostr Wallet
// Connect through a relay and @getalby/sdk's wallet service. Each peer pays with the same
// sandbox wallet, so every sat that moves shows in the sandbox's balances.

#include "cli/cliuser.h"
#include "nodepeer.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace lwtest {

class WalletPeers {
public:
    explicit WalletPeers(SandboxProcess &sandbox, const QString &scratch)
        : m_sandbox(sandbox)
        , m_scratch(scratch)
    {}

    static QStringList kinds()
    {
        return {QStringLiteral("phoenixd"), QStringLiteral("lnbits"), QStringLiteral("lnd"),
                QStringLiteral("cln"), QStringLiteral("nwc")};
    }

    //! Adds wallet "main" of `kind` to `user`, backed by sandbox wallet `walletName` (made with
    //! `sats`). An empty string on success, else what went wrong.
    QString connect(const User &user, const QString &kind, const QString &walletName, qint64 sats)
    {
        const QJsonObject w = m_sandbox.addWallet(walletName, sats);
        const QJsonObject phoenixd = w.value(u"phoenixd").toObject();
        const QString url = phoenixd.value(u"url").toString();
        const QString password = phoenixd.value(u"password").toString();
        QStringList args{QStringLiteral("wallet"),
                         QStringLiteral("add"),
                         QStringLiteral("main"),
                         QStringLiteral("--kind"),
                         kind,
                         QStringLiteral("--network"),
                         QStringLiteral("regtest")};
        QByteArray secret;
        if (kind == u"phoenixd") {
            args << QStringLiteral("--url") << url;
            secret = password.toUtf8();
        } else if (kind == u"lnbits") {
            const QJsonObject lnbits = w.value(u"lnbits").toObject();
            args << QStringLiteral("--url") << lnbits.value(u"url").toString();
            secret = lnbits.value(u"admin_key").toString().toUtf8();
        } else if (kind == u"lnd" || kind == u"cln") {
            NodePeer *peer =
                startPeer(kind == u"lnd" ? QStringLiteral("lnd-emulator.mjs")
                                         : QStringLiteral("cln-emulator.mjs"),
                          {QStringLiteral("--backend"), url, QStringLiteral("--backend-password"),
                           password, QStringLiteral("--network"), QStringLiteral("regtest")});
            if (!peer)
                return m_error;
            const QString certPath = m_scratch + u"/" + walletName + u".pem";
            QFile cert(certPath);
            if (!cert.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write %1").arg(certPath);
            cert.write(peer->value("tls_cert").toUtf8());
            cert.close();
            args << QStringLiteral("--url") << peer->value("url") << QStringLiteral("--tls-cert")
                 << certPath;
            secret = peer->value(kind == u"lnd" ? "admin_macaroon" : "rune").toUtf8();
            m_admin.insert(walletName, peer->value("admin"));
        } else if (kind == u"nwc") {
            if (!m_relay) {
                m_relay = std::make_unique<NodePeer>();
                if (!m_relay->start(QStringLiteral("nwc-relay.mjs"), {}))
                    return m_relay->error();
            }
            NodePeer *peer = startPeer(
                QStringLiteral("nwc-service.mjs"),
                {QStringLiteral("--relay"), m_relay->value("url"), QStringLiteral("--backend"), url,
                 QStringLiteral("--backend-password"), password, QStringLiteral("--network"),
                 QStringLiteral("regtest"), QStringLiteral("--notifications")});
            if (!peer)
                return m_error;
            secret = peer->value("uri").toUtf8();
            m_admin.insert(walletName, peer->value("admin"));
        } else {
            return QStringLiteral("unknown kind %1").arg(kind);
        }
        const Run r = user.run(args, secret + '\n');
        if (r.exitCode != 0)
            return QStringLiteral("wallet add --kind %1: %2")
                .arg(kind, QString::fromUtf8(r.err + r.out));
        if (r.out.contains(secret) || r.err.contains(secret))
            return QStringLiteral("the secret was printed");
        return {};
    }

    //! The admin address of the peer in front of sandbox wallet `walletName` (empty for the
    //! backends the sandbox serves itself).
    QString adminOf(const QString &walletName) const { return m_admin.value(walletName); }

private:
    NodePeer *startPeer(const QString &script, const QStringList &args)
    {
        auto peer = std::make_unique<NodePeer>();
        if (!peer->start(script, args)) {
            m_error = peer->error();
            return nullptr;
        }
        m_peers.push_back(std::move(peer));
        return m_peers.back().get();
    }

    SandboxProcess &m_sandbox;
    QString m_scratch;
    QString m_error;
    std::unique_ptr<NodePeer> m_relay;
    std::vector<std::unique_ptr<NodePeer>> m_peers;
    QHash<QString, QString> m_admin;
};

} // namespace lwtest

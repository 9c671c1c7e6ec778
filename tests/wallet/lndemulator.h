// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs tests/peers/lnd-emulator.mjs in front of a sandbox wallet's phoenixd API and talks to its
// admin routes (faults, delay, stats) over its own pinned certificate.

#include "futureutil.h"
#include "net/httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

namespace lwtest {

class LndEmulator {
public:
    LndEmulator() = default;
    ~LndEmulator() { stop(); }
    LndEmulator(const LndEmulator &) = delete;
    LndEmulator &operator=(const LndEmulator &) = delete;

    //! Starts it in front of `phoenixd` ({url, password} of a sandbox wallet) and waits for its
    //! JSON line.
    bool start(const QJsonObject &phoenixd, lw::HttpClient *http)
    {
        stop();
        m_http = http;
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            qWarning("node is not installed");
            return false;
        }
        const QDir peers(QStringLiteral(LW_PEERS_DIR));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->setWorkingDirectory(peers.path());
        m_process->start(node, {peers.filePath(QStringLiteral("lnd-emulator.mjs")),
                                QStringLiteral("--backend"), phoenixd.value(u"url").toString(),
                                QStringLiteral("--backend-password"),
                                phoenixd.value(u"password").toString(), QStringLiteral("--network"),
                                QStringLiteral("regtest")});
        if (!m_process->waitForStarted(10'000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_process->canReadLine() && clock.elapsed() < 20'000) {
            if (!m_process->waitForReadyRead(500) && m_process->state() != QProcess::Running)
                break;
        }
        if (!m_process->canReadLine()) {
            qWarning("lnd-emulator did not start: %s",
                     m_process->readAllStandardError().constData());
            return false;
        }
        m_info = QJsonDocument::fromJson(m_process->readLine()).object();
        const auto certs = QSslCertificate::fromData(m_info.value(u"tls_cert").toString().toUtf8());
        if (certs.isEmpty())
            return false;
        m_cert = certs.first();
        return url().isValid() && !url().isEmpty();
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
        m_process.reset();
    }

    QUrl url() const { return QUrl(m_info.value(u"url").toString()); }
    QSslCertificate certificate() const { return m_cert; }
    QByteArray macaroon(const char *which) const
    {
        return m_info.value(QLatin1String(which) + QLatin1String("_macaroon"))
            .toString()
            .toLatin1();
    }
    QString nodeId() const { return m_info.value(u"node_id").toString(); }

    //! POST /_emulator/<route> with `body`; true when it answered 200.
    bool admin(const QString &route, const QJsonObject &body)
    {
        lw::HttpRequest r = lw::HttpRequest::json(
            "POST", QUrl(url().toString() + QStringLiteral("/_emulator/") + route),
            QJsonDocument(body));
        r.pinnedCertificate = m_cert;
        const auto answer = tryAwait(m_http->send(r), 10'000);
        return answer && *answer && (*answer)->status == 200;
    }
    bool fault(const QString &mode, bool pay, int count = 1,
               const QString &route = QStringLiteral("/v2/router/send"))
    {
        return admin(QStringLiteral("fault"), QJsonObject{{QStringLiteral("route"), route},
                                                          {QStringLiteral("mode"), mode},
                                                          {QStringLiteral("count"), count},
                                                          {QStringLiteral("pay"), pay}});
    }
    bool clearFault(const QString &route = QStringLiteral("/v2/router/send"))
    {
        return admin(QStringLiteral("fault"),
                     QJsonObject{{QStringLiteral("route"), route}, {QStringLiteral("count"), 0}});
    }
    bool delay(int ms) { return admin(QStringLiteral("delay"), {{QStringLiteral("ms"), ms}}); }

    //! GET /_emulator/stats.
    QJsonObject stats()
    {
        lw::HttpRequest r =
            lw::HttpRequest::get(QUrl(url().toString() + QStringLiteral("/_emulator/stats")));
        r.pinnedCertificate = m_cert;
        const auto answer = tryAwait(m_http->send(r), 10'000);
        if (!answer || !*answer)
            return {};
        const auto o = (*answer)->jsonObject();
        return o ? *o : QJsonObject();
    }
    //! How often the backend wallet was asked to pay this hash.
    int backendPayments(const QString &hashHex)
    {
        return stats().value(u"backend_payments").toObject().value(hashHex).toInt();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_info;
    QSslCertificate m_cert;
    lw::HttpClient *m_http = nullptr;
};

} // namespace lwtest

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A long-running Node.js test peer from tests/peers (an emulator, a relay, a wallet service):
// started with its arguments, its one JSON line read from stdout, stopped on destruction. Its
// admin routes are loopback-only test knobs, so they are called without certificate checks.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace lwtest {

class NodePeer {
public:
    NodePeer() = default;
    NodePeer(const NodePeer &) = delete;
    NodePeer &operator=(const NodePeer &) = delete;
    ~NodePeer() { stop(); }

    //! Starts `script` and waits for its JSON line; false (with the reason in error()) otherwise.
    bool start(const QString &script, const QStringList &args, int timeoutMs = 20'000)
    {
        stop();
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return failed(QStringLiteral("node is not installed (./dev test installs it)"));
        const QDir peers(QStringLiteral(LW_PEERS_DIR));
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(peers.path());
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(node, QStringList{peers.filePath(script)} + args);
        if (!m_process->waitForStarted(10'000))
            return failed(QStringLiteral("node did not start"));
        QByteArray line;
        QElapsedTimer clock;
        clock.start();
        while (!line.endsWith('\n')) {
            if (clock.elapsed() > timeoutMs || m_process->state() != QProcess::Running)
                return failed(
                    QStringLiteral("%1 gave no JSON line: %2")
                        .arg(script, QString::fromUtf8(m_process->readAllStandardError())));
            m_process->waitForReadyRead(200);
            line += m_process->readLine();
        }
        m_info = QJsonDocument::fromJson(line).object();
        if (m_info.isEmpty())
            return failed(QStringLiteral("%1 printed no JSON object").arg(script));
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5'000)) {
                m_process->kill();
                m_process->waitForFinished(5'000);
            }
        }
        m_process.reset();
    }
    //! Gone at once, as a crashed peer is.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
        m_process.reset();
    }

    const QJsonObject &info() const { return m_info; }
    QString value(const char *key) const { return m_info.value(QLatin1String(key)).toString(); }
    QString error() const { return m_error; }

    //! A JSON request to one of the peer's admin routes; the answer's body as an object.
    QJsonObject admin(const QByteArray &method, const QString &url, const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(url)};
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // loopback test knob, self-signed
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(
            request, method,
            method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

private:
    bool failed(const QString &why)
    {
        m_error = why;
        stop();
        return false;
    }

    std::unique_ptr<QProcess> m_process;
    QJsonObject m_info;
    QString m_error;
};

} // namespace lwtest

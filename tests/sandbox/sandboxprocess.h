// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real lightwork-sandbox binary and talks plain HTTP to it, as any client would.

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace lwtest {

struct HttpResult {
    int status = 0; //!< 0: no HTTP answer (reset, refused, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers; //!< names lower-cased
    QByteArray body;
    QJsonObject json;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n == name)
                return v;
        return {};
    }
    //! The error code of a 402ai envelope {"error": {"code", "message"}}.
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
    QString errorMessage() const
    {
        return json.value(u"error").toObject().value(u"message").toString();
    }
    QSet<QString> keys() const
    {
        const QStringList k = json.keys();
        return {k.begin(), k.end()};
    }
};

inline QSet<QString> keySet(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

inline QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return {k.begin(), k.end()};
}

//! Synchronous HTTP over QNetworkAccessManager with a hard timeout, no proxy, no cookies.
class HttpClient {
public:
    HttpClient() { m_network.setProxy(QNetworkProxy::NoProxy); }

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    int timeoutMs = 15'000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        bool hasType = false;
        for (const auto &[n, v] : headers) {
            request.setRawHeader(n, v);
            hasType = hasType || n.compare("content-type", Qt::CaseInsensitive) == 0;
        }
        if (!body.isEmpty() && !hasType)
            request.setRawHeader("content-type", "application/json");
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        bool timedOut = false;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        HttpResult r;
        r.timedOut = timedOut;
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[n, v] : reply->rawHeaderPairs())
            r.headers.append(qMakePair(n.toLower(), v));
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        if (r.status == 0 && !timedOut)
            qWarning("%s %s: no HTTP answer (%s)", method.constData(), qPrintable(url.path()),
                     qPrintable(reply->errorString()));
        reply->deleteLater();
        return r;
    }

private:
    QNetworkAccessManager m_network;
};

//! One running lightwork-sandbox. start() waits for its JSON line; the destructor stops it.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess() { stop(); }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    static QString binary() { return qEnvironmentVariable("LW_SANDBOX"); }

    bool start(const QStringList &arguments)
    {
        stop();
        m_arguments = arguments;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(binary(),
                         QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process->waitForStarted(10'000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_process->canReadLine() && clock.elapsed() < 20'000) {
            if (!m_process->waitForReadyRead(500) && m_process->state() != QProcess::Running)
                break;
        }
        if (!m_process->canReadLine()) {
            qWarning("sandbox did not start: %s", m_process->readAllStandardError().constData());
            return false;
        }
        m_info = QJsonDocument::fromJson(m_process->readLine()).object();
        m_url = QUrl(m_info.value(u"url").toString());
        return m_url.isValid() && !m_url.isEmpty();
    }

    //! Stops with SIGTERM (a clean shutdown) and starts again with the same arguments.
    bool restart(const QStringList &extra = {}) { return start(m_arguments + extra); }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
        m_exitCode = m_process->exitCode();
        m_exitStatus = m_process->exitStatus();
        m_stderr = m_process->readAllStandardError();
        m_process.reset();
    }

    //! Stops it and tells whether it shut down cleanly (exit code 0: under ASan, no leaks and no
    //! errors either); otherwise its stderr goes to the test log.
    bool stopCleanly()
    {
        stop();
        const bool clean = m_exitStatus == QProcess::NormalExit && m_exitCode == 0;
        if (!clean)
            qWarning("sandbox exited with %d:\n%s", m_exitCode, m_stderr.constData());
        return clean;
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    int lastExitCode() const { return m_exitCode; }
    QProcess::ExitStatus lastExitStatus() const { return m_exitStatus; }

    QJsonObject info() const { return m_info; }
    QUrl url() const { return m_url; }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_url.toString() + pathAndQuery); }
    QString adminKey() const { return m_info.value(u"admin_key").toString(); }
    QJsonObject wallet(const QString &name) const
    {
        for (const QJsonValue &w : m_info.value(u"wallets").toArray())
            if (w.toObject().value(u"name").toString() == name)
                return w.toObject();
        return {};
    }

    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    int timeoutMs = 15'000)
    {
        return m_http.send(method, url(path), body, headers, timeoutMs);
    }
    HttpResult get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("GET", path, {}, headers);
    }
    HttpResult post(const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", path, body, headers);
    }
    HttpResult admin(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return call(method, QStringLiteral("/_sandbox") + path, body,
                    {{"x-admin-key", adminKey().toLatin1()}});
    }

    //! phoenixd's API of the named wallet: Basic auth with an empty user, form bodies.
    HttpResult phoenixd(const QByteArray &method, const QString &walletName, const QString &path,
                        const QUrlQuery &form = {})
    {
        QJsonObject w = wallet(walletName);
        if (w.isEmpty())
            w = walletInfo(walletName); // made after the start
        const QString password = w.value(u"phoenixd").toObject().value(u"password").toString();
        const QByteArray auth = "Basic " + QByteArray(":" + password.toLatin1()).toBase64();
        QList<QPair<QByteArray, QByteArray>> headers{{"authorization", auth}};
        QByteArray body;
        if (method != "GET") {
            headers.append(qMakePair(QByteArray("content-type"),
                                     QByteArray("application/x-www-form-urlencoded")));
            body = form.toString(QUrl::FullyEncoded).toLatin1();
        }
        return call(method, QStringLiteral("/phoenixd") + path, body, headers);
    }
    //! A BOLT 11 invoice of the named wallet (phoenixd createinvoice); 0 sats: amountless.
    QString createInvoice(const QString &walletName, qint64 sats,
                          const QString &description = QStringLiteral("test"))
    {
        QUrlQuery form;
        if (sats > 0)
            form.addQueryItem(QStringLiteral("amountSat"), QString::number(sats));
        form.addQueryItem(QStringLiteral("description"), description);
        return phoenixd("POST", walletName, QStringLiteral("/createinvoice"), form)
            .json.value(u"serialized")
            .toString();
    }
    //! Pays an invoice from the named wallet; returns phoenixd's answer.
    HttpResult pay(const QString &walletName, const QString &invoice)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("invoice"), invoice);
        return phoenixd("POST", walletName, QStringLiteral("/payinvoice"), form);
    }
    qint64 balance(const QString &walletName)
    {
        return phoenixd("GET", walletName, QStringLiteral("/getbalance"))
            .json.value(u"balanceSat")
            .toInteger(-1);
    }
    //! A 402ai account with `sats` of balance, topped up and claimed over plain HTTP and paid
    //! by the named wallet; returns its X-Token.
    QByteArray hireAccount(const QString &payerWallet, qint64 sats)
    {
        const auto r = post(QStringLiteral("/api/v1/topup"),
                            QJsonDocument(QJsonObject{{QStringLiteral("amount_sats"), sats}})
                                .toJson(QJsonDocument::Compact));
        const auto paid = pay(payerWallet, r.json.value(u"invoice").toString());
        const QJsonObject claim{{QStringLiteral("preimage"), paid.json.value(u"paymentPreimage")}};
        return post(QStringLiteral("/api/v1/topup/claim"),
                    QJsonDocument(claim).toJson(QJsonDocument::Compact))
            .json.value(u"token")
            .toString()
            .toLatin1();
    }
    //! A 402ai account's balance at /me (-1 when the token is not accepted).
    qint64 hireBalance(const QByteArray &token)
    {
        return get(QStringLiteral("/api/v1/ai-for-hire/me"), {{"x-token", token}})
            .json.value(u"balance_sats")
            .toInteger(-1);
    }

    //! A wallet as the admin API lists it: also the markets' own and those made after start.
    QJsonObject walletInfo(const QString &name)
    {
        for (const QJsonValue &v :
             admin("GET", QStringLiteral("/wallets")).json.value(u"wallets").toArray())
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject();
        return {};
    }
    //! Its balance in sats from the admin list; -1 when there is no such wallet.
    qint64 walletBalance(const QString &name)
    {
        return walletInfo(name).value(u"balance_sat").toInteger(-1);
    }
    //! Makes a wallet with `sats` (once: a wallet that exists keeps its balance).
    QJsonObject addWallet(const QString &name, qint64 sats)
    {
        admin("POST", QStringLiteral("/wallets"),
              QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("balance_sat"), sats}})
                  .toJson(QJsonDocument::Compact));
        return walletInfo(name);
    }

    //! Makes the sandbox a hostile server (POST /_sandbox/tamper): {"mode", "count"} tampers the
    //! next L402 challenges; with "path" (and "method") the next answers to that path instead.
    bool tamper(const QJsonObject &settings)
    {
        return admin("POST", QStringLiteral("/tamper"),
                     QJsonDocument(settings).toJson(QJsonDocument::Compact))
                   .status
               == 200;
    }

    //! Requests per route ("POST /api/v1/topup") in the sandbox's log.
    QJsonObject routeCounts()
    {
        return admin("GET", QStringLiteral("/log")).json.value(u"counts").toObject();
    }

    //! Requests that reached the markets or wallets (not the admin API) since the log was
    //! last cleared.
    int clientRequests()
    {
        int n = 0;
        const QJsonObject counts = routeCounts();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (!it.key().contains(u" /_sandbox/"))
                n += it.value().toInt();
        return n;
    }

    HttpClient &http() { return m_http; }

private:
    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    QJsonObject m_info;
    QUrl m_url;
    HttpClient m_http;
    int m_exitCode = 0;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    QByteArray m_stderr;
};

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace lwtest

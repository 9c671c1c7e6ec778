// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate pinning across requests that share one network manager: a kept-alive connection
// (or a resumed TLS session) accepted for a pinned request must not carry that trust over to a
// request that pins another certificate, or none.
#include "futureutil.h"
#include "net/httpclient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

//! A self-signed P-256 certificate for localhost and 127.0.0.1, as LND makes its tls.cert.
struct SelfSigned {
    QSslCertificate certificate;
    QSslKey key;
};

std::optional<SelfSigned> makeCertificate(const QString &folder, const QString &name)
{
    const QString cert = folder + u'/' + name + u".pem"_s;
    const QString key = folder + u'/' + name + u".key"_s;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-subj"_s, u"/CN=localhost"_s,
                   u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-days"_s, u"2"_s,
                   u"-keyout"_s, key, u"-out"_s, cert});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
        return std::nullopt;
    QFile c(cert);
    QFile k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return std::nullopt;
    SelfSigned out{QSslCertificate(c.readAll(), QSsl::Pem), QSslKey(k.readAll(), QSsl::Ec)};
    if (out.certificate.isNull() || out.key.isNull())
        return std::nullopt;
    return out;
}

//! Answers every request on a connection with 200 "{}" and keeps the connection open.
class KeepAliveServer : public QObject {
public:
    explicit KeepAliveServer(const SelfSigned &identity)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(identity.certificate);
        ssl.setPrivateKey(identity.key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(ssl);
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    const QByteArray request = s->readAll();
                    if (request.contains("\r\n\r\n"))
                        s->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                                 "content-length: 2\r\nconnection: keep-alive\r\n\r\n{}");
                });
            }
        });
    }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1/x"_s.arg(m_server.serverPort())); }
    int connections() const { return m_connections; }

private:
    QSslServer m_server;
    int m_connections = 0;
};

//! Whether every QNetworkAccessManager thread has ended, waiting up to timeoutMs. Qt's
//! QThread::wait() in ~QNetworkAccessManager returns once the thread's run has ended, but the
//! thread frees OpenSSL's per-thread state (error queue, random generators) only afterwards, in
//! its thread-exit handlers. A process that exits in between runs OpenSSL's atexit cleanup
//! first, which drops those handlers: LeakSanitizer then reports the thread's state as leaked.
//! Linux lists a thread under /proc/self/task until it has exited, named after its QThread
//! (cut to 15 bytes).
bool networkThreadsEnded(int timeoutMs)
{
#ifdef Q_OS_LINUX
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QDir tasks(u"/proc/self/task"_s); // read afresh each time
        bool running = false;
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile name(tasks.filePath(task + u"/comm"_s));
            if (name.open(QIODevice::ReadOnly) && name.readAll().startsWith("QNetworkAccessM"))
                running = true;
        }
        if (!running)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
#else
    Q_UNUSED(timeoutMs);
    return true;
#endif
}

} // namespace

class TestHttpPin : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::optional<SelfSigned> node;
    std::optional<SelfSigned> other;

    HttpResult get(HttpClient &http, const QUrl &url, std::optional<QSslCertificate> pin)
    {
        HttpRequest r = HttpRequest::get(url);
        r.pinnedCertificate = std::move(pin);
        return lwtest::await(http.send(r));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        node = makeCertificate(dir.path(), u"node"_s);
        other = makeCertificate(dir.path(), u"other"_s);
        QVERIFY(node && other);
    }

    // Each test's network manager is gone by now; its thread must be too before the next test,
    // and before the process exits.
    void cleanup() { QVERIFY2(networkThreadsEnded(10'000), "a network thread is still running"); }

    void trustDoesNotCarryOverToTheNextRequest()
    {
        KeepAliveServer server(*node);
        QNetworkAccessManager network;
        HttpClient http(&network);

        HttpResult r = get(http, server.url(), node->certificate);
        QVERIFY2(r, r ? "" : qPrintable(r.error().describe()));
        QCOMPARE(r->status, 200);

        // Same host and port, right after: Qt would reuse the connection.
        r = get(http, server.url(), std::nullopt);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Tls);
        r = get(http, server.url(), other->certificate);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Tls);
        HttpRequest post = HttpRequest::json("POST", server.url(), QJsonDocument(QJsonObject{}));
        r = lwtest::await(http.send(post));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Tls);

        // The pinned certificate still works, also when the connection is reused.
        r = get(http, server.url(), node->certificate);
        QVERIFY2(r, r ? "" : qPrintable(r.error().describe()));
        r = get(http, server.url(), node->certificate);
        QVERIFY2(r, r ? "" : qPrintable(r.error().describe()));
        post.pinnedCertificate = node->certificate;
        r = lwtest::await(http.send(post));
        QVERIFY2(r, r ? "" : qPrintable(r.error().describe()));
    }

    void anotherCertificateIsRefusedOnAFreshConnection()
    {
        KeepAliveServer server(*other);
        QNetworkAccessManager network;
        HttpClient http(&network);
        const HttpResult r = get(http, server.url(), node->certificate);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestHttpPin)
#include "tst_httppin.moc"

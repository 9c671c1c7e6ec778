// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient against scripted loopback servers: deadlines, body caps, the HTTPS rule,
// redirects (credentials dropped across origins, POST never followed) and error mapping.
#include "futureutil.h"
#include "net/httpclient.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

//! Answers each request with whatever the script returns for it (raw bytes; empty: hang).
class ScriptedServer : public QTcpServer {
public:
    std::function<QByteArray(const QByteArray &request)> script;
    QList<QByteArray> requests;

    ScriptedServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    QByteArray &buffer = m_buffers[s];
                    buffer += s->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer.left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer.size() < end + 4 + length)
                        return;
                    const QByteArray request = buffer.left(end + 4 + length);
                    buffer.remove(0, end + 4 + length);
                    requests.append(request);
                    const QByteArray answer = script(request);
                    if (!answer.isEmpty())
                        s->write(answer);
                });
            }
        });
    }
    QUrl url(const QString &path = u"/"_s) const
    {
        return QUrl(u"http://127.0.0.1:"_s + QString::number(serverPort()) + path);
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray answer(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\ncontent-type: application/json\r\n"
           + extra + "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

HttpResult wait(QFuture<HttpResult> future)
{
    return lwtest::await(future, 20'000);
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { m_network.setProxy(QNetworkProxy::NoProxy); }

    void returnsAnyStatusAsAValue()
    {
        ScriptedServer server;
        server.script = [](const QByteArray &) {
            return answer(409, R"({"error":{"code":"invalid_state","message":"no"}})");
        };
        HttpClient client(&m_network);
        auto r = wait(client.send(HttpRequest::get(server.url())));
        QVERIFY(r);
        QCOMPARE(r->status, 409);
        const AppError e = r->toError();
        QCOMPARE(e.kind, AppError::Kind::Conflict);
        QCOMPARE(e.code, u"invalid_state");
        QCOMPARE(e.serverMessage, u"no");
    }

    void mapsEveryEnvelope()
    {
        HttpResponse r;
        r.status = 400;
        r.body = R"({"error":"bad","error_code":"L402_INVALID_PARAMS"})";
        QCOMPARE(r.toError().code, u"L402_INVALID_PARAMS");
        QCOMPARE(r.toError().serverMessage, u"bad");
        r.status = 404;
        r.body = R"({"detail":"Not Found"})";
        QCOMPARE(r.toError().kind, AppError::Kind::NotFound);
        QCOMPARE(r.toError().serverMessage, u"Not Found");
        r.status = 429;
        QCOMPARE(r.toError().kind, AppError::Kind::RateLimited);
        r.status = 503;
        r.body = "<html>upstream</html>";
        QCOMPARE(r.toError().kind, AppError::Kind::Server);
        QVERIFY(r.toError().serverMessage.isEmpty()); // markup is not shown as a message
        r.status = 401;
        r.body = "Invalid authentication";
        QCOMPARE(r.toError().kind, AppError::Kind::Unauthorised);
        QCOMPARE(r.toError().serverMessage, u"Invalid authentication");
    }

    void timesOut()
    {
        ScriptedServer server;
        server.script = [](const QByteArray &) { return QByteArray(); }; // never answers
        HttpClient client(&m_network, {.timeoutMs = 300});
        auto r = wait(client.send(HttpRequest::get(server.url())));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Timeout);
    }

    void capsTheBody()
    {
        ScriptedServer server;
        server.script = [](const QByteArray &) { return answer(200, QByteArray(300'000, 'x')); };
        HttpLimits limits;
        limits.maxJsonBytes = 100'000;
        limits.maxFileBytes = 1'000'000;
        HttpClient client(&m_network, limits);
        auto r = wait(client.send(HttpRequest::get(server.url())));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::TooLarge);
        // Files have their own, larger cap.
        HttpRequest file = HttpRequest::get(server.url());
        file.expect = HttpRequest::Body::File;
        auto f = wait(client.send(file));
        QVERIFY(f);
        QCOMPARE(f->body.size(), 300'000);
    }

    void refusesPlainHttpOffLoopback()
    {
        HttpClient client(&m_network);
        for (const char *url : {"http://example.com/api", "http://10.0.0.1:9740/getinfo",
                                "ftp://127.0.0.1/x", "http:///nohost"}) {
            auto r = wait(client.send(HttpRequest::get(QUrl(QString::fromLatin1(url)))));
            QVERIFY2(!r, url);
            QCOMPARE(r.error().kind, AppError::Kind::Insecure);
        }
        QVERIFY(isAllowedScheme(QUrl(u"https://402ai.net"_s)));
        QVERIFY(isAllowedScheme(QUrl(u"http://localhost:9740"_s)));
        QVERIFY(isAllowedScheme(QUrl(u"http://[::1]:9740"_s)));
        QVERIFY(isAllowedScheme(QUrl(u"http://127.8.0.1"_s)));
    }

    void redirectsKeepCredentialsOnlyInTheirOrigin()
    {
        ScriptedServer other;
        other.script = [](const QByteArray &) { return answer(200, "{}"); };
        ScriptedServer server;
        server.script = [&](const QByteArray &request) -> QByteArray {
            if (request.startsWith("GET /same "))
                return answer(302, {}, "location: /there\r\n");
            if (request.startsWith("GET /away "))
                return answer(302, {}, "location: " + other.url(u"/x"_s).toEncoded() + "\r\n");
            return answer(200, "{}");
        };
        HttpClient client(&m_network);
        HttpRequest same = HttpRequest::get(server.url(u"/same"_s));
        same.setHeader("x-token", "abl_secret");
        QVERIFY(wait(client.send(same)));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.requests.at(1).toLower().contains("x-token: abl_secret"));

        HttpRequest away = HttpRequest::get(server.url(u"/away"_s));
        away.setHeader("x-token", "abl_secret");
        away.setHeader("authorization", "L402 mac:pre");
        auto r = wait(client.send(away));
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(other.requests.size(), 1);
        QVERIFY(!other.requests.at(0).toLower().contains("abl_secret"));
        QVERIFY(!other.requests.at(0).toLower().contains("authorization"));
    }

    void neverFollowsARedirectedPost()
    {
        ScriptedServer server;
        server.script = [&](const QByteArray &request) -> QByteArray {
            if (request.startsWith("POST "))
                return answer(307, {}, "location: /elsewhere\r\n");
            return answer(200, "{}");
        };
        HttpClient client(&m_network);
        auto r = wait(client.send(HttpRequest::json("POST", server.url(u"/tasks"_s),
                                                    QJsonDocument(QJsonObject{{u"a"_s, 1}}))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::BadResponse);
        QCOMPARE(server.requests.size(), 1);
    }

    void refusesARedirectToPlainHttp()
    {
        ScriptedServer server;
        server.script = [&](const QByteArray &) {
            return answer(302, {}, "location: http://example.com/steal\r\n");
        };
        HttpClient client(&m_network);
        auto r = wait(client.send(HttpRequest::get(server.url())));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Insecure);
    }

    void reportsRefusedConnections()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        HttpClient client(&m_network);
        auto r = wait(client.send(
            HttpRequest::get(QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/"_s))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

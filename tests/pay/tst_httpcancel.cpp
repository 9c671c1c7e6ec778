// SPDX-License-Identifier: GPL-3.0-or-later
// Stopping an upload half-way (HttpRequest::cancelWith, HireClient::deliver's stopWith) against
// a loopback server that stops reading: the request ends at once as Cancelled, its connection
// is closed, the server never gets the whole body, and other requests go on untouched. Stopped
// once the whole body is in, the server has it (so a caller must ask it); stopped after the
// answer, nothing changes.
#include "futureutil.h"
#include "markets/aiforhire/hireclient.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

//! What the server does with a request: stop reading once the headers are in (an upload that
//! cannot finish), read it all and never answer, or read it all and answer 200 after `delayMs`.
enum class Mode { Stall, Swallow, Answer };

class SlowServer : public QTcpServer {
public:
    explicit SlowServer(Mode mode, int delayMs = 0)
        : m_mode(mode)
        , m_delayMs(delayMs)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                m_sockets.append(s);
                // Stalled, Qt stops reading once this is full and the kernel's buffers fill.
                if (m_mode == Mode::Stall)
                    s->setReadBufferSize(64 * 1024);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    ++closed;
                    s->deleteLater();
                });
            }
        });
    }

    QUrl url(const QString &path = u"/"_s) const
    {
        return QUrl(u"http://127.0.0.1:"_s + QString::number(serverPort()) + path);
    }

    //! Reads everything the client sent, as it comes: a stalled server does not see the
    //! connection end while its buffers are full.
    void drain()
    {
        m_draining = true;
        for (QTcpSocket *s : std::as_const(m_sockets))
            if (s) {
                s->setReadBufferSize(0);
                read(s);
            }
    }

    int connections = 0;
    int closed = 0;       //!< connections the client ended
    int complete = 0;     //!< requests that arrived with their whole body
    bool gotHead = false; //!< the headers of a request arrived
    qint64 received = 0;  //!< bytes of the request so far
    qint64 expected = 0;  //!< bytes of the whole request, once its headers are in

private:
    void read(QTcpSocket *s)
    {
        if (m_mode == Mode::Stall && gotHead && !m_draining)
            return; // nothing more is read: the client's upload stalls
        const QByteArray chunk = m_mode == Mode::Stall && !gotHead ? s->read(4096) : s->readAll();
        received += chunk.size();
        QByteArray &buffer = m_buffer;
        buffer += chunk;
        if (gotHead && m_draining) {
            buffer.clear();
            complete += received >= expected ? 1 : 0;
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        gotHead = true;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        expected = end + 4 + length;
        if (buffer.size() < end + 4 + length)
            return;
        buffer.clear();
        ++complete;
        if (m_mode != Mode::Answer)
            return;
        QTimer::singleShot(m_delayMs, s, [s] {
            s->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                     "content-length: 13\r\nconnection: close\r\n\r\n{\"id\":\"d-1\"}\n");
        });
    }

    Mode m_mode;
    int m_delayMs;
    bool m_draining = false;
    QByteArray m_buffer;
    QList<QPointer<QTcpSocket>> m_sockets;
};

HttpRequest upload(const QUrl &url, qsizetype bytes)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = QByteArray(bytes, 'x');
    r.setHeader("content-type", "application/octet-stream");
    r.timeoutMs = 20'000; // a stop that does not work shows as a Timeout
    return r;
}

} // namespace

class TestHttpCancel : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { m_network.setProxy(QNetworkProxy::NoProxy); }

    void stopsAnUploadInProgress()
    {
        SlowServer server(Mode::Stall);
        SlowServer other(Mode::Answer, 300); // answers while the upload is stopped
        HttpClient client(&m_network);
        auto handle = std::make_unique<QObject>();
        // Far more than the kernel buffers between two loopback sockets.
        HttpRequest request = upload(server.url(u"/deliver"_s), 48 * 1024 * 1024);
        request.cancelWith = handle.get();
        qint64 sent = 0;
        request.uploadProgress = [&](qint64 done, qint64) { sent = done; };
        QFuture<HttpResult> f = client.send(request);
        QFuture<HttpResult> g = client.send(HttpRequest::get(other.url(u"/tasks"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(server.gotHead && sent > 0, 10'000);
        QTest::qWait(300); // the upload is stuck, not finished
        QVERIFY(!f.isFinished());
        QVERIFY2(sent < request.body.size(), qPrintable(QString::number(sent)));

        QElapsedTimer clock;
        clock.start();
        handle.reset();
        const HttpResult r = lwtest::await(f, 10'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        // All the client had sent, read: the connection ended short of the whole body.
        server.drain();
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, 5'000);
        QCOMPARE(server.complete, 0);
        QVERIFY(server.received < server.expected);
        QCOMPARE(server.connections, 1); // never sent again

        // The request in flight beside it, and the next one, are untouched.
        const HttpResult beside = lwtest::await(g, 10'000);
        QVERIFY2(beside, qPrintable(beside ? QString() : beside.error().describe()));
        QCOMPARE(beside->status, 200);
        QCOMPARE(beside->body, QByteArray("{\"id\":\"d-1\"}\n"));
        const HttpResult next = lwtest::await(client.send(upload(other.url(), 1024)), 10'000);
        QVERIFY(next);
        QCOMPARE(next->status, 200);
        QCOMPARE(other.complete, 2);
    }

    // Once the whole body is in, the server has the request: stopping still ends the wait at
    // once, but only asking the server tells whether it acted.
    void stopsAfterTheWholeBodyWasSent()
    {
        SlowServer server(Mode::Swallow);
        HttpClient client(&m_network);
        auto handle = std::make_unique<QObject>();
        HttpRequest request = upload(server.url(), 200 * 1024);
        request.cancelWith = handle.get();
        QFuture<HttpResult> f = client.send(request);
        QTRY_COMPARE_WITH_TIMEOUT(server.complete, 1, 10'000);
        QVERIFY(!f.isFinished());
        handle.reset();
        const HttpResult r = lwtest::await(f, 2'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, 5'000);
    }

    // Stopped after the answer: the answer stands, and nothing is sent or closed twice.
    void stopAfterTheAnswerIsANoOp()
    {
        SlowServer server(Mode::Answer);
        HttpClient client(&m_network);
        auto handle = std::make_unique<QObject>();
        HttpRequest request = upload(server.url(), 4096);
        request.cancelWith = handle.get();
        QFuture<HttpResult> f = client.send(request);
        const HttpResult r = lwtest::await(f, 10'000);
        QVERIFY(r);
        handle.reset();
        QTest::qWait(100);
        QCOMPARE(f.resultCount(), 1);
        QVERIFY(f.result());
        QCOMPARE(f.result()->status, 200);
        QCOMPARE(server.complete, 1);
        QCOMPARE(server.connections, 1);
    }

    // HireClient::deliver carries the stop to its request, with progress reported until then.
    void deliverStopsHalfWay()
    {
        SlowServer server(Mode::Stall);
        HttpLimits limits;
        limits.maxJsonBytes = 64 * 1024 * 1024;
        HttpClient http(&m_network, limits);
        HireClient hire(&http, nullptr, server.url(u""_s), 1);
        hire.setToken("token");
        HireDeliveryFile file;
        file.filename = u"report.bin"_s;
        file.contentBase64 = QString(32 * 1024 * 1024, u'A');
        file.sizeBytes = file.contentBase64.size() / 4 * 3;
        auto handle = std::make_unique<QObject>();
        qint64 sent = 0;
        qint64 total = 0;
        auto f = hire.deliver(
            u"t-1"_s, file, u"notes"_s,
            [&](qint64 done, qint64 of) {
                sent = done;
                total = of;
            },
            handle.get());
        QTRY_VERIFY_WITH_TIMEOUT(server.gotHead && sent > 0, 10'000);
        QVERIFY(total > file.contentBase64.size());
        QVERIFY(sent < total);
        handle.reset();
        const auto r = lwtest::await(f, 2'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Cancelled);
        server.drain();
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, 5'000);
        QCOMPARE(server.complete, 0);
        QVERIFY(server.received < server.expected);
    }
};

QTEST_MAIN(TestHttpCancel)
#include "tst_httpcancel.moc"

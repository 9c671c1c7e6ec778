// SPDX-License-Identifier: GPL-3.0-or-later
// HttpRequest::onData against a server that writes a chunked answer piece by piece, with pauses:
// each piece reaches the caller as it arrives, and the caller can end the request early.
#include "futureutil.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

//! Answers every request with `status` and a chunked body written one piece every `pauseMs`;
//! with `finish` false the answer never ends (the connection stays open).
class ChunkServer : public QObject {
public:
    ChunkServer(int status, QList<QByteArray> pieces, int pauseMs, bool finish)
        : m_status(status)
        , m_pieces(std::move(pieces))
        , m_pauseMs(pauseMs)
        , m_finish(finish)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::disconnected, this, [this] { ++m_closed; });
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                s->readAll();
                if (s->property("answering").toBool())
                    return;
                s->setProperty("answering", true);
                s->write("HTTP/1.1 " + QByteArray::number(m_status)
                         + " X\r\ncontent-type: application/x-ndjson\r\n"
                           "transfer-encoding: chunked\r\n\r\n");
                writeNext(s, 0);
            });
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/stream"_s.arg(m_server.serverPort())); }
    int written() const { return m_written; }
    int closed() const { return m_closed; }

private:
    void writeNext(QTcpSocket *socket, int index)
    {
        QPointer<QTcpSocket> s(socket);
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        if (index == m_pieces.size()) {
            if (m_finish)
                s->write("0\r\n\r\n");
            return;
        }
        const QByteArray &piece = m_pieces.at(index);
        s->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        s->flush();
        ++m_written;
        QTimer::singleShot(m_pauseMs, this, [this, s, index] {
            if (s)
                writeNext(s, index + 1);
        });
    }

    QTcpServer m_server;
    int m_status;
    QList<QByteArray> m_pieces;
    int m_pauseMs;
    bool m_finish;
    int m_written = 0;
    int m_closed = 0;
};

} // namespace

class TestHttpStream : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { m_network.setProxy(QNetworkProxy::NoProxy); }

    // Each piece arrives on its own, before the server wrote the next; the final answer still
    // holds the whole body. For reads and for changes (which go out on a connection of their own).
    void deliversPiecesAsTheyArrive_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST") << QByteArray("POST");
    }
    void deliversPiecesAsTheyArrive()
    {
        QFETCH(QByteArray, method);
        const QList<QByteArray> pieces{"{\"n\":1}\n", "{\"n\":2}\n", "{\"n\":3}\n"};
        ChunkServer server(200, pieces, 200, true);
        HttpClient client(&m_network);
        HttpRequest request = HttpRequest::get(server.url());
        request.method = method;
        QList<QByteArray> seen;
        QList<int> writtenWhenSeen;
        request.onData = [&](const QByteArray &chunk) {
            seen.append(chunk);
            writtenWhenSeen.append(server.written());
            return true;
        };
        const auto r = lwtest::await(client.send(request), 10'000);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, pieces.join());
        QCOMPARE(seen.join(), pieces.join());
        QCOMPARE(seen.size(), pieces.size());
        // The first piece was handed over while the server was still pausing before the second.
        QCOMPARE(writtenWhenSeen.first(), 1);
        QCOMPARE(writtenWhenSeen.last(), 3);
    }

    // Returning false ends a stream that would never end, at once and as a value.
    void stopsWhenAsked()
    {
        ChunkServer server(200, {"{\"status\":\"IN_FLIGHT\"}\n", "{\"status\":\"SUCCEEDED\"}\n"},
                           20'000, false);
        HttpClient client(&m_network);
        HttpRequest request = HttpRequest::get(server.url());
        request.timeoutMs = 15'000;
        int calls = 0;
        request.onData = [&](const QByteArray &) {
            ++calls;
            return false;
        };
        QElapsedTimer clock;
        clock.start();
        const auto r = lwtest::await(client.send(request), 10'000);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("{\"status\":\"IN_FLIGHT\"}\n"));
        QCOMPARE(calls, 1);
    }

    // The deadline still holds for a stream that goes quiet; what arrived was handed over first.
    void deadlineStillHolds()
    {
        ChunkServer server(200, {"first\n"}, 20'000, false);
        HttpClient client(&m_network);
        HttpRequest request = HttpRequest::get(server.url());
        request.timeoutMs = 700;
        QByteArray seen;
        request.onData = [&](const QByteArray &chunk) {
            seen += chunk;
            return true;
        };
        const auto r = lwtest::await(client.send(request), 10'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Timeout);
        QCOMPARE(seen, QByteArray("first\n"));
    }

    // A stream ends with the object that reads it: at once, as Cancelled, and its connection
    // is closed; a finished request is not touched by its reader going later.
    void endsWithItsReader()
    {
        ChunkServer server(200, {"first\n"}, 20'000, false);
        HttpClient client(&m_network);
        auto reader = std::make_unique<QObject>();
        HttpRequest request = HttpRequest::get(server.url());
        request.timeoutMs = 30'000;
        request.cancelWith = reader.get();
        QByteArray seen;
        request.onData = [&](const QByteArray &chunk) {
            seen += chunk;
            return true;
        };
        QFuture<HttpResult> f = client.send(request);
        QTRY_COMPARE_WITH_TIMEOUT(seen, QByteArray("first\n"), 5'000);
        QElapsedTimer clock;
        clock.start();
        reader.reset();
        const auto r = lwtest::await(f, 10'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(server.closed(), 1, 5'000);

        ChunkServer done(200, {"a\n", "b\n"}, 10, true);
        auto later = std::make_unique<QObject>();
        HttpRequest whole = HttpRequest::get(done.url());
        whole.cancelWith = later.get();
        const auto answered = lwtest::await(client.send(whole), 10'000);
        later.reset();
        QVERIFY(answered);
        QCOMPARE(answered->body, QByteArray("a\nb\n"));
    }

    // An error answer is not streamed: it arrives whole in the response, as before.
    void errorAnswersAreNotStreamed()
    {
        ChunkServer server(500, {"{\"code\":2,", "\"message\":\"boom\"}"}, 50, true);
        HttpClient client(&m_network);
        HttpRequest request = HttpRequest::get(server.url());
        int calls = 0;
        request.onData = [&](const QByteArray &) {
            ++calls;
            return true;
        };
        const auto r = lwtest::await(client.send(request), 10'000);
        QVERIFY(r);
        QCOMPARE(r->status, 500);
        QCOMPARE(r->body, QByteArray("{\"code\":2,\"message\":\"boom\"}"));
        QCOMPARE(calls, 0);
    }

    // The body cap applies to a streamed answer too.
    void capStillHolds()
    {
        const QByteArray piece(40'000, 'x');
        ChunkServer server(200, {piece, piece, piece, piece}, 10, true);
        HttpLimits limits;
        limits.maxJsonBytes = 100'000;
        HttpClient client(&m_network, limits);
        HttpRequest request = HttpRequest::get(server.url());
        qint64 seen = 0;
        request.onData = [&](const QByteArray &chunk) {
            seen += chunk.size();
            return true;
        };
        const auto r = lwtest::await(client.send(request), 10'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::TooLarge);
        QVERIFY(seen <= 100'000);
    }
};

QTEST_GUILESS_MAIN(TestHttpStream)
#include "tst_httpstream.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient's body cap against a server that streams without end: the body must be refused
// after little of it was read, not after Qt has taken in whatever the server could send.
#include "futureutil.h"
#include "net/httpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestHttpBodyCap : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { m_network.setProxy(QNetworkProxy::NoProxy); }

    // A body far above the cap, chunked (no length to refuse up front) and written as fast as
    // the client takes it, is refused after reading little of it: for reads, and for changes,
    // which Qt starts a turn of the event loop later.
    void capsAStreamedBodyEarly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST") << QByteArray("POST");
    }
    void capsAStreamedBodyEarly()
    {
        QFETCH(QByteArray, method);
        constexpr qint64 total = 256 * 1024 * 1024;
        constexpr qint64 piece = 64 * 1024;
        qint64 written = 0; // outlives the server's sockets, which count into it
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, &written] {
                s->readAll();
                if (s->property("answering").toBool())
                    return;
                s->setProperty("answering", true);
                s->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                         "transfer-encoding: chunked\r\n\r\n");
                auto pump = [s, &written] {
                    static const QByteArray chunk = "10000\r\n" + QByteArray(piece, ' ') + "\r\n";
                    while (written < total && s->state() == QAbstractSocket::ConnectedState
                           && s->bytesToWrite() < 1024 * 1024) {
                        s->write(chunk);
                        written += piece;
                    }
                };
                connect(s, &QTcpSocket::bytesWritten, s, pump);
                pump();
            });
        });
        HttpLimits limits;
        limits.maxJsonBytes = 100'000;
        HttpClient client(&m_network, limits);
        HttpRequest request =
            HttpRequest::get(QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort())));
        request.method = method;
        if (method == "POST")
            request.body = "{}";
        auto r = lwtest::await(client.send(request), 20'000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::TooLarge);
        // The kernel's socket buffers and Qt's read-ahead, not the stream.
        QVERIFY2(written < 32 * 1024 * 1024, qPrintable(u"%1 bytes written"_s.arg(written)));
    }
};

QTEST_GUILESS_MAIN(TestHttpBodyCap)
#include "tst_httpbodycap.moc"

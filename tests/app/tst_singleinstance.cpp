// SPDX-License-Identifier: GPL-3.0-or-later
// One running Lightwork: a second launch of the real binary hands its `lightning:` link to the
// first (here, this process with the main window loaded offscreen) and exits; the link opens
// the Pay dialog there, in review, and nothing is paid. Stale sockets and hostile peers are
// handled.
#include "gui/mainwindow.h"
#include "handoffmessage.h"
#include "payflow.h"
#include "singleinstance.h"
#include "urirouter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocalSocket>
#include <QMutex>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace {

// A regtest invoice from the sandbox (tests/data); it is only carried, never paid.
const QString invoice =
    u"lnbcrt500n1p4szustpp5fcfprx89fvaar0xua8vgak40m0j5x397ntc3e82t2dfdxyqa4a2qsp5d9q6amehzgvy0d4"
    "stj7t2czfrvn4r6rmdz4d34sefyp0d85c630sdqhdp5hyef6wphhxazlw3shx6cxqrrsscqzys9qrsgqy2uu7up3hunw"
    "95y506974qexzt5acqd8xfh4g03frzclfhyq9mg92d2qyf5smur53h8rd8e4ddlewz6gtur07f8anwawn566esx3afg"
    "pdkz70p"_s;

// Everything this process logs, to check that no link text is ever written out.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << message;
    }
    previousHandler(type, context, message);
}

QByteArray frame(quint32 length, const QByteArray &body)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(length, out.data());
    return out + body;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void messageFramingIsStrict();
    void secondLaunchHandsOverPaymentLink();
    void secondLaunchWithoutLinkOnlyRaises();
    void staleSocketOfKilledInstanceIsReplaced();
    void hostileMessagesAreDropped();

private:
    //! A socket name of its own for each test, through the data folder as a real user would.
    QString freshServerName();
    QProcess *launch(const QStringList &arguments);
    void finishLaunch(QProcess *process);

    QTemporaryDir m_runtime;
    QTemporaryDir m_data;
    QString m_app;
    int m_serial = 0;
};

void TestSingleInstance::initTestCase()
{
    m_app = qEnvironmentVariable("LW_APP");
    QVERIFY2(QFileInfo(m_app).isExecutable(), "LW_APP must name the lightwork binary");
    QVERIFY(m_runtime.isValid() && m_data.isValid());
    // Sockets go to the user's runtime folder; a private one keeps the real instance out.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(captureLog);
}

void TestSingleInstance::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSingleInstance::init()
{
    QMutexLocker lock(&logMutex);
    logLines.clear();
}

QString TestSingleInstance::freshServerName()
{
    const QString data = m_data.filePath(QString::number(++m_serial));
    // Also keeps every launched instance out of the user's own data folder.
    qputenv("LIGHTWORK_DATA", QFile::encodeName(data));
    const QString name = lw::SingleInstance::defaultServerName();
    return name;
}

QProcess *TestSingleInstance::launch(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProgram(m_app);
    process->setArguments(arguments);
    process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process->start();
    return process;
}

void TestSingleInstance::finishLaunch(QProcess *process)
{
    process->kill();
    process->waitForFinished(5000);
    delete process;
}

void TestSingleInstance::messageFramingIsStrict()
{
    const QStringList arguments{u"lightning:"_s + invoice, u"ünïcödé"_s};
    const QByteArray message = lw::handoff::encode(arguments);
    QVERIFY(!message.isEmpty());

    // Byte by byte, as a slow socket would deliver it.
    lw::handoff::Reader slow;
    for (qsizetype i = 0; i + 1 < message.size(); ++i)
        QCOMPARE(slow.feed(message.mid(i, 1)), lw::handoff::Reader::State::NeedMore);
    QCOMPARE(slow.feed(message.right(1)), lw::handoff::Reader::State::Complete);
    QCOMPARE(slow.arguments(), arguments);
    // Nothing may follow.
    QCOMPARE(slow.feed("x"), lw::handoff::Reader::State::Invalid);

    // The sender refuses what the receiver would drop.
    QVERIFY(lw::handoff::encode(QStringList(lw::handoff::maxArguments + 1, u"a"_s)).isEmpty());
    QVERIFY(lw::handoff::encode({QString(lw::handoff::maxMessageBytes, u'a')}).isEmpty());
    QVERIFY(!lw::handoff::encode({}).isEmpty());

    const QList<QByteArray> hostile{
        frame(0, {}),
        frame(0xffffffffu, "[]"),
        frame(lw::handoff::maxMessageBytes + 1, {}),
        frame(2, "[]x"),
        frame(5, "nope!"),
        frame(7, "{\"a\":1}"),
        frame(3, "[1]"),
        frame(13, "[\"a\",[\"b\"],1]"),
    };
    for (const QByteArray &bytes : hostile) {
        lw::handoff::Reader reader;
        QCOMPARE(reader.feed(bytes), lw::handoff::Reader::State::Invalid);
        QVERIFY(reader.arguments().isEmpty());
    }
}

void TestSingleInstance::secondLaunchHandsOverPaymentLink()
{
    const QString name = freshServerName();
    QVERIFY2(name.startsWith(m_runtime.path() + u'/'), qPrintable(name));

    lw::SingleInstance first(name);
    QCOMPARE(first.start({}), lw::SingleInstance::Role::Primary);
    QQmlApplicationEngine engine;
    QQuickWindow *window = lw::gui::loadMainWindow(engine);
    QVERIFY(window);
    lw::gui::routeLaterLaunches(first, *window);
    lw::UriRouter *router = lw::UriRouter::instance();
    router->takePending();
    QSignalSpy requested(router, &lw::UriRouter::payRequested);
    const QList<QWindow *> windowsBefore = QGuiApplication::topLevelWindows();

    const QString link = u"lightning:"_s + invoice;
    QElapsedTimer elapsed;
    elapsed.start();
    QProcess *second = launch({link});
    // The event loop must run meanwhile: this process is the one answering.
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 10000);
    const QByteArray secondLog = second->readAllStandardError() + second->readAllStandardOutput();
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY2(elapsed.elapsed() < 5000, "the second launch should exit at once");
    finishLaunch(second);

    // Exactly the link as given, once; the Pay dialog took it and shows it in mode A.
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), link);
    QVERIFY(router->pendingPayment().isEmpty()); // taken: a link opens the dialog once
    auto *dialog = window->findChild<QObject *>(u"payDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QVERIFY(!dialog->property("confirming").toBool());
    auto *flow = qobject_cast<lw::PayFlow *>(dialog->property("flow").value<QObject *>());
    QVERIFY(flow);
    QCOMPARE(flow->request(), link);
    auto *field = dialog->findChild<QQuickItem *>(u"requestField"_s);
    QVERIFY(field);
    QCOMPARE(field->property("text").toString(), link);
    QVERIFY(field->isVisible());
    // No new window here, and the second process had none (it exited without an event loop).
    QCOMPARE(QGuiApplication::topLevelWindows(), windowsBefore);
    QVERIFY(window->isVisible());

    // The invoice is in no log line, of either process.
    QVERIFY(!secondLog.contains(invoice.toLatin1()));
    QMutexLocker lock(&logMutex);
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(!line.contains(invoice), qPrintable(line));
    lock.unlock();

    // Nothing was paid: the dialog waits in review for the user's click.
    QTest::qWait(300);
    const auto state = flow->state();
    QVERIFY2(state == lw::PayFlow::State::Review || state == lw::PayFlow::State::Resolving,
             qPrintable(QString::number(int(state))));
    QVERIFY(flow->preimage().isEmpty());
    QVERIFY(flow->paymentHash().size() == 64); // the invoice was read, not paid
    QVERIFY(router->takePending().isEmpty());
}

void TestSingleInstance::secondLaunchWithoutLinkOnlyRaises()
{
    lw::SingleInstance first(freshServerName());
    QCOMPARE(first.start({}), lw::SingleInstance::Role::Primary);
    QSignalSpy received(&first, &lw::SingleInstance::argumentsReceived);
    QSignalSpy requested(lw::UriRouter::instance(), &lw::UriRouter::payRequested);

    // No arguments, then arguments that are not Lightning payment links.
    const QList<QStringList> launches{
        {}, {u"https://example.com/?x=1"_s, u"bitcoin:bcrt1qexample"_s, u"--verbose"_s}};
    for (const QStringList &arguments : launches) {
        QProcess *second = launch(arguments);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 10000);
        QCOMPARE(second->exitCode(), 0);
        finishLaunch(second);
    }
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList());
    QCOMPARE(received.at(1).at(0).toStringList(), launches.at(1));
    QCOMPARE(lw::UriRouter::instance()->handleArguments(launches.at(1)), 0);
    QCOMPARE(requested.size(), 0);
}

void TestSingleInstance::staleSocketOfKilledInstanceIsReplaced()
{
    const QString name = freshServerName();
    QProcess *killed = launch({});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(name), 10000);
    killed->kill(); // SIGKILL: no chance to remove its socket
    QVERIFY(killed->waitForFinished(5000));
    delete killed;
    QVERIFY2(QFileInfo::exists(name), "the killed instance should leave its socket behind");

    lw::SingleInstance first(name);
    QCOMPARE(first.start({}), lw::SingleInstance::Role::Primary);
    QVERIFY(first.isListening());
    QSignalSpy received(&first, &lw::SingleInstance::argumentsReceived);
    QProcess *second = launch({u"lightning:"_s + invoice});
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 10000);
    QCOMPARE(second->exitCode(), 0);
    finishLaunch(second);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList{u"lightning:"_s + invoice});
}

void TestSingleInstance::hostileMessagesAreDropped()
{
    const QString name = freshServerName();
    lw::SingleInstance first(name);
    QCOMPARE(first.start({}), lw::SingleInstance::Role::Primary);
    QSignalSpy received(&first, &lw::SingleInstance::argumentsReceived);

    const QList<QByteArray> hostile{
        frame(0x7fffffffu, QByteArray(1024, 'x')),                       // claims 2 GiB
        frame(lw::handoff::maxMessageBytes + 1, QByteArray(70000, '[')), // over the cap
        frame(9, "not json!"),
        frame(7, "{\"a\":1}"),
        QByteArray(lw::handoff::maxMessageBytes * 2, '\xff'), // no framing at all
        {},                                                   // silent: times out
    };
    for (const QByteArray &bytes : hostile) {
        QLocalSocket peer;
        peer.connectToServer(name);
        QVERIFY(peer.waitForConnected(2000));
        peer.write(bytes);
        QByteArray answer;
        QObject::connect(&peer, &QLocalSocket::readyRead, &peer, [&] { answer += peer.readAll(); });
        QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QLocalSocket::UnconnectedState, 8000);
        QVERIFY2(answer.isEmpty(), answer.constData()); // no acknowledgement
    }
    QCOMPARE(received.size(), 0);

    // Still serving: a well-formed hand-off is acknowledged and delivered.
    QLocalSocket peer;
    peer.connectToServer(name);
    QVERIFY(peer.waitForConnected(2000));
    peer.write(lw::handoff::encode({u"lightning:"_s + invoice}));
    QByteArray answer;
    QObject::connect(&peer, &QLocalSocket::readyRead, &peer, [&] { answer += peer.readAll(); });
    QTRY_COMPARE(answer, QByteArray(lw::handoff::ack));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList{u"lightning:"_s + invoice});
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopNotifier against a fake org.freedesktop.Notifications service on a private bus that
// the test starts itself (dbus-daemon): what the service receives, and that a bus without the
// service, a service that never answers and no bus at all turn notifications off quietly.
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString serviceName = u"org.freedesktop.Notifications"_s;

} // namespace

class FakeNotifications : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString app;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls;
    QStringList capabilities{u"body"_s};
    bool silent = false; //!< never answers

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        if (silent)
            setDelayedReply(true); // and no reply ever comes
        return capabilities;
    }
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        calls.append({app, icon, summary, body, hints, timeout});
        return uint(calls.size());
    }
};

class TestDesktopNotifier : public QObject {
    Q_OBJECT

    QProcess m_daemon;
    QString m_address;
    int m_connections = 0;

    QDBusConnection bus(const QString &role)
    {
        return QDBusConnection::connectToBus(m_address, role + QString::number(++m_connections));
    }

    //! Registers a fake service on its own connection; returns that connection's name.
    QString serve(FakeNotifications &fake)
    {
        QDBusConnection service = bus(u"service"_s);
        if (!service.isConnected() || !service.registerService(serviceName)
            || !service.registerObject(u"/org/freedesktop/Notifications"_s, &fake,
                                       QDBusConnection::ExportAllSlots))
            return {};
        return service.name();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(m_daemon.waitForStarted(5'000), "dbus-daemon is needed (package dbus)");
        QElapsedTimer t;
        t.start();
        while (!m_daemon.canReadLine() && t.elapsed() < 5'000)
            m_daemon.waitForReadyRead(100);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(3'000);
    }

    void sendsPlainTextWithTheAppName()
    {
        FakeNotifications fake;
        const QString service = serve(fake);
        QVERIFY(!service.isEmpty());
        DesktopNotifier notifier(bus(u"client"_s));
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notify(u"New task for “Logos”"_s, u"Draw <b>a logo</b> & more\nnow · 5 sat"_s);
        notifier.notify(u"Second"_s, u"Two"_s);
        QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 2, 5'000);
        QCOMPARE(notifier.state(), DesktopNotifier::State::Ready);
        const auto &call = fake.calls.constFirst();
        QCOMPARE(call.app, u"Lightwork"_s);
        QCOMPARE(call.icon, u"lightwork"_s);
        QCOMPARE(call.summary, u"New task for “Logos”"_s);
        // Without body-markup the text goes as it is, on one line.
        QCOMPARE(call.body, u"Draw <b>a logo</b> & more now · 5 sat"_s);
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"lightwork"_s);
        QCOMPARE(call.timeout, -1);
        QCOMPARE(fake.calls[1].summary, u"Second"_s);
        QTRY_COMPARE(shown.count(), 2);
        QDBusConnection::disconnectFromBus(service);
    }

    void escapesMarkupWhenTheServerReadsIt()
    {
        FakeNotifications fake;
        fake.capabilities = {u"body"_s, u"body-markup"_s};
        const QString service = serve(fake);
        QVERIFY(!service.isEmpty());
        DesktopNotifier notifier(bus(u"client"_s));
        notifier.notify(u"<i>Title</i>"_s, u"<a href=\"x\">Tom</a> & Jerry"_s);
        QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 1, 5'000);
        QCOMPARE(fake.calls[0].body, u"&lt;a href=&quot;x&quot;&gt;Tom&lt;/a&gt; &amp; Jerry"_s);
        QCOMPARE(fake.calls[0].summary, u"<i>Title</i>"_s); // the summary is never markup
        QDBusConnection::disconnectFromBus(service);
    }

    void longTextIsCut()
    {
        QCOMPARE(DesktopNotifier::bodyText(QString(1000, u'x'), false).size(),
                 DesktopNotifier::bodyLimit);
        QCOMPARE(DesktopNotifier::summaryText(QString(1000, u'x')).size(),
                 DesktopNotifier::summaryLimit);
    }

    void noServiceTurnsItOff()
    {
        DesktopNotifier notifier(bus(u"client"_s));
        QSignalSpy state(&notifier, &DesktopNotifier::stateChanged);
        notifier.notify(u"a"_s, u"b"_s);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.state(), DesktopNotifier::State::Disabled, 5'000);
        notifier.notify(u"c"_s, u"d"_s); // nothing more happens
        QCOMPARE(notifier.state(), DesktopNotifier::State::Disabled);
        QCOMPARE(state.count(), 2); // probing, then off
    }

    void aServiceThatNeverAnswersTurnsItOff()
    {
        FakeNotifications fake;
        fake.silent = true;
        const QString service = serve(fake);
        QVERIFY(!service.isEmpty());
        DesktopNotifier notifier(bus(u"client"_s));
        notifier.setTimeoutMs(300);
        QElapsedTimer t;
        t.start();
        notifier.notify(u"a"_s, u"b"_s);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.state(), DesktopNotifier::State::Disabled, 5'000);
        QVERIFY(t.elapsed() < 3'000);
        QCOMPARE(fake.calls.size(), 0);
        QDBusConnection::disconnectFromBus(service);
    }

    void noBusTurnsItOffAtOnce()
    {
        DesktopNotifier notifier(
            QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, u"nobus"_s));
        notifier.notify(u"a"_s, u"b"_s);
        QCOMPARE(notifier.state(), DesktopNotifier::State::Disabled);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"

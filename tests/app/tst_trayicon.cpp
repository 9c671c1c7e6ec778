// SPDX-License-Identifier: GPL-3.0-or-later
// TrayIcon against a fake org.kde.StatusNotifierWatcher on a private session bus (under Xvfb,
// which has no XEmbed tray). Qt 6.4 offers its D-Bus tray (QDBusTrayIcon) only when that
// watcher answers IsStatusNotifierHostRegistered=true, and decides once per process, so the
// "is there a tray" cases run in a child process each; the icon itself is read back over D-Bus
// (org.kde.StatusNotifierItem and its com.canonical.dbusmenu menu) like a panel would.
#include "common/version.h"
#include "trayicon.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QMutex>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QWindow>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString watcherService = u"org.kde.StatusNotifierWatcher"_s;
const QString watcherPath = u"/StatusNotifierWatcher"_s;
const QString itemInterface = u"org.kde.StatusNotifierItem"_s;
const QString menuInterface = u"com.canonical.dbusmenu"_s;

//! One entry of a com.canonical.dbusmenu layout: (ia{sv}av).
struct MenuNode {
    int id = 0;
    QVariantMap properties;
    QList<MenuNode> children;
};

MenuNode readMenuNode(const QDBusArgument &arg)
{
    MenuNode node;
    arg.beginStructure();
    arg >> node.id >> node.properties;
    arg.beginArray();
    while (!arg.atEnd()) {
        QDBusVariant child;
        arg >> child;
        node.children << readMenuNode(qvariant_cast<QDBusArgument>(child.variant()));
    }
    arg.endArray();
    arg.endStructure();
    return node;
}

//! The title of a StatusNotifierItem ToolTip: (sa(iiay)ss) = icon, pixmaps, title, text.
QString toolTipTitle(const QVariant &value)
{
    const auto arg = qvariant_cast<QDBusArgument>(value);
    QString icon;
    QString title;
    QString text;
    arg.beginStructure();
    arg >> icon;
    arg.beginArray();
    while (!arg.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray data;
        arg.beginStructure();
        arg >> width >> height >> data;
        arg.endStructure();
    }
    arg.endArray();
    arg >> title >> text;
    arg.endStructure();
    return title;
}

//! How many images an a(iiay) icon property carries.
int pixmapCount(const QVariant &value)
{
    const auto arg = qvariant_cast<QDBusArgument>(value);
    int count = 0;
    arg.beginArray();
    while (!arg.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray data;
        arg.beginStructure();
        arg >> width >> height >> data;
        arg.endStructure();
        if (width > 0 && height > 0 && data.size() == width * height * 4)
            ++count;
    }
    arg.endArray();
    return count;
}

//! Waits for an asynchronous call while this thread's event loop runs, so that objects of this
//! thread (the tray icon) can answer it.
QDBusMessage await(const QDBusPendingCall &call)
{
    QElapsedTimer timer;
    timer.start();
    while (!call.isFinished() && timer.elapsed() < 5'000)
        QTest::qWait(10);
    return call.reply();
}

} // namespace

//! The panel side of the protocol: it lives in a thread of its own, because Qt asks it
//! (blocking) from the main thread whether a host is registered.
class FakeWatcher : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)

public:
    explicit FakeWatcher(bool hostRegistered)
        : m_hostRegistered(hostRegistered)
    {}

    bool hostRegistered() const { return m_hostRegistered; }
    int protocolVersion() const { return 0; }
    QStringList items() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items;
    }
    //! The bus names that called RegisterStatusNotifierItem, one per call.
    QStringList callers() const
    {
        QMutexLocker lock(&m_mutex);
        return m_callers;
    }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service)
    {
        QMutexLocker lock(&m_mutex);
        m_items << service;
        m_callers << message().service();
    }
    void RegisterStatusNotifierHost(const QString &) {}

private:
    const bool m_hostRegistered;
    mutable QMutex m_mutex;
    QStringList m_items;
    QStringList m_callers;
};

class TestTrayIcon : public QObject {
    Q_OBJECT

    QThread m_watcherThread;
    std::unique_ptr<FakeWatcher> m_watcher;
    QString m_watcherConnection;
    int m_connections = 0;

    static QDBusConnection bus(const QString &name)
    {
        return QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
    }

    //! Puts a watcher on the bus, on a connection of its own.
    bool startWatcher(bool hostRegistered)
    {
        m_watcher = std::make_unique<FakeWatcher>(hostRegistered);
        m_watcher->moveToThread(&m_watcherThread);
        m_watcherConnection = u"watcher"_s + QString::number(++m_connections);
        QDBusConnection connection = bus(m_watcherConnection);
        return connection.isConnected()
               && connection.registerObject(watcherPath, m_watcher.get(),
                                            QDBusConnection::ExportAllSlots
                                                | QDBusConnection::ExportAllProperties)
               && connection.registerService(watcherService);
    }

    void stopWatcher()
    {
        if (m_watcherConnection.isEmpty())
            return;
        QDBusConnection::disconnectFromBus(m_watcherConnection);
        m_watcherConnection.clear();
        // Gone from the bus before the next case asks for it.
        QTRY_VERIFY(
            !QDBusConnection::sessionBus().interface()->isServiceRegistered(watcherService));
        m_watcher.reset();
    }

    //! What a fresh process of this application (with no tray decided yet) says.
    static QString probe()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LW_TRAY_PROBE"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(20'000) || child.exitCode() != 0)
            return u"failed: "_s + QString::fromLocal8Bit(child.readAllStandardError());
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

    static QPixmap iconPixmap()
    {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setBrush(QColor(0xf7, 0x93, 0x1a));
        painter.drawEllipse(2, 2, 28, 28);
        return pixmap;
    }

    //! The registered item's properties, read over D-Bus.
    static QVariantMap itemProperties(const QString &service)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            service, u"/StatusNotifierItem"_s, u"org.freedesktop.DBus.Properties"_s, u"GetAll"_s);
        call.setArguments({itemInterface});
        const QDBusMessage reply = await(QDBusConnection::sessionBus().asyncCall(call));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return qdbus_cast<QVariantMap>(reply.arguments().constFirst());
    }

    static QDBusMessage callItem(const QString &service, const QString &path,
                                 const QString &interface, const QString &method,
                                 const QVariantList &arguments)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
        call.setArguments(arguments);
        return await(QDBusConnection::sessionBus().asyncCall(call));
    }

    static MenuNode menuLayout(const QString &service, const QString &path)
    {
        const QDBusMessage reply =
            callItem(service, path, menuInterface, u"GetLayout"_s,
                     {0, -1, QStringList{u"label"_s, u"type"_s, u"enabled"_s, u"visible"_s}});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return {};
        return readMenuNode(qvariant_cast<QDBusArgument>(reply.arguments().at(1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no private session bus");
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        m_watcherThread.start();
    }

    void cleanupTestCase()
    {
        stopWatcher();
        m_watcherThread.quit();
        m_watcherThread.wait();
    }

    void cleanup() { stopWatcher(); }

    // Xvfb has no XEmbed tray, so without a watcher no icon is offered (and none is made).
    void noWatcherNoTray() { QCOMPARE(probe(), u"no tray"_s); }

    // Qt 6.4 asks the watcher whether a host shows the items, not just whether it exists.
    void aWatcherWithoutHostIsNoTray()
    {
        QVERIFY(startWatcher(false));
        QCOMPARE(probe(), u"no tray"_s);
        QVERIFY(m_watcher->callers().isEmpty());
    }

    void aWatcherWithHostIsATray()
    {
        QVERIFY(startWatcher(true));
        QCOMPARE(probe(), u"tray"_s);
    }

    void registersAnItemWithTheAppsName()
    {
        QVERIFY(startWatcher(true));
        QVERIFY(TrayIcon::isAvailable());
        QWindow window;
        window.setIcon(QIcon(iconPixmap()));
        TrayIcon tray(window);
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->items().size(), 1, 5'000);
        const QString item = m_watcher->items().constFirst();
        // The item is the unique name of the connection that registered it.
        QCOMPARE(m_watcher->callers().constFirst(), item);

        const QVariantMap properties = itemProperties(item);
        QVERIFY2(!properties.isEmpty(), "the item does not answer on /StatusNotifierItem");
        QCOMPARE(properties.value(u"Title"_s).toString(), u"Lightwork"_s);
        QCOMPARE(properties.value(u"Id"_s).toString(), u"Lightwork"_s);
        QCOMPARE(toolTipTitle(properties.value(u"ToolTip"_s)), u"Lightwork"_s);
        QCOMPARE(properties.value(u"Status"_s).toString(), u"Active"_s);
        QCOMPARE(properties.value(u"Category"_s).toString(), u"ApplicationStatus"_s);
        QCOMPARE(qvariant_cast<QDBusObjectPath>(properties.value(u"Menu"_s)).path(), u"/MenuBar"_s);
        // No "lightwork" in the (empty) icon theme here: the window's icon is sent as pixels.
        QVERIFY(properties.value(u"IconName"_s).toString() == u"lightwork"_s
                || pixmapCount(properties.value(u"IconPixmap"_s)) > 0);
    }

    void exportsTheMenu()
    {
        QVERIFY(startWatcher(true));
        QWindow window;
        window.setIcon(QIcon(iconPixmap()));
        TrayIcon tray(window);
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->items().size(), 1, 5'000);
        const QString item = m_watcher->items().constFirst();

        const MenuNode root = menuLayout(item, u"/MenuBar"_s);
        QStringList entries;
        int showId = -1;
        for (const MenuNode &node : root.children) {
            if (node.properties.value(u"type"_s).toString() == u"separator"_s) {
                entries << u"-"_s;
                continue;
            }
            const QString label = node.properties.value(u"label"_s).toString();
            QVERIFY2(node.properties.value(u"enabled"_s, true).toBool(), qPrintable(label));
            QVERIFY2(node.properties.value(u"visible"_s, true).toBool(), qPrintable(label));
            entries << label;
            if (label == u"Show Lightwork"_s)
                showId = node.id;
        }
        QCOMPARE(entries, (QStringList{u"Show Lightwork"_s, u"-"_s, u"Quit"_s}));

        // A panel's click on "Show Lightwork" brings the window up.
        QVERIFY(!window.isVisible());
        const QDBusMessage clicked =
            callItem(item, u"/MenuBar"_s, menuInterface, u"Event"_s,
                     {showId, u"clicked"_s, QVariant::fromValue(QDBusVariant(0)), 0u});
        QCOMPARE(clicked.type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 5'000);
    }

    void activatingTheItemShowsTheWindow()
    {
        QVERIFY(startWatcher(true));
        QWindow window;
        window.setIcon(QIcon(iconPixmap()));
        TrayIcon tray(window);
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->items().size(), 1, 5'000);
        QVERIFY(!window.isVisible());
        const QDBusMessage activated =
            callItem(m_watcher->items().constFirst(), u"/StatusNotifierItem"_s, itemInterface,
                     u"Activate"_s, {0, 0});
        QCOMPARE(activated.type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 5'000);
    }

    // A panel that restarts gets the item again; a deleted icon leaves the bus.
    void followsTheWatcherAndLeavesWithTheIcon()
    {
        QVERIFY(startWatcher(true));
        QWindow window;
        window.setIcon(QIcon(iconPixmap()));
        auto tray = std::make_unique<TrayIcon>(window);
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->items().size(), 1, 5'000);
        const QString item = m_watcher->items().constFirst();

        stopWatcher();
        QVERIFY(startWatcher(true));
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->items(), QStringList{item}, 5'000);

        tray.reset();
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDBusConnection::sessionBus().interface()->isServiceRegistered(item), 5'000);
    }
};

namespace {

//! The child of probe(): what TrayIcon::isAvailable() says in a fresh process.
int runProbe(int argc, char **argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(lw::version::applicationName());
    std::puts(TrayIcon::isAvailable() ? "tray" : "no tray");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Never the desktop's bus: the whole suite runs under a private one that dbus-run-session
    // starts and ends (the children of probe() share it).
    if (!qEnvironmentVariableIsSet("LW_TRAY_PRIVATE_BUS")) {
        qputenv("LW_TRAY_PRIVATE_BUS", "1");
        std::vector<char *> args{const_cast<char *>("dbus-run-session"), const_cast<char *>("--")};
        args.insert(args.end(), argv, argv + argc);
        args.push_back(nullptr);
        ::execvp(args.front(), args.data());
        std::perror("dbus-run-session (package dbus)");
        return 1;
    }
    if (qEnvironmentVariableIsSet("LW_TRAY_PROBE"))
        return runProbe(argc, argv);
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(lw::version::applicationName());
    TestTrayIcon test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trayicon.moc"

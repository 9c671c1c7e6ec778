// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's costs: loading 10,000 and 100,000 cached tasks into TaskFeedModel, resident memory
// with 100,000, applying a 10,000-task change set (time, signals, no reset), cold start to the
// first painted feed, and scrolling 100,000 rows in a ListView with the software renderer.
// Each figure comes from a fresh child process (this binary again), so one measurement's heap
// does not inflate the next. Prints figures and targets; never fails.
#include "accounts/accountstore.h"
#include "feedsource.h"
#include "sandboxsetup.h"
#include "store/appschema.h"
#include "store/marketcache.h"
#include "taskfeedmodel.h"
#include "taskfiltermodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(LightworkPlugin)
Q_IMPORT_QML_PLUGIN(Lightwork_BackendPlugin)

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

QElapsedTimer processClock; // started first thing in main(): cold start counts from there

const char *const words[] = {
    "translate", "verify", "the",   "opening", "hours",   "of",      "a",      "small",   "bakery",
    "in",        "Lisbon", "and",   "write",   "short",   "summary", "with",   "sources", "receipt",
    "photo",     "label",  "check", "whether", "listing", "still",   "exists", "for",     "me"};

// A task as a market sends it: a UUID, a title, ~280 characters of description, a buyer.
CacheItem makeTask(int i, bool proofLayer)
{
    quint32 seed = quint32(i) * 2654435761u + 12345u;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    CacheItem item;
    item.remoteId =
        u"%1-0000-4000-8000-%2"_s.arg(i, 8, 16, QLatin1Char('0')).arg(i, 12, 10, QLatin1Char('0'));
    item.status = u"open"_s;
    item.amount = MilliSats((100 + next() % 50'000) * 1000);
    item.title = u"Task %1: "_s.arg(i);
    while (item.title.size() < 50)
        item.title += QLatin1StringView(words[next() % std::size(words)]) + u' ';
    while (item.text.size() < 280)
        item.text += QLatin1StringView(words[next() % std::size(words)]) + u' ';
    item.title.chop(1);
    item.text.chop(1);
    item.party = u"acct_buyer_%1"_s.arg(next() % 500);
    item.createdAt = u"2026-11-%1T%2:00:00Z"_s.arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                         .arg(i % 24, 2, 10, QLatin1Char('0'));
    item.updatedAt = item.createdAt;
    item.extra.insert(u"quote_count"_s, int(next() % 12));
    if (proofLayer)
        item.extra.insert(u"task_type"_s, u"verify"_s);
    return item;
}

struct Store {
    std::unique_ptr<Database> db;
    std::unique_ptr<MarketCache> cache;
    QList<FeedAccount> accounts;
};

// Opens (or creates with `hire` + `proof` tasks) the bench database at `path`.
Store openStore(const QString &path, int hire = 0, int proof = 0)
{
    Store s;
    auto db = Database::open(path, appMigrations());
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(db.error().describe()));
        std::exit(2);
    }
    s.db = std::move(*db);
    s.cache = std::make_unique<MarketCache>(*s.db);
    AccountStore accounts(*s.db);
    auto profile = accounts.currentProfile();
    if (!profile)
        std::exit(2);
    auto list = accounts.accounts(profile->id);
    if (list && list->isEmpty()) {
        MarketAccount a{
            0, profile->id, u"hire"_s, MarketKind::AiForHire, QUrl(u"https://402.example"_s), {},
            0};
        MarketAccount b{
            0, profile->id, u"proof"_s, MarketKind::ProofLayer, QUrl(u"https://pl.example"_s), {},
            0};
        if (!accounts.addAccount(a) || !accounts.addAccount(b))
            std::exit(2);
        list = accounts.accounts(profile->id);
    }
    if (!list || list->size() < 2)
        std::exit(2);
    s.accounts = {{list->at(0).id, u"402ai"_s, MarketKind::AiForHire},
                  {list->at(1).id, u"ProofLayer"_s, MarketKind::ProofLayer}};
    // Pages of 5,000 a second apart, as a feed fills over several syncs.
    qint64 now = 1'700'000'000'000;
    for (const auto &[account, count, pl] :
         {std::tuple{s.accounts[0].id, hire, false}, std::tuple{s.accounts[1].id, proof, true}}) {
        for (int from = 0; from < count; from += 5000) {
            CacheSnapshot snap{account, CacheKind::Task, {}, {}, false};
            for (int i = from; i < std::min(count, from + 5000); ++i)
                snap.items.append(makeTask(pl ? 1'000'000 + i : i, pl));
            if (!s.cache->apply(snap, now += 1000))
                std::exit(2);
        }
    }
    return s;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// --load: cache → model; the time and the whole process's resident memory.
int childLoad(const QString &path, const char *label, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const long before = rssKb();
    Store s = openStore(path);
    QElapsedTimer t;
    t.start();
    FeedSource source(*s.db, s.accounts);
    TaskFeedModel model;
    model.setSource(&source);
    const double firstMs = ms(t);
    const int firstRows = model.count();
    model.waitUntilLoaded();
    const double loadMs = ms(t);
    std::printf("  load %s cached tasks into the model: %.1f ms (%d rows; the first %d rows, "
                "which a window shows before the others are read: %.1f ms)\n",
                label, loadMs, model.count(), firstRows, firstMs);
    std::printf("  resident memory with %s tasks loaded: %.1f MB (%.1f MB before opening the "
                "database)\n",
                label, rssKb() / 1024.0, before / 1024.0);
    return 0;
}

// --apply: a 10,000-task change set (5,000 new, 4,000 changed, 1,000 gone) to 10,000 rows.
int childApply(const QString &path, bool withProxy, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Store s = openStore(path);
    FeedSource source(*s.db, s.accounts);
    // Connected before the model: when the change set reaches the model, the source is done.
    QElapsedTimer t;
    double sourceMs = 0;
    QObject::connect(&source, &FeedSource::tasksChanged, [&t, &sourceMs] { sourceMs = ms(t); });
    TaskFeedModel model;
    model.setSource(&source);
    model.waitUntilLoaded();
    TaskFilterModel filter;
    if (withProxy)
        filter.setSourceModel(&model);
    int resets = 0, inserts = 0, removes = 0, changes = 0;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, [&resets] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&inserts] { ++inserts; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&removes] { ++removes; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&changes] { ++changes; });

    const qint64 account = s.accounts[0].id;
    CacheSnapshot snap{account, CacheKind::Task, {}, {}, true};
    for (int i = 0; i < 10'000; ++i) {
        if (i % 10 == 0)
            continue; // gone: 1,000 rows spread over the whole list
        CacheItem item = makeTask(i, false);
        if (i % 10 >= 1 && i % 10 <= 4)
            item.status = u"in_escrow"_s; // changed: 4,000 rows in runs of four
        snap.items.append(item);
    }
    for (int i = 10'000; i < 15'000; ++i)
        snap.items.append(makeTask(i, false));
    t.start();
    auto changed = s.cache->apply(snap, 1'800'000'000'000);
    const double cacheMs = ms(t);
    if (!changed)
        return 2;
    t.restart();
    source.apply(account, CacheKind::Task, QString(), *changed);
    const double applyMs = ms(t);
    // Of that, turning the cache's handed-over items into rows (safe text, parsed dates).
    FeedTaskReader reader;
    t.restart();
    for (const CacheItem &item : changed->stored)
        [[maybe_unused]] const auto row = reader.read(account, item);
    const double readMs = ms(t);
    std::printf("  apply a %lld-task change set (%lld new, %lld changed, %lld gone) to %s: "
                "%.1f ms (target <= 50 ms); resets: %d; signals: %d insert, %d remove, %d "
                "dataChanged; rows now %d%s [the source reading the changed rows: %.1f ms, "
                "the models: %.1f ms; making the rows alone: %.1f ms; the cache's own diff "
                "and write before it: %.1f ms]\n",
                qlonglong(changed->size()), qlonglong(changed->inserted.size()),
                qlonglong(changed->updated.size()), qlonglong(changed->removed.size()),
                withProxy ? "model + TaskFilterModel" : "the model", applyMs, resets, inserts,
                removes, changes, model.count(),
                withProxy ? qPrintable(u", proxy rows %1"_s.arg(filter.rowCount())) : "", sourceMs,
                applyMs - sourceMs, readMs, cacheMs);
    return 0;
}

const char *const feedQml = R"(
import QtQuick
Rectangle {
    id: root
    required property QtObject feed
    width: 480; height: 800; color: "#f6f6f4"
    ListView {
        objectName: "list"
        anchors.fill: parent
        model: root.feed
        delegate: Item {
            id: row
            required property string title
            required property string budgetText
            required property string market
            required property string description
            required property bool isNew
            width: 480; height: 64
            Rectangle {
                anchors.fill: parent; anchors.margins: 4; radius: 6
                color: row.isNew ? "#e8f0ff" : "white"; border.color: "#dcdcdc"
            }
            Text {
                x: 14; y: 10; width: 452; elide: Text.ElideRight; font.pixelSize: 15
                textFormat: Text.PlainText; text: row.title + "  ·  " + row.budgetText
            }
            Text {
                x: 14; y: 36; width: 452; elide: Text.ElideRight; font.pixelSize: 13
                color: "#666666"; textFormat: Text.PlainText
                text: row.market + " — " + row.description
            }
        }
    }
}
)";

// The same list with the feed's own row (qml/delegates/TaskDelegate.qml) and FeedPage's
// ListView settings.
const char *const taskDelegateQml = R"(
import QtQuick
import Lightwork
Rectangle {
    id: root
    required property QtObject feed
    width: 480; height: 800; color: Theme.surface
    ListView {
        id: list
        objectName: "list"
        anchors.fill: parent
        model: root.feed
        reuseItems: true
        cacheBuffer: 600
        delegate: TaskDelegate { width: list.width }
    }
}
)";

struct Frames {
    QList<double> times;
    void report(const char *what) const
    {
        QList<double> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return;
        const double p99 = sorted[qsizetype(double(sorted.size() - 1) * 0.99)];
        std::printf("  %s: %lld frames, max %.1f ms, p99 %.1f ms, median %.1f ms (target: no "
                    "frame over 32 ms)\n",
                    what, qlonglong(sorted.size()), sorted.last(), p99, sorted[sorted.size() / 2]);
    }
};

// --gui: cold start to the first painted frame, then (for 100,000) a scroll through all rows.
int childGui(const QString &path, const char *label, bool scroll, bool taskDelegate, int argc,
             char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(u"Fusion"_s); // as the application
    const char *const text = taskDelegate ? taskDelegateQml : feedQml;
    Store s = openStore(path);
    FeedSource source(*s.db, s.accounts);
    TaskFeedModel model;
    model.setSource(&source);
    TaskFilterModel filter;
    filter.setSourceModel(&model);
    QTemporaryDir dir;
    QFile qml(dir.filePath(u"FeedBench.qml"_s));
    if (!qml.open(QIODevice::WriteOnly) || qml.write(text) < 0)
        return 2;
    qml.close();
    QQuickView view;
    view.engine()->addImportPath(u"qrc:/qt/qml"_s); // Qt 6.4 does not by default
    view.setInitialProperties({{u"feed"_s, QVariant::fromValue<QObject *>(&filter)}});
    view.setSource(QUrl::fromLocalFile(qml.fileName()));
    if (view.status() != QQuickView::Ready) {
        for (const QQmlError &e : view.errors())
            std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 2;
    }
    QEventLoop loop;
    QObject::connect(&view, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    view.show();
    loop.exec();
    std::printf("  a bare ListView's first painted frame with %s tasks: %.0f ms from process "
                "start (%s backend, %s)\n",
                label, ms(processClock), qPrintable(QQuickWindow::sceneGraphBackend()),
                qPrintable(QGuiApplication::platformName()));
    if (!scroll)
        return 0;
    model.waitUntilLoaded(); // the rows past the first screenful are read on another thread

    auto *list = view.rootObject()->findChild<QQuickItem *>(u"list"_s);
    if (!list)
        return 2;
    QMetaObject::invokeMethod(list, "forceLayout"); // the rows that came after the first frame
    const double end = list->property("contentHeight").toDouble() - view.height();
    // Once a screenful per frame (every frame builds a new page of delegates), then a
    // finger's pace over the first 2,000 rows.
    for (const double step : {double(view.height()), 24.0}) {
        Frames frames;
        const double stop = step > 100 ? end : std::min(end, 2000.0 * 64);
        QElapsedTimer t;
        QTimer guard; // never hang on a lost frame
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&view, &QQuickWindow::frameSwapped, &loop,
                         [&frames, &t] { frames.times.append(ms(t)); });
        for (double y = step; y <= stop; y += step) {
            t.start();
            list->setProperty("contentY", y);
            guard.start(1000);
            loop.exec();
        }
        QObject::disconnect(&view, &QQuickWindow::frameSwapped, &loop, nullptr);
        QObject::connect(&view, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        const QString what = (step > 100 ? u"scroll 100,000 rows a screen per frame"_s
                                         : u"scroll 2,000 rows at 24 px per frame"_s)
                             + (taskDelegate ? u" with TaskDelegate"_s : u" (plain rows)"_s);
        frames.report(qPrintable(what));
        list->setProperty("contentY", 0);
        loop.exec();
    }
    std::printf("  resident memory with %s tasks in a painted ListView: %.1f MB (target <= 150 "
                "MB)\n",
                label, rssKb() / 1024.0);
    return 0;
}

// The application itself, started as a user starts it: a set-up profile with `db`'s cached
// tasks and a keychain of its own (gnome-keyring in a private D-Bus session, as ./dev test
// uses). It prints its own figure with --print-startup-time. It runs twice: the first start
// makes the data key in the new keyring, the second is an ordinary start.
void runApp(const QString &scratch, const QString &db, const char *label)
{
    const QString dbusRun = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (dbusRun.isEmpty() || keyring.isEmpty()) {
        std::printf("  (the app's cold start needs dbus-run-session and gnome-keyring)\n");
        return;
    }
    const QDir root(scratch);
    for (const char *sub : {"app/data", "app/xdg-data", "app/runtime"})
        root.mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(root.filePath(u"app/runtime"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString data = root.filePath(u"app/data"_s);
    const QString appDb = QDir(data).filePath(u"lightwork.sqlite3"_s);
    QFile::copy(db, appDb);
    {
        // A finished set-up: the window opens on the feed, not on the first-run page.
        auto opened = Database::open(appDb, appMigrations());
        if (!opened || !SandboxSetup::recordSandbox(**opened, QUrl(u"http://127.0.0.1:9"_s))) {
            std::printf("  (cannot prepare the app's data folder)\n");
            return;
        }
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LIGHTWORK_DATA"_s, data);
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"app/xdg-data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"app/runtime"_s));
    env.remove(u"LIGHTWORK_SANDBOX_URL"_s);
    env.remove(u"LIGHTWORK_SANDBOX_ADMIN_KEY"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    const QString script = u"echo -n lightwork-bench | gnome-keyring-daemon --unlock "
                           u"--components=secrets >/dev/null; timeout 60 \"$@\"; "
                           u"exec timeout 60 \"$@\""_s;
    p.start(dbusRun, {u"--"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, QStringLiteral(LW_APP_BINARY),
                      u"--print-startup-time"_s, u"--quit-after-startup"_s});
    if (!p.waitForFinished(150'000)) {
        p.kill();
        p.waitForFinished();
    }
    QStringList figures;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("startup-ms: "))
            figures.append(QString::fromLatin1(line.mid(12).trimmed()));
    }
    if (figures.size() < 2) {
        std::printf("  (the app printed no startup time; its last words: %s)\n",
                    p.readAllStandardError().right(600).constData());
        return;
    }
    std::printf("  cold start of the app (lightwork --print-startup-time) to the first painted "
                "feed with %s cached tasks: %s ms (target <= 400 ms; %s ms on the first start, "
                "which makes the data key)\n",
                label, qPrintable(figures[1]), qPrintable(figures[0]));
}

int runChild(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s} + args);
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        std::printf("  (%s did not finish: exit %d)\n", qPrintable(args.join(u' ')), p.exitCode());
    std::fflush(stdout);
    return p.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    processClock.start();
    if (argc >= 5 && qstrcmp(argv[1], "--child") == 0) {
        const QString mode = QString::fromLocal8Bit(argv[2]);
        const QString path = QString::fromLocal8Bit(argv[3]);
        const char *label = argv[4];
        int rc = 2;
        if (mode == u"load")
            rc = childLoad(path, label, argc, argv);
        else if (mode == u"apply" || mode == u"apply-proxy")
            rc = childApply(path, mode == u"apply-proxy", argc, argv);
        else if (mode == u"first-frame" || mode.startsWith(u"scroll"))
            rc = childGui(path, label, mode != u"first-frame", mode == u"scroll-delegate", argc,
                          argv);
        std::fflush(stdout);
        return rc;
    }

    // The children render with the software scene graph, without waiting between frames.
    qputenv("QT_QUICK_BACKEND", "software");
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("LW_BENCH_KEEP"))
        dir.setAutoRemove(false), std::printf("  (databases in %s)\n", qPrintable(dir.path()));
    const QString small = dir.filePath(u"feed-10k.sqlite3"_s);
    const QString large = dir.filePath(u"feed-100k.sqlite3"_s);
    std::printf("Feed (TaskFeedModel over the SQLite cache)\n");
    std::fflush(stdout);
    {
        QElapsedTimer t;
        t.start();
        openStore(small, 10'000, 0);
        openStore(large, 60'000, 40'000);
        std::printf("  (filled the caches in %.1f s)\n", ms(t) / 1000);
        std::fflush(stdout);
    }
    const auto copy = [&dir](const QString &from, const QString &name) {
        const QString to = dir.filePath(name);
        QFile::copy(from, to);
        return to;
    };
    runChild({u"load"_s, small, u"10,000"_s});
    runChild({u"load"_s, large, u"100,000"_s});
    runChild({u"apply"_s, copy(small, u"a.sqlite3"_s), u"10,000"_s});
    runChild({u"apply-proxy"_s, copy(small, u"b.sqlite3"_s), u"10,000"_s});
    runChild({u"first-frame"_s, small, u"10,000"_s});
    runApp(dir.path(), small, "10,000");
    runChild({u"scroll"_s, large, u"100,000"_s});
    runChild({u"scroll-delegate"_s, large, u"100,000"_s});
    return 0;
}

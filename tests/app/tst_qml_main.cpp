// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Quick Tests in tests/app/qml (pages, delegates, the Theme) against the real QML
// modules, with a feed over a real cache (FeedBench) and screenshots to LW_SCREENSHOT_DIR.
#include "feedfixture.h"
#include "feedsource.h"

#include <QDir>
#include <QImage>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(LightworkPlugin)
Q_IMPORT_QML_PLUGIN(Lightwork_BackendPlugin)

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 msPerMinute = 60'000;

//! A feed for the QML tests: two market accounts in a temporary app database, filled from
//! QML with add() as a sync engine would, so TaskFeedModel and TaskFilterModel run for real.
class FeedBench : public QObject {
    Q_OBJECT
    Q_PROPERTY(lw::FeedSource *source READ source NOTIFY sourceChanged)

public:
    FeedBench() { reset(); }

    lw::FeedSource *source() const { return m_feed ? m_feed->source.get() : nullptr; }

    //! A fresh, empty feed; the old source is deleted after models moved to the new one.
    Q_INVOKABLE bool reset()
    {
        auto next = std::make_unique<Feed>();
        if (!next->dir.isValid() || !next->fixture.open(next->dir.path()))
            return false;
        next->source = next->fixture.makeSource();
        std::swap(m_feed, next);
        m_seenMs = QDateTime::currentMSecsSinceEpoch() - 60 * msPerMinute;
        Q_EMIT sourceChanged();
        return true;
    }

    //! Stores tasks as one partial sync, first seen after everything added before. Each is
    //! {id, title, description, sats (-1: no budget), status, type, quotes, market: "hire" |
    //! "proof", minutesAgo (creation)}.
    Q_INVOKABLE void add(const QVariantList &tasks)
    {
        m_seenMs += msPerMinute;
        QHash<qint64, QList<lw::CacheItem>> byAccount;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QVariant &value : tasks) {
            const QVariantMap t = value.toMap();
            const QString id = t.value(u"id"_s).toString();
            const qint64 sats = t.value(u"sats"_s, 100).toLongLong();
            lw::CacheItem item = lwtest::feedItem(id, qMax<qint64>(sats, 0),
                                                  t.value(u"status"_s, u"open"_s).toString());
            if (sats < 0)
                item.amount = lw::MilliSats(-1);
            item.title = t.value(u"title"_s, item.title).toString();
            item.text = t.value(u"description"_s, item.text).toString();
            const qint64 created = now - t.value(u"minutesAgo"_s, 5).toLongLong() * msPerMinute;
            item.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate);
            item.updatedAt = item.createdAt;
            item.extra.insert(u"quote_count"_s, t.value(u"quotes"_s, 0).toInt());
            if (const QString type = t.value(u"type"_s).toString(); !type.isEmpty())
                item.extra.insert(u"task_type"_s, type);
            const bool proof = t.value(u"market"_s).toString() == u"proof"_s;
            byAccount[proof ? m_feed->fixture.proof : m_feed->fixture.hire].append(item);
        }
        for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it)
            m_feed->fixture.sync(it.key(), it.value(), m_seenMs, source(), false);
    }

    //! Records a finished sync `minutesAgo` minutes ago.
    Q_INVOKABLE void markSynced(int minutesAgo)
    {
        source()->noteSynced(m_feed->fixture.hire,
                             QDateTime::currentMSecsSinceEpoch() - minutesAgo * msPerMinute);
    }

    //! Saves what `item` shows as <LW_SCREENSHOT_DIR>/<name>.png; false when the directory is
    //! not set or the picture cannot be written.
    Q_INVOKABLE bool saveShot(QQuickItem *item, const QString &name) const
    {
        const QString dir = qEnvironmentVariable("LW_SCREENSHOT_DIR");
        if (dir.isEmpty() || !item || !item->window() || !QDir().mkpath(dir))
            return false;
        const QImage frame = item->window()->grabWindow();
        const qreal dpr = frame.devicePixelRatio();
        const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRect crop(qRound(area.x() * dpr), qRound(area.y() * dpr), qRound(area.width() * dpr),
                         qRound(area.height() * dpr));
        return frame.copy(crop).save(QDir(dir).filePath(name + u".png"_s));
    }

Q_SIGNALS:
    void sourceChanged();

private:
    struct Feed {
        QTemporaryDir dir;
        lwtest::FeedFixture fixture;
        std::unique_ptr<lw::FeedSource> source; // before the cache goes
        ~Feed() { source.reset(); }
    };
    std::unique_ptr<Feed> m_feed;
    qint64 m_seenMs = 0;
};

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(u"Fusion"_s);
        qmlRegisterSingletonType<FeedBench>(
            "LightworkTest", 1, 0, "FeedBench",
            [](QQmlEngine *, QJSEngine *) -> QObject * { return new FeedBench; });
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not search the resource import path by default (6.5 does).
        engine->addImportPath(u"qrc:/qt/qml"_s);
    }
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(lightwork_qml, Setup)
#include "tst_qml_main.moc"

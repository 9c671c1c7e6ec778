// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives the real main window as a person would: finds items by objectName (scoped, since
// pages repeat names), scrolls them into view, clicks them with the mouse, types with the
// keyboard, and saves each screen in light and dark.

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <functional>

namespace lwtest {

class E2eDriver {
public:
    E2eDriver(QQuickWindow *window, QQmlEngine *engine)
        : m_window(window)
        , m_engine(engine)
    {}

    QQuickWindow *window() const { return m_window; }

    //! Every object named `name` under `scope` (the window when null), through both the object
    //! tree (popups, delegates' owners) and the visual tree (list delegates, overlay items).
    QList<QObject *> findAll(const QString &name, QObject *scope = nullptr) const
    {
        QList<QObject *> out;
        walk(scope ? scope : m_window, [&](QObject *o) {
            if (o->objectName() == name)
                out << o;
            return false;
        });
        return out;
    }

    //! The first visible item named `name` under `scope`; null when none is visible.
    QQuickItem *item(const QString &name, QObject *scope = nullptr) const
    {
        for (QObject *o : findAll(name, scope))
            if (auto *i = qobject_cast<QQuickItem *>(o); i && i->isVisible())
                return i;
        return nullptr;
    }

    //! The first object named `name` (visible or not: popups, controllers).
    QObject *object(const QString &name, QObject *scope = nullptr) const
    {
        const QList<QObject *> all = findAll(name, scope);
        return all.isEmpty() ? nullptr : all.first();
    }

    //! The first visible item under `scope` that `match` accepts.
    QQuickItem *itemWhere(QObject *scope, const std::function<bool(QQuickItem *)> &match) const
    {
        QQuickItem *found = nullptr;
        walk(scope ? scope : m_window, [&](QObject *o) {
            auto *i = qobject_cast<QQuickItem *>(o);
            if (i && i->isVisible() && match(i)) {
                found = i;
                return true;
            }
            return false;
        });
        return found;
    }

    //! The nearest ancestor of `item` that has a non-null QObject property `property` (a
    //! page's controller: "form", "detail", "earnings").
    static QObject *ancestorProperty(QQuickItem *item, const char *property)
    {
        for (QQuickItem *i = item; i; i = i->parentItem())
            if (auto *value = i->property(property).value<QObject *>())
                return value;
        return nullptr;
    }

    //! Waits (running the event loop) until `condition` holds; false after `timeoutMs`.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!condition()) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QTest::qWait(40);
        }
        return true;
    }

    //! Waits for a visible item named `name` under `scope`.
    QQuickItem *waitItem(const QString &name, QObject *scope = nullptr, int timeoutMs = 15'000)
    {
        QQuickItem *found = nullptr;
        waitFor([&] { return (found = item(name, scope)) != nullptr; }, timeoutMs);
        return found;
    }

    //! Scrolls every Flickable around `item` so that it is inside the window.
    void scrollIntoView(QQuickItem *item) const
    {
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            if (!content)
                continue;
            const QPointF at = item->mapToItem(content, QPointF(0, 0));
            const qreal minY = p->property("originY").toReal();
            const qreal maxY =
                qMax<qreal>(minY, minY + p->property("contentHeight").toReal() - p->height());
            const qreal wanted = qBound<qreal>(minY, at.y() - p->height() / 3, maxY);
            const qreal y = p->property("contentY").toReal();
            // Already fully inside this flickable's viewport: leave it.
            if (at.y() >= y && at.y() + item->height() <= y + p->height())
                continue;
            p->setProperty("contentY", wanted);
        }
        QTest::qWait(30);
    }

    //! A left click at the centre of `item`, as a mouse would: false when it is hidden,
    //! disabled or outside the window.
    bool click(QQuickItem *item)
    {
        if (!item || !item->isVisible() || !item->isEnabled()) {
            qWarning("cannot click %s: %s", item ? qPrintable(item->objectName()) : "(none)",
                     item ? (item->isVisible() ? "disabled" : "hidden") : "missing");
            return false;
        }
        scrollIntoView(item);
        // Lists move rows as they sync: click once the item stays put.
        const auto centreNow = [item] {
            return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        };
        QPointF centre = centreNow();
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(50);
            const QPointF again = centreNow();
            if (again == centre)
                break;
            centre = again;
        }
        if (!QRectF(QPointF(0, 0), m_window->size()).contains(centre)) {
            qWarning("cannot click %s: outside the window", qPrintable(item->objectName()));
            return false;
        }
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTest::qWait(20);
        return true;
    }
    bool click(const QString &name, QObject *scope = nullptr, int timeoutMs = 15'000)
    {
        QQuickItem *i = nullptr;
        waitFor([&] { return (i = item(name, scope)) && i->isEnabled(); }, timeoutMs);
        if (!i)
            qWarning("no visible item named %s", qPrintable(name));
        return click(i);
    }

    //! Focuses `field` with a click, clears it and types `text` key by key.
    bool type(QQuickItem *field, const QString &text)
    {
        if (!click(field))
            return false;
        if (!field->hasActiveFocus())
            field->forceActiveFocus(Qt::MouseFocusReason);
        if (!field->hasActiveFocus()) {
            qWarning("%s took no keyboard focus", qPrintable(field->objectName()));
            return false;
        }
        QMetaObject::invokeMethod(field, "selectAll");
        QTest::keyClick(m_window, Qt::Key_Delete);
        // QTest has no keyClicks for a QWindow: one key (ASCII) at a time.
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
        return true;
    }
    bool type(const QString &name, const QString &text, QObject *scope = nullptr)
    {
        QQuickItem *field = waitItem(name, scope);
        if (!field)
            qWarning("no visible field named %s", qPrintable(name));
        return field && type(field, text);
    }

    QString text(const QString &name, QObject *scope = nullptr) const
    {
        QObject *o = object(name, scope);
        return o ? o->property("text").toString() : QString();
    }

    //! Saves what the window shows as e2e-<name>-light.png and -dark.png under
    //! LW_SCREENSHOT_DIR (nothing when it is not set); the scheme is put back after.
    bool shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("LW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return true;
        QObject *theme = themeSingleton();
        if (!theme || !QDir().mkpath(dir))
            return false;
        // Not half way through a page sliding in.
        waitFor([this] {
            return itemWhere(m_window,
                             [](QQuickItem *i) {
                                 return i->inherits("QQuickStackView")
                                        && i->property("busy").toBool();
                             })
                   == nullptr;
        });
        const QVariant before = theme->property("scheme");
        bool saved = true;
        for (const auto &[scheme, suffix] : {std::pair{1, "light"}, std::pair{2, "dark"}}) {
            theme->setProperty("scheme", scheme);
            QTest::qWait(60); // a frame in the new colours
            const QImage frame = m_window->grabWindow();
            saved = saved && !frame.isNull()
                    && frame.save(QDir(dir).filePath(QStringLiteral("e2e-") + name + u'-'
                                                     + QString::fromLatin1(suffix)
                                                     + QStringLiteral(".png")));
        }
        theme->setProperty("scheme", before);
        QTest::qWait(30);
        return saved;
    }

private:
    QObject *themeSingleton() const
    {
        // Main.qml imports Lightwork: its context knows the Theme singleton.
        QQmlExpression expression(qmlContext(m_window), m_window, QStringLiteral("Theme"));
        if (auto *theme = expression.evaluate().value<QObject *>())
            return theme;
        const int id = qmlTypeId("Lightwork", 1, 0, "Theme");
        return id < 0 ? nullptr : m_engine->singletonInstance<QObject *>(id);
    }

    //! Visits every object once, depth first; stops when `visit` returns true.
    static void walk(QObject *root, const std::function<bool(QObject *)> &visit)
    {
        QSet<QObject *> seen;
        QList<QObject *> stack{root};
        while (!stack.isEmpty()) {
            QObject *o = stack.takeLast();
            if (!o || seen.contains(o))
                continue;
            seen.insert(o);
            if (o != root && visit(o))
                return;
            const QObjectList children = o->children();
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack << *it;
            if (auto *i = qobject_cast<QQuickItem *>(o)) {
                const QList<QQuickItem *> items = i->childItems();
                for (auto it = items.rbegin(); it != items.rend(); ++it)
                    stack << *it;
            } else if (auto *w = qobject_cast<QQuickWindow *>(o)) {
                stack << w->contentItem()->parentItem();
            }
            // A popup's items hang below its own item, not below the popup object.
            if (auto *popupItem = o->property("contentItem").value<QQuickItem *>())
                stack << popupItem;
        }
    }

    QQuickWindow *m_window;
    QQmlEngine *m_engine;
};

} // namespace lwtest

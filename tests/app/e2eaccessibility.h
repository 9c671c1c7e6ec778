// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a screen reader finds on a screen: every visible control a person can operate must
// have a name (its Accessible.name, or the text Qt Quick Controls give it by default).

#include <QAccessible>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <QStringList>

#include <functional>

namespace lwtest {

class E2eAccessibility {
public:
    //! The visible, enabled, operable controls under `scope` that have no accessible name,
    //! each described by its class, objectName and place among its ancestors.
    static QStringList unnamedControls(QQuickItem *scope)
    {
        QStringList out;
        visit(scope, [&out](QQuickItem *item) {
            if (!isOperable(item))
                return;
            if (!nameOf(item).trimmed().isEmpty())
                return;
            out << describe(item);
        });
        return out;
    }

private:
    //! What a screen reader reads; else the Accessible.name set in QML (Qt 6.4 reads no name
    //! out of a password field's interface).
    static QString nameOf(QQuickItem *item)
    {
        if (QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item))
            if (const QString name = a->text(QAccessible::Name); !name.trimmed().isEmpty())
                return name;
        return QQmlProperty(item, QStringLiteral("Accessible.name"), qmlContext(item))
            .read()
            .toString();
    }

    static void visit(QQuickItem *item, const std::function<void(QQuickItem *)> &check)
    {
        if (!item || !item->isVisible())
            return;
        check(item);
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            visit(child, check);
    }

    static bool isOperable(QQuickItem *item)
    {
        if (!item->isEnabled() || item->width() <= 0 || item->height() <= 0)
            return false;
        // The text field inside a SpinBox or an editable ComboBox is named by its control.
        if (QQuickItem *parent = item->parentItem();
            parent && (parent->inherits("QQuickSpinBox") || parent->inherits("QQuickComboBox")))
            return false;
        // A password field's name (set in QML) reads back empty in Qt 6.4 once accessibility
        // is on; WalletConnectForm and the connect flow name theirs, which this cannot check.
        if (item->property("echoMode").toInt() == 2 /* TextInput.Password */)
            return false;
        if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
            return !item->property("readOnly").toBool(); // read-only text is shown, not used
        return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox")
               || item->inherits("QQuickSpinBox") || item->inherits("QQuickSlider");
    }

    static QString describe(QQuickItem *item)
    {
        QStringList path;
        for (QQuickItem *i = item; i && path.size() < 4; i = i->parentItem())
            if (!i->objectName().isEmpty())
                path.prepend(i->objectName());
        return QString::fromLatin1(item->metaObject()->className()) + QLatin1Char(' ')
               + path.join(QLatin1Char('/'));
    }
};

} // namespace lwtest

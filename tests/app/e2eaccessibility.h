// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a screen reader finds on a screen: every visible control a person can operate must
// have a name (its Accessible.name, or the text Qt Quick Controls give it by default), password
// fields included, and a field that hides what is typed must be reported as a password edit.

#include <QAccessible>
#include <QQuickItem>
#include <QStringList>

#include <functional>

namespace lwtest {

class E2eAccessibility {
public:
    //! The visible, enabled, operable controls under `scope` that have no accessible name (or
    //! hide their text without telling), each described by its class, objectName and place
    //! among its ancestors.
    static QStringList unnamedControls(QQuickItem *scope)
    {
        // As when a screen reader starts with the window open: the controls set up their
        // accessible parts again (a TextField then marks itself a password edit, which in Qt
        // 6.4 blanks its name unless the field keeps that flag off, as PasswordField does).
        QAccessible::setActive(false);
        QAccessible::setActive(true);
        QStringList out;
        visit(scope, [&out](QQuickItem *item) {
            if (!isOperable(item))
                return;
            if (!passwordFieldIsMarked(item))
                out << describe(item) + QStringLiteral(" (a password field not marked as one)");
            else if (nameOf(item).trimmed().isEmpty())
                out << describe(item);
        });
        return out;
    }

private:
    //! What a screen reader reads: the name the item's accessible interface reports.
    static QString nameOf(QQuickItem *item)
    {
        if (QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item))
            return a->text(QAccessible::Name);
        return {};
    }

    //! False for a field that hides what is typed but is not reported as a password edit (a
    //! screen reader would read it out); true for every other item.
    static bool passwordFieldIsMarked(QQuickItem *item)
    {
        if (item->property("echoMode").toInt() != 2 /* TextInput.Password */)
            return true;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
        return a && a->state().passwordEdit;
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

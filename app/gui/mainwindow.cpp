// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LightworkPlugin)
Q_IMPORT_QML_PLUGIN(Lightwork_BackendPlugin)

namespace lw::gui {

using namespace Qt::Literals::StringLiterals;

QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine)
{
    QQuickStyle::setStyle(u"Fusion"_s);
    // Qt 6.4 does not search the resource import path by default (6.5 does).
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Lightwork/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

} // namespace lw::gui

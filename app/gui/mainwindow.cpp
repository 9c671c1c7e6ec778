// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "language.h"
#include "singleinstance.h"
#include "startuptimer.h"
#include "trayicon.h"
#include "urirouter.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(LightworkPlugin)
Q_IMPORT_QML_PLUGIN(Lightwork_BackendPlugin)

namespace lw::gui {

using namespace Qt::Literals::StringLiterals;

int run(const QStringList &arguments)
{
    SingleInstance instance(SingleInstance::defaultServerName());
    switch (instance.start(arguments)) {
    case SingleInstance::Role::Secondary:
        return 0; // the running window has them
    case SingleInstance::Role::Failed:
        return 1;
    case SingleInstance::Role::Primary:
        break;
    }

    Language::installSaved();
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    if (!window)
        return 1;
    routeLaterLaunches(instance, *window);
    // --print-startup-time: the feed benchmark's cold-start figure.
    const auto startupTimer = StartupTimer::fromArguments(arguments, *window);
    // Only where the desktop has a tray; elsewhere nothing changes.
    std::unique_ptr<TrayIcon> tray;
    if (TrayIcon::isAvailable())
        tray = std::make_unique<TrayIcon>(*window);
    // After loading, so the window's handlers see them.
    UriRouter::instance()->handleArguments(arguments);
    return QGuiApplication::exec();
}

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

void routeLaterLaunches(SingleInstance &instance, QQuickWindow &window)
{
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window,
                     [&window](const QStringList &arguments) {
                         bringToFront(window);
                         UriRouter::instance()->handleArguments(arguments);
                     });
}

void bringToFront(QQuickWindow &window)
{
    window.setWindowStates(window.windowStates() & ~Qt::WindowMinimized);
    window.show();
    window.raise();
    window.requestActivate();
}

} // namespace lw::gui

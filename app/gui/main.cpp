// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"
#include "gui/mainwindow.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(lw::version::applicationName());
    QGuiApplication::setApplicationVersion(lw::version::string());
    QGuiApplication::setOrganizationName(QStringLiteral("Lightwork"));
    QGuiApplication::setDesktopFileName(QStringLiteral("lightwork"));

    QQmlApplicationEngine engine;
    if (!lw::gui::loadMainWindow(engine))
        return 1;
    return QGuiApplication::exec();
}

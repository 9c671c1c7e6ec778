// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"
#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // A QApplication (not QGuiApplication) only so that a tray icon can be shown where the
    // desktop has a tray; the windows are all Qt Quick.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(lw::version::applicationName());
    QGuiApplication::setApplicationVersion(lw::version::string());
    QGuiApplication::setOrganizationName(QStringLiteral("Lightwork"));
    // Names packaging/lightwork.desktop: the Wayland app id, the icon and the scheme handler.
    QGuiApplication::setDesktopFileName(QStringLiteral("lightwork"));
    // Qt has taken its own options (-platform, …) out; the rest may be payment links.
    return lw::gui::run(QGuiApplication::arguments().mid(1));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"
#include "gui/mainwindow.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(lw::version::applicationName());
    QGuiApplication::setApplicationVersion(lw::version::string());
    QGuiApplication::setOrganizationName(QStringLiteral("Lightwork"));
    // Names packaging/lightwork.desktop: the Wayland app id, the icon and the scheme handler.
    QGuiApplication::setDesktopFileName(QStringLiteral("lightwork"));
    // Qt has taken its own options (-platform, …) out; the rest may be payment links.
    return lw::gui::run(QGuiApplication::arguments().mid(1));
}

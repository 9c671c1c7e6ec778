// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;

namespace lw {

bool TrayIcon::isAvailable()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance())
           && QSystemTrayIcon::isSystemTrayAvailable();
}

TrayIcon::TrayIcon(QWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(&window)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(this))
{
    //: Tray icon menu: brings the main window forward.
    m_menu->addAction(tr("Show Lightwork"), this, &TrayIcon::showWindow);
    m_menu->addSeparator();
    //: Tray icon menu: ends the application.
    m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_icon->setContextMenu(m_menu);
    m_icon->setIcon(QIcon::fromTheme(u"lightwork"_s, window.icon()));
    m_icon->setToolTip(u"Lightwork"_s);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // QSystemTrayIcon does not own its menu
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->setWindowStates(m_window->windowStates() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

} // namespace lw

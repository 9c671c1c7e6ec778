// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QWindow;

namespace lw {

//! The icon in the desktop's system tray, where there is one: a click shows and raises the
//! window; its menu has "Show Lightwork" and "Quit". Needs a QApplication.
class TrayIcon : public QObject {
    Q_OBJECT

public:
    //! Whether this desktop has a tray (asked at run time; false without a QApplication).
    static bool isAvailable();

    //! Shows the icon for `window`. Make one only when isAvailable().
    explicit TrayIcon(QWindow &window, QObject *parent = nullptr);
    ~TrayIcon() override;

    //! Un-minimises, shows and raises the window.
    void showWindow();

private:
    QPointer<QWindow> m_window;
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
};

} // namespace lw

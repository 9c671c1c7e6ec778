// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQmlApplicationEngine;
class QQuickWindow;

namespace lw {
class SingleInstance;
}

namespace lw::gui {

//! The desktop start-up after QGuiApplication exists: hands `arguments` to a running instance
//! and returns 0, or becomes the running instance (language, main window, payment links) and
//! runs the event loop. Returns the exit code.
int run(const QStringList &arguments);

//! Applies the Quick Controls style and loads qml/Main.qml into the engine. Returns the window,
//! or nullptr when the QML failed to load (the engine has printed why).
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine);

//! What a later launch hands over brings `window` forward, and its payment links go to the
//! UriRouter (which only opens the Pay dialog).
void routeLaterLaunches(SingleInstance &instance, QQuickWindow &window);

//! Shows `window` un-minimised on top and asks for focus (the window manager may refuse).
void bringToFront(QQuickWindow &window);

} // namespace lw::gui

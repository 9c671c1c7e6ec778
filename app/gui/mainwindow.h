// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;
class QQuickWindow;

namespace lw::gui {

//! Applies the Quick Controls style and loads qml/Main.qml into the engine. Returns the window,
//! or nullptr when the QML failed to load (the engine has printed why).
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine);

} // namespace lw::gui

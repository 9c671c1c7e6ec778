# SPDX-License-Identifier: GPL-3.0-or-later
# The tray icon against a fake StatusNotifierWatcher (under Xvfb). The test runs itself under
# dbus-run-session (package dbus), so it never touches the desktop's session bus.
find_package(Qt6 REQUIRED COMPONENTS DBus Widgets)
lw_add_test(tst_trayicon SOURCES app/tst_trayicon.cpp
    LIBS lightwork_backend lightwork_core Qt6::DBus Qt6::Widgets
    LABELS gui ENVIRONMENT QT_QPA_PLATFORM=xcb)

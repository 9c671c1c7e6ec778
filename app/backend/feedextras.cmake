# SPDX-License-Identifier: GPL-3.0-or-later
# The feed's saved searches and block list, desktop notifications and the tray icon.
find_package(Qt6 REQUIRED COMPONENTS DBus Widgets)
list(APPEND LW_BACKEND_SOURCES
    backend/blocklist.cpp backend/blocklist.h
    backend/savedsearch.cpp backend/savedsearch.h
    backend/desktopnotifier.cpp backend/desktopnotifier.h
    backend/feedalerts.cpp backend/feedalerts.h
    backend/feedalertsstate.cpp backend/feedalertsstate.h
    backend/trayicon.cpp backend/trayicon.h)
list(APPEND LW_BACKEND_LIBS Qt6::DBus Qt6::Widgets)

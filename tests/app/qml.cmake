# SPDX-License-Identifier: GPL-3.0-or-later
# Quick Tests of the QML pages, delegates and Theme (tests/app/qml/tst_*.qml) under a display,
# over the real QML modules. They also save screenshots of each screen in light and dark.
lw_add_test(tst_qml SOURCES app/tst_qml_main.cpp app/feedfixture.h
    LIBS lightwork_qml lightwork_qmlplugin lightwork_backend lightwork_backendplugin
        lightwork_core Qt6::QuickTest Qt6::QuickControls2
    LABELS gui
    ENVIRONMENT QT_QPA_PLATFORM=xcb "LW_SCREENSHOT_DIR=${PROJECT_SOURCE_DIR}/build/screenshots")
target_include_directories(tst_qml PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_qml PRIVATE
    QUICK_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}/app/qml")

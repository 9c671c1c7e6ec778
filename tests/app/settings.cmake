# SPDX-License-Identifier: GPL-3.0-or-later
# The Settings controller over a real Session and app database (memory keychain, no sandbox).
lw_add_test(tst_settings SOURCES app/tst_settings.cpp app/sessiontestkit.h
    LIBS lightwork_backend LABELS core)
target_include_directories(tst_settings PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

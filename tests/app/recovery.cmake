# SPDX-License-Identifier: GPL-3.0-or-later
# The app finishing interrupted payments on start, against a real sandbox, with a child process
# aborted at journal stages (no display).
lw_add_test(tst_recovery SOURCES app/tst_recovery.cpp app/sessiontestkit.h sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_recovery lightwork-sandbox)
target_include_directories(tst_recovery PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

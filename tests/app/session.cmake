# SPDX-License-Identifier: GPL-3.0-or-later
# The app-wide Session against a real sandbox: a memory keychain here, the real one below.
lw_add_test(tst_session SOURCES app/tst_session.cpp app/sessiontestkit.h sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_session lightwork-sandbox)
target_include_directories(tst_session PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
lw_add_test(tst_session_keychain SOURCES app/tst_session_keychain.cpp app/sessiontestkit.h
    sandbox/sandboxprocess.h
    LIBS lightwork_backend lightwork_keychain LABELS keychain
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_session_keychain lightwork-sandbox)
target_include_directories(tst_session_keychain
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

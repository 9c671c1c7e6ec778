# SPDX-License-Identifier: GPL-3.0-or-later
# Market actions' payments wait for the user's answer in the Pay dialog: a Session set up on a
# real sandbox, over a memory keychain.
lw_add_test(tst_paymentconfirmations SOURCES app/tst_paymentconfirmations.cpp
    app/sessiontestkit.h sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_paymentconfirmations lightwork-sandbox)
target_include_directories(tst_paymentconfirmations
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

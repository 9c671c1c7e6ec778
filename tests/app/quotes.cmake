# SPDX-License-Identifier: GPL-3.0-or-later
# Quotes: the thread list and one thread's chat (outbox, polling, counter-offers) between the
# sandbox's buyer and worker over a memory keychain.
lw_add_test(tst_quotethreads SOURCES app/tst_quotethreads.cpp app/sessiontestkit.h
    sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_quotethreads lightwork-sandbox)
target_include_directories(tst_quotethreads
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

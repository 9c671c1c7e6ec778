# SPDX-License-Identifier: GPL-3.0-or-later
# The ProofLayer screen's controller and models over a real sandbox and a memory keychain.
lw_add_test(tst_prooflayer SOURCES app/tst_prooflayer.cpp app/sessiontestkit.h
    sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_prooflayer lightwork-sandbox)
target_include_directories(tst_prooflayer
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

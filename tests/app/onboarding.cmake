# SPDX-License-Identifier: GPL-3.0-or-later
# Automatic top-ups (the rule against a real journal, and one top-up over a real sandbox) and
# the first-run "Connect my market and wallet" flow, over a memory keychain.
foreach(suite autotopup onboarding)
    lw_add_test(tst_${suite} SOURCES app/tst_${suite}.cpp app/sessiontestkit.h
        sandbox/sandboxprocess.h
        LIBS lightwork_backend LABELS core
        ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
    add_dependencies(tst_${suite} lightwork-sandbox)
    target_include_directories(tst_${suite}
        PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
endforeach()

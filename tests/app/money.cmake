# SPDX-License-Identifier: GPL-3.0-or-later
# The money controllers (Pay dialog, wallet set-up, lists) against a real sandbox, over a memory
# keychain: no display, no Secret Service.
foreach(suite payflow walletsetup recentpayments)
    lw_add_test(tst_${suite} SOURCES app/tst_${suite}.cpp app/sessiontestkit.h
        sandbox/sandboxprocess.h
        LIBS lightwork_backend LABELS core
        ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
    add_dependencies(tst_${suite} lightwork-sandbox)
    target_include_directories(tst_${suite}
        PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
endforeach()

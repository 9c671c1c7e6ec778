# SPDX-License-Identifier: GPL-3.0-or-later
# LnbitsWallet against the sandbox's LNbits API (its WebSocket events too), and against a
# hostile fake LNbits.
foreach(suite lnbitswallet lnbitshostile lnbitsevents)
    lw_add_test(tst_${suite} SOURCES wallet/tst_${suite}.cpp sandbox/sandboxprocess.h
        LIBS lightwork_wallet LABELS wallet
        ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
    add_dependencies(tst_${suite} lightwork-sandbox)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()

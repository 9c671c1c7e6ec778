# SPDX-License-Identifier: GPL-3.0-or-later
# LndWallet: its JSON mapping, the HTTP streaming it reads payments with, and the wallet against
# the sandbox behind an LND REST emulator (tests/peers/lnd-emulator.mjs), with injected faults,
# and its pushed received payments (SubscribeInvoices).
lw_add_test(tst_lndjson SOURCES wallet/tst_lndjson.cpp LIBS lightwork_wallet LABELS wallet)
target_include_directories(tst_lndjson PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
lw_add_test(tst_httpstream SOURCES pay/tst_httpstream.cpp LIBS lightwork_core LABELS core)
target_include_directories(tst_httpstream PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
foreach(suite lndwallet lndreliability lndevents)
    lw_add_test(tst_${suite} SOURCES wallet/tst_${suite}.cpp wallet/lndemulator.h
        sandbox/sandboxprocess.h LIBS lightwork_wallet LABELS wallet peers
        ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
    add_dependencies(tst_${suite} lightwork-sandbox)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()

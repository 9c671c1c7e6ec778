# SPDX-License-Identifier: GPL-3.0-or-later
# Nostr Wallet Connect: URI parsing (pure), then the wallet against the npm relay and wallet
# service over the sandbox's phoenixd wallets.
lw_add_test(tst_nwcuri SOURCES wallet/tst_nwcuri.cpp LIBS lightwork_wallet LABELS wallet)
target_include_directories(tst_nwcuri PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
foreach(suite nwcwallet nwcreliability nwchostile nwcauth)
    lw_add_test(tst_${suite} SOURCES wallet/tst_${suite}.cpp wallet/nwcpeers.h nodepeer.h
        sandbox/sandboxprocess.h LIBS lightwork_wallet Qt6::Network LABELS wallet peers
        ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
    add_dependencies(tst_${suite} lightwork-sandbox)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()

# SPDX-License-Identifier: GPL-3.0-or-later
# ClnWallet: its JSON mapping on its own, and the wallet against the clnrest emulator in
# tests/peers, which pays through a sandbox wallet's phoenixd API.
lw_add_test(tst_clnjson SOURCES wallet/tst_clnjson.cpp LIBS lightwork_wallet LABELS wallet)
target_include_directories(tst_clnjson PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# tst_clnevents: its pushed received payments (the waitanyinvoice loop).
foreach(suite clnwallet clnevents)
    lw_add_test(tst_${suite} SOURCES wallet/tst_${suite}.cpp nodepeer.h sandbox/sandboxprocess.h
        LIBS lightwork_wallet LABELS wallet peers
        ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
    add_dependencies(tst_${suite} lightwork-sandbox)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()

# SPDX-License-Identifier: GPL-3.0-or-later
# Nostr cryptography: official vectors and hostile input, and a cross-check with nostr-tools.
lw_add_test(tst_nostrcrypto SOURCES wallet/tst_nostrcrypto.cpp wallet/tst_nostrcrypto_events.cpp
    wallet/nostrcryptofixture.h LIBS lightwork_wallet LABELS wallet)
target_include_directories(tst_nostrcrypto PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
lw_add_test(tst_npm_nostr SOURCES wallet/tst_npm_nostr.cpp LIBS lightwork_wallet
    LABELS wallet peers)
target_include_directories(tst_npm_nostr PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

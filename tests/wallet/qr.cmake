# SPDX-License-Identifier: GPL-3.0-or-later
# Pay by QR (QrWallet), and the claims that keep two wallets from paying one invoice.
lw_add_test(tst_qrwallet SOURCES wallet/tst_qrwallet.cpp
    LIBS lightwork_wallet LABELS wallet)
target_include_directories(tst_qrwallet PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
lw_add_test(tst_paymentclaims SOURCES core/tst_paymentclaims.cpp
    core/appdatabase.h LIBS lightwork_wallet LABELS core)
target_include_directories(tst_paymentclaims PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

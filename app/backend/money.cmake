# SPDX-License-Identifier: GPL-3.0-or-later
# Money screens: the one Pay dialog (PayFlow), connecting wallets (WalletSetup), the profile's
# connections (WalletListModel) and recent payments (RecentPaymentsModel).
list(APPEND LW_BACKEND_SOURCES
    backend/payflow.cpp backend/payflow.h backend/payflowfields.cpp
    backend/payflowpayer.cpp backend/payflowpayer.h
    backend/payflowreview.cpp backend/payflowreview.h
    backend/qrimage.cpp backend/qrimage.h
    backend/walletsetup.cpp backend/walletsetup.h
    backend/walletlistmodel.cpp backend/walletlistmodel.h
    backend/recentpaymentsmodel.cpp backend/recentpaymentsmodel.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine Qt6::Gui)
# The Wallet page's balance, with the automatic top-up it starts.
list(APPEND LW_BACKEND_SOURCES
    backend/walletbalance.cpp backend/walletbalance.h
    backend/walletbalancetopup.cpp backend/walletbalancetopup.h)

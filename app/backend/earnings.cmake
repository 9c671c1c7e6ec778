# SPDX-License-Identifier: GPL-3.0-or-later
# Earnings: the profile's ledger with filters (LedgerModel), the wallet's sats over time
# (SatsSeries), and the balances with Collect and CSV export (EarningsController).
list(APPEND LW_BACKEND_SOURCES
    backend/ledgermodel.cpp backend/ledgermodel.h
    backend/satsseries.cpp backend/satsseries.h
    backend/earningscontroller.cpp backend/earningscontroller.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine)

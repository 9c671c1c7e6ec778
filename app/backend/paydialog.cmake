# SPDX-License-Identifier: GPL-3.0-or-later
# The Pay dialog's second mode: every paid market action asks the user through this queue.
list(APPEND LW_BACKEND_SOURCES
    backend/paymentconfirmations.cpp backend/paymentconfirmations.h)

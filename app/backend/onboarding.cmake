# SPDX-License-Identifier: GPL-3.0-or-later
# First run: "Connect my market and wallet" (profile, wallet, market accounts).
list(APPEND LW_BACKEND_SOURCES backend/onboarding.cpp backend/onboarding.h)

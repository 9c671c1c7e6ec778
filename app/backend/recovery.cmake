# SPDX-License-Identifier: GPL-3.0-or-later
# Session.recovery: what the app finished on start of the payments an interruption left open.
list(APPEND LW_BACKEND_SOURCES backend/recoverystatus.cpp backend/recoverystatus.h)

# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(lightwork_wallet PRIVATE
    cln/clnjson.cpp cln/clnjson.h
    cln/clnwallet.cpp cln/clnwallet.h)

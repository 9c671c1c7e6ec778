# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(lightwork_wallet PRIVATE
    cln/clnevents.cpp cln/clnevents.h
    cln/clnjson.cpp cln/clnjson.h
    cln/clnwallet.cpp cln/clnwallet.h)

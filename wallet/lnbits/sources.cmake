# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(lightwork_wallet PRIVATE
    lnbits/lnbitsevents.cpp lnbits/lnbitsevents.h
    lnbits/lnbitsjson.cpp lnbits/lnbitsjson.h
    lnbits/lnbitswallet.cpp lnbits/lnbitswallet.h)

# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(lightwork_wallet PRIVATE
    lnd/lndevents.cpp lnd/lndevents.h
    lnd/lndjson.cpp lnd/lndjson.h
    lnd/lndstream.cpp lnd/lndstream.h
    lnd/lndwallet.cpp lnd/lndwallet.h)

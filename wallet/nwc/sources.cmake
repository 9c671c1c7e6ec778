# SPDX-License-Identifier: GPL-3.0-or-later
# Nostr Wallet Connect (NIP-47): connection URI, relays over Qt WebSockets, requests and their
# checked answers, the Wallet backend.
target_sources(lightwork_wallet PRIVATE
    nwc/nwcerrors.cpp nwc/nwcerrors.h
    nwc/nwcjson.cpp nwc/nwcjson.h
    nwc/nwcclient.cpp nwc/nwcclient.h
    nwc/nwcuri.cpp nwc/nwcuri.h
    nwc/nwcwallet.cpp nwc/nwcwallet.h
    nwc/relayconnection.cpp nwc/relayconnection.h
    nwc/relaypool.cpp nwc/relaypool.h)

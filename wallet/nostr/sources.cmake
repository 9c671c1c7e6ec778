# SPDX-License-Identifier: GPL-3.0-or-later
# Nostr keys, signatures, NIP-44/NIP-04 encryption and events (BIP-340 via libsecp256k1,
# ciphers via OpenSSL).
target_sources(lightwork_wallet PRIVATE
    nostr/nip04.cpp nostr/nip04.h
    nostr/nip44.cpp nostr/nip44.h
    nostr/nostrevent.cpp nostr/nostrevent.h
    nostr/schnorr.cpp nostr/schnorr.h)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "net/apperror.h"
#include "nostr/schnorr.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace lw {

//! A Nostr Wallet Connect connection string (NIP-47; research/nwc.md §3.2):
//! nostr+walletconnect://<wallet pubkey>?relay=<url>[&relay=…]&secret=<hex>[&lud16=…].
//! The secret signs and encrypts for this connection only; it never appears in an error.
struct NwcUri {
    nostr::XOnlyKey walletPubkey;
    QList<QUrl> relays; //!< wss (ws only to loopback), deduplicated, in the order given
    PrivateKey secret;
    QString lud16; //!< the wallet's lightning address, empty when none was given

    //! Accepts nostr+walletconnect: and nostrwalletconnect:, with or without "//". Every
    //! relay is kept (path and query too); bad hex, a secret that is not a valid key, a relay
    //! that is not wss (or ws to loopback) are errors that name the part, never its value.
    static Result<NwcUri, AppError> parse(QStringView text);

    //! The relays at most one URI may name; more is not a connection string a wallet made.
    static constexpr qsizetype maxRelays = 16;
    //! Longer input is not a connection string (a pasted document, an attack).
    static constexpr qsizetype maxLength = 8192;
};

} // namespace lw

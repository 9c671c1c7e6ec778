// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lw {

//! The one error type the engine carries to its callers (CLI, GUI): what went wrong in words a
//! user can act on, plus the server's own code and message when there was a server.
struct AppError {
    enum class Kind {
        Network,         //!< no HTTP answer: refused, reset, DNS, proxy
        Timeout,         //!< no complete answer in time
        Tls,             //!< certificate or handshake rejected
        Insecure,        //!< plain HTTP to a non-loopback host, or a redirect to one
        TooLarge,        //!< the body passed the configured cap
        Unauthorised,    //!< 401 / 403
        NotFound,        //!< 404
        Conflict,        //!< 409: wrong state for the action
        RateLimited,     //!< 429
        PaymentRequired, //!< 402 that is not (or no longer) payable
        Invalid,         //!< other 4xx: the request was refused as it stands
        BadResponse,     //!< the answer could not be understood
        Server,          //!< 5xx
        Refused,         //!< our own rules declined (price, caps, expiry, hash mismatch, user)
        Wallet,          //!< the wallet failed or could not be reached
        Storage,         //!< the local database or keychain failed
        Cancelled,
    };

    Kind kind = Kind::Network;
    QString message;    //!< one translated sentence for people
    int httpStatus = 0; //!< 0 when there was no HTTP answer
    QString code;       //!< the server's machine code (`insufficient_balance`, `L402_…`), if any
    QString serverMessage; //!< the server's own words, untrusted: render as plain text

    static AppError make(Kind kind, QString message)
    {
        AppError e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
    //! A stable lower-case name (`timeout`, `not_found`, …) for JSON output and logs.
    QString kindName() const;
    //! message, then the server's code and words when they add something.
    QString describe() const;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiforhire/hirestore.h"
#include "http/request.h"
#include "http/response.h"
#include "support/l402issuer.h"

#include <optional>
#include <variant>

namespace lw::sandbox {

//! 402ai's error envelope: {"error": {"code", "message"}}.
Response hireError(int status, const QString &code, const QString &message);
//! `object` with `status`, or a 500 when storing it failed (the store answers an empty object).
Response stored(int status, const QJsonObject &object);

//! Who is calling and how they paid: 402ai's `_hire_resolve_auth` and `_hire_require_paid`.
class HireGate {
public:
    HireGate(HireStore &store, L402Issuer &issuer);

    struct Identity {
        QString accountId; //!< empty for an anonymous caller
        std::optional<L402Issuer::Credential> credential;
    };

    //! X-Token, else the account_id caveat of a valid (unused) L402 credential. A presented L402
    //! credential is checked even beside an X-Token: a used one answers 400 on any call.
    //! With `required`, no identity is 401 account_required.
    std::variant<Identity, Response> identify(const Request &request, bool required);

    struct Paid {
        QString accountId;
        bool byL402 = false;
    };
    //! Charges `price` for a paid call: from a presented L402 credential (consumed), else from
    //! the X-Token's balance, else answers the L402 challenge. An anonymous caller gets a new
    //! account and its token in the challenge body, unless `anonymousAccounts` is off (proxy).
    std::variant<Paid, Response> requirePaid(const Request &request, qint64 price,
                                             const QString &invoiceDescription,
                                             bool anonymousAccounts = true);

    //! The 402 challenge for a price, bound to an account when one is given.
    Response challenge(qint64 price, const QString &invoiceDescription, const QString &accountId,
                       const QString &newToken = {});

private:
    HireStore &m_store;
    L402Issuer &m_issuer;
};

} // namespace lw::sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/apperror.h"

#include "common/safetext.h"

namespace lw {

QString AppError::kindName() const
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Insecure:
        return QStringLiteral("insecure");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::Unauthorised:
        return QStringLiteral("unauthorised");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::PaymentRequired:
        return QStringLiteral("payment_required");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Wallet:
        return QStringLiteral("wallet");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString AppError::describe() const
{
    QString text = message;
    if (!code.isEmpty() || !serverMessage.isEmpty()) {
        QString server = code;
        if (!serverMessage.isEmpty())
            server += (server.isEmpty() ? QString() : QStringLiteral(": ")) + serverMessage;
        text += QStringLiteral(" (") + displayText(QStringView(server).left(300)) + u')';
    }
    return text;
}

} // namespace lw

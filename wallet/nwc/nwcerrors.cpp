// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/nwcerrors.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NwcWallet)
};

using Kind = AppError::Kind;

struct Known {
    AppError::Kind kind;
    QString message;
};

//! Codes come from the wallet: anything but short printable ASCII is not shown as it is.
QString cleanCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (out.size() >= 64)
            break;
        const char16_t u = c.unicode();
        out += (u > 0x20 && u < 0x7f) ? c : u'?';
    }
    return out;
}

std::optional<Known> known(const QString &code)
{
    // NIP-47's own codes, plus BAD_REQUEST and EXPIRED from Alby Hub (nwc.md §3.6).
    if (code == u"RATE_LIMITED")
        return Known{Kind::RateLimited, Text::tr("The wallet is receiving too many requests; try "
                                                 "again in a few seconds.")};
    if (code == u"NOT_IMPLEMENTED")
        return Known{Kind::Invalid, Text::tr("The wallet does not support this request.")};
    if (code == u"INSUFFICIENT_BALANCE")
        return Known{Kind::Wallet, Text::tr("The wallet does not have enough funds for this "
                                            "payment.")};
    if (code == u"QUOTA_EXCEEDED")
        return Known{Kind::Wallet, Text::tr("This payment would exceed the spending budget of the "
                                            "wallet connection. Raise the budget in the wallet.")};
    if (code == u"RESTRICTED")
        return Known{Kind::Unauthorised, Text::tr("The wallet connection is not allowed to do "
                                                  "this. Check its permissions in the wallet.")};
    if (code == u"UNAUTHORIZED")
        return Known{Kind::Unauthorised, Text::tr("The wallet does not know this connection. It "
                                                  "may have been deleted; connect again.")};
    if (code == u"INTERNAL")
        return Known{Kind::Server, Text::tr("The wallet had an internal error.")};
    if (code == u"UNSUPPORTED_ENCRYPTION")
        return Known{Kind::Invalid, Text::tr("The wallet does not support the encryption "
                                             "Lightwork used for this request.")};
    if (code == u"OTHER")
        return Known{Kind::Wallet, Text::tr("The wallet reported an error.")};
    if (code == u"PAYMENT_FAILED")
        return Known{Kind::Wallet, Text::tr("The wallet could not make the payment.")};
    if (code == u"NOT_FOUND")
        return Known{Kind::NotFound, Text::tr("The wallet has no record of this invoice or "
                                              "payment.")};
    if (code == u"BAD_REQUEST")
        return Known{Kind::Invalid, Text::tr("The wallet could not read the request.")};
    if (code == u"EXPIRED")
        return Known{Kind::Unauthorised, Text::tr("The wallet connection has expired; connect "
                                                  "again.")};
    return std::nullopt;
}

} // namespace

AppError nwcError(const QString &code, const QString &message)
{
    const QString clean = cleanCode(code);
    const auto k = known(clean);
    AppError e = k ? AppError::make(k->kind, k->message)
                   : AppError::make(Kind::Wallet, Text::tr("The wallet reported an error (%1).")
                                                      .arg(clean.isEmpty() ? u"no code"_s : clean));
    e.code = clean;
    e.serverMessage = message.left(500);
    return e;
}

NwcErrorMeaning nwcErrorMeaning(const QString &code)
{
    if (code == u"PAYMENT_FAILED")
        return NwcErrorMeaning::Failed;
    if (code == u"NOT_FOUND")
        return NwcErrorMeaning::NotFound;
    // Alby Hub reports routing failures as INTERNAL, Primal a payment timeout as OTHER: only a
    // lookup can tell whether those paid.
    if (code == u"INTERNAL" || code == u"OTHER" || !known(code))
        return NwcErrorMeaning::Unknown;
    return NwcErrorMeaning::NotSent;
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnurlinvoice.h"

#include "lightning/bolt11decoder.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LnurlInvoice)
};

using InvoiceText = Result<QString, AppError>;

} // namespace

std::optional<AppError> lnurlAmountProblem(const LnurlPayRequest &pay, MilliSats amount)
{
    if (amount >= pay.minSendable && amount <= pay.maxSendable)
        return std::nullopt;
    return AppError::make(AppError::Kind::Invalid,
                          Text::tr("%1 takes %2 to %3 sat.")
                              .arg(pay.serviceDomain, pay.minSendable.toSatsDecimal(),
                                   pay.maxSendable.toSatsDecimal()));
}

QFuture<Result<QString, AppError>> fetchLnurlInvoice(HttpClient *http, QObject *context,
                                                     const LnurlPayRequest &pay, MilliSats amount)
{
    if (auto problem = lnurlAmountProblem(pay, amount))
        return QtFuture::makeReadyFuture(InvoiceText(lw::fail(*problem)));
    const QUrl callback = lnurlPayCallbackUrl(pay, amount);
    return http->send(HttpRequest::get(callback))
        .then(context, [pay, amount, callback](HttpResult got) -> InvoiceText {
            if (!got)
                return lw::fail(got.error());
            auto invoice = parseLnurlPayInvoice(got->body, callback);
            if (!invoice)
                return lw::fail(
                    AppError::make(AppError::Kind::BadResponse, invoice.error().message));
            auto decoded = decodeBolt11(invoice->pr);
            if (!decoded)
                return lw::fail(
                    AppError::make(AppError::Kind::BadResponse, decoded.error().message));
            // LUD-06: the invoice must be for the metadata we were shown and exactly the amount.
            if (auto mismatch = checkLnurlPayInvoice(pay, amount, *decoded))
                return lw::fail(AppError::make(AppError::Kind::Refused, mismatch->message));
            return invoice->pr;
        });
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/lnurlfetch.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LnurlFetch)
};

using PayRequestResult = Result<LnurlPayRequest, AppError>;

} // namespace

QFuture<PayRequestResult> fetchLnurlPayRequest(HttpClient *http, QObject *context, const QUrl &url)
{
    if (!isAcceptableLnurlUrl(url))
        return QtFuture::makeReadyFuture(PayRequestResult(fail(
            AppError::make(AppError::Kind::Insecure,
                           Text::tr("%1 is not an HTTPS address.").arg(url.toDisplayString())))));
    return http->send(HttpRequest::get(url))
        .then(context, [url](HttpResult got) -> PayRequestResult {
            if (!got)
                return fail(got.error());
            // LUD-01: the status code means nothing, the body decides.
            auto response = parseLnurlResponse(got->body, url);
            if (!response)
                return fail(AppError::make(AppError::Kind::BadResponse, response.error().message));
            if (response->kind == LnurlResponse::Kind::Error)
                return fail(AppError::make(AppError::Kind::Refused,
                                           Text::tr("The service says: %1").arg(response->reason)));
            if (response->kind != LnurlResponse::Kind::PayRequest)
                return fail(AppError::make(AppError::Kind::Invalid,
                                           Text::tr("This LNURL is not a payment request.")));
            return *response->payRequest;
        });
}

} // namespace lw

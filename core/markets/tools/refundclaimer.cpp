// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/tools/refundclaimer.h"

#include "lightning/bolt11decoder.h"
#include "lightning/lnurl.h"
#include "lightning/lnurlresponse.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RefundClaimer)
};

// phoenixd refuses longer invoice descriptions.
constexpr qsizetype maxDescriptionChars = 100;
// LUD-03 services may pay before they answer (the sandbox does); allow for a slow route.
constexpr int callbackTimeoutMs = 90'000;

QFuture<RefundClaimResult> ready(RefundClaimResult result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

AppError error(AppError::Kind kind, const QString &message)
{
    return AppError::make(kind, message);
}

//! A bech32 LNURL (bare or `lightning:`) or a LUD-17 `lnurlw://` link, as the URL to fetch.
Result<QUrl, AppError> withdrawUrl(const QString &link)
{
    QString text = link.trimmed();
    if (text.startsWith(u"lightning:", Qt::CaseInsensitive))
        text = text.sliced(10);
    if (text.contains(u"://")) {
        const auto resolved = resolveLnurlScheme(text);
        if (!resolved || resolved->tag != LnurlTag::WithdrawRequest)
            return fail(
                error(AppError::Kind::Invalid, Text::tr("This is not an LNURL-withdraw link.")));
        return resolved->url;
    }
    const auto url = decodeLnurl(text);
    if (!url)
        return fail(error(AppError::Kind::Invalid,
                          Text::tr("This is not an LNURL: %1").arg(url.error().message)));
    return *url;
}

QFuture<void> after(QObject *context, int ms)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QTimer::singleShot(ms, context, [promise] { promise->finish(); });
    return promise->future();
}

} // namespace

RefundClaimer::RefundClaimer(HttpClient *http, PaymentBackend *wallet, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_wallet(wallet)
{}

QFuture<RefundClaimResult> RefundClaimer::claim(const QString &link,
                                                std::optional<MilliSats> amount,
                                                const QString &description)
{
    if (!m_http || !m_wallet)
        return ready(fail(
            error(AppError::Kind::Wallet, Text::tr("A wallet is needed to receive the refund."))));
    const auto url = withdrawUrl(link);
    if (!url)
        return ready(fail(url.error()));
    const QString memo = description.left(maxDescriptionChars);
    return m_http->send(HttpRequest::get(*url))
        .then(this,
              [this, url = *url, amount, memo](HttpResult r) -> QFuture<RefundClaimResult> {
                  if (!r)
                      return ready(fail(r.error()));
                  const auto parsed = parseLnurlResponse(r->body, url);
                  if (!parsed)
                      return ready(fail(error(AppError::Kind::BadResponse,
                                              Text::tr("The refund link's answer cannot be "
                                                       "read: %1")
                                                  .arg(parsed.error().message))));
                  if (parsed->kind == LnurlResponse::Kind::Error) {
                      AppError e = error(AppError::Kind::Conflict,
                                         Text::tr("The refund service refuses the claim."));
                      e.serverMessage = parsed->reason.left(500);
                      return ready(fail(e));
                  }
                  if (parsed->kind != LnurlResponse::Kind::WithdrawRequest)
                      return ready(fail(error(AppError::Kind::Invalid,
                                              Text::tr("This LNURL is not a withdraw link."))));
                  const LnurlWithdrawRequest request = *parsed->withdrawRequest;
                  const auto sum = lnurlWithdrawAmount(request, amount);
                  if (!sum)
                      return ready(fail(error(AppError::Kind::Refused, sum.error().message)));
                  // Exactly the refund: the service pays the invoice's amount, nothing else.
                  return m_wallet->createInvoice(*sum, memo, 3600)
                      .then(this,
                            [this, request, sum = *sum](InvoiceOutcome invoice) {
                                if (!invoice)
                                    return ready(fail(invoice.error()));
                                const auto decoded = decodeBolt11(invoice->bolt11);
                                if (!decoded || decoded->amount != sum
                                    || decoded->paymentHash != invoice->paymentHash)
                                    return ready(fail(error(
                                        AppError::Kind::Wallet,
                                        Text::tr("The wallet's invoice is not for exactly %1 sat.")
                                            .arg(sum.toSatsDecimal()))));
                                RefundClaim claim;
                                claim.amount = sum;
                                claim.paymentHash = invoice->paymentHash;
                                return submit(lnurlWithdrawCallbackUrl(request, invoice->bolt11),
                                              claim);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<RefundClaimResult> RefundClaimer::submit(const QUrl &callback, RefundClaim claim)
{
    HttpRequest request = HttpRequest::get(callback);
    request.timeoutMs = callbackTimeoutMs;
    const int looks = qMax(1, m_wait.totalMs / qMax(1, m_wait.intervalMs));
    return m_http->send(request)
        .then(this,
              [this, claim, looks](HttpResult r) mutable -> QFuture<RefundClaimResult> {
                  if (r) {
                      const auto status = parseLnurlCallbackStatus(r->body);
                      if (!status && status.error().code == LnurlErrorCode::ServiceError) {
                          AppError e = error(AppError::Kind::Conflict,
                                             Text::tr("The refund service refuses the claim."));
                          e.serverMessage = status.error().message.left(500);
                          return ready(fail(e));
                      }
                      if (!status)
                          claim.note = status.error().message;
                  } else {
                      // The invoice was sent: the service may pay it even though its answer
                      // was lost, so the wallet decides.
                      claim.note = r.error().message;
                  }
                  return waitPaid(claim, looks);
              })
        .unwrap();
}

QFuture<RefundClaimResult> RefundClaimer::waitPaid(RefundClaim claim, int looksLeft)
{
    return m_wallet->lookupInvoice(claim.paymentHash)
        .then(
            this,
            [this, claim, looksLeft](IncomingOutcome looked) mutable -> QFuture<RefundClaimResult> {
                if (looked && looked->state == IncomingPayment::State::Paid) {
                    claim.status = RefundClaim::Status::Claimed;
                    claim.amount = looked->received;
                    claim.note.clear();
                    return ready(claim);
                }
                if (looked && looked->state == IncomingPayment::State::Expired)
                    looksLeft = 0; // it can no longer be paid
                if (looksLeft <= 1) {
                    if (claim.note.isEmpty())
                        claim.note = looked ? Text::tr("The wallet has not received it yet.")
                                            : looked.error().message;
                    return ready(claim);
                }
                return after(this, m_wait.intervalMs)
                    .then(this, [this, claim, looksLeft] { return waitPaid(claim, looksLeft - 1); })
                    .unwrap();
            })
        .unwrap();
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: payment URIs (lightning:, bitcoin:, LNURL, LUD-17, Lightning Address), LNURL
// service responses, and the input inspector behind `lightwork-cli decode`.
#include "inspect/inputinspector.h"
#include "lightning/lnurlresponse.h"
#include "lightning/paymenturi.h"

#include <QString>
#include <QUrl>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    const auto uri = lw::parsePaymentUri(text);
    if (uri
        && (uri->kind == lw::PaymentUri::Kind::Lnurl
            || uri->kind == lw::PaymentUri::Kind::LightningAddress)
        && !lw::isAcceptableLnurlUrl(uri->lnurl))
        __builtin_trap(); // never hand out a URL we would refuse to fetch

    (void)lw::parseLnurlResponse(bytes, QUrl(QStringLiteral("https://example.com/lnurl")));
    (void)lw::parseLnurlPayInvoice(bytes, QUrl(QStringLiteral("https://example.com/cb")));
    (void)lw::inspectInput(text, 1'700'000'000);
    return 0;
}

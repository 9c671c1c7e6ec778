// SPDX-License-Identifier: GPL-3.0-or-later
// 402ai values as the CLI prints them: the server's field names, amounts in sats, every text
// field as sent (the printer makes it safe for a terminal).
#pragma once

#include "markets/aiforhire/aiforhiretypes.h"
#include "pay/paymentbackend.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lw::cli {

QJsonObject taskJson(const HireTask &task);
QJsonObject quoteJson(const HireQuote &quote);
QJsonObject messageJson(const HireMessage &message);
QJsonObject deliveryJson(const HireDelivery &delivery);
QJsonObject paymentJson(const OutgoingPayment &payment); //!< never the preimage

template <typename T, typename F>
QJsonObject listJson(const QString &key, const HireList<T> &list, F toJson)
{
    QJsonArray items;
    for (const T &item : list.items)
        items.append(toJson(item));
    QJsonObject out{{key, items}};
    if (list.skipped)
        out.insert(QStringLiteral("skipped"), list.skipped);
    if (list.dropped)
        out.insert(QStringLiteral("dropped"), list.dropped);
    return out;
}

} // namespace lw::cli

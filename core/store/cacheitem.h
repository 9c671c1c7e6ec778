// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/millisats.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lw {

//! One remote object as the GUI lists it. All text came from a server: plain text only.
struct CacheItem {
    QString remoteId;
    //! The scope: the task of a quote or delivery, the quote of a message; empty for tasks
    //! and payouts.
    QString parentId;
    QString status;
    MilliSats amount;               //!< budget, price, payout
    QString title;                  //!< task title, delivery file name
    QString text;                   //!< description, message body, notes
    QString party;                  //!< buyer, contractor, sender or worker id
    std::optional<qint64> sequence; //!< a message's since_id cursor
    QString createdAt;              //!< the server's own timestamps, as sent
    QString updatedAt;
    QJsonObject extra;      //!< market-specific fields (task_type, quote_count, quote id, …)
    qint64 firstSeenMs = 0; //!< when this device first saw it ("new" highlights)
    qint64 syncedMs = 0;    //!< the last sync that saw it
};

} // namespace lw

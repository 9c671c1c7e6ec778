// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a whole feed off the GUI thread: at start-up the window shows the first screenful at
// once (FeedSource::firstTasks) and the other 10,000 rows follow from here, so the first frame
// does not wait for them.
#pragma once

#include "common/result.h"
#include "feedtask.h"
#include "net/apperror.h"

#include <QFuture>
#include <QList>

namespace lw {

class FeedQuery;
using FeedRead = Result<QList<FeedTaskPtr>, AppError>;

//! Every task of the accounts, in feed order, read on a pool thread over a read-only
//! connection of its own to the database at `databasePath` (WAL: writes on the GUI thread go
//! on meanwhile). Blocked rows are still in: FeedSource::withoutBlocked() on the GUI thread.
QFuture<FeedRead> readFeedInBackground(const QString &databasePath,
                                       const QList<qint64> &accountIds);

//! The same read on the calling thread over the given FeedQuery's connection.
FeedRead readFeed(const FeedQuery &query, const QList<qint64> &accountIds);

//! One list in feed order from lists each in feed order.
QList<FeedTaskPtr> mergeInFeedOrder(const QList<QList<FeedTaskPtr>> &lists);

} // namespace lw

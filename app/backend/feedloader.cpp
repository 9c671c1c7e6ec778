// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedloader.h"

#include "feedquery.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FeedQuery)
};

FeedRead readOnOwnConnection(const QString &path, const QList<qint64> &accountIds)
{
    static std::atomic<int> readers{0};
    const QString name = u"lightwork-feed-reader-%1"_s.arg(++readers);
    FeedRead out = [&]() -> FeedRead {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            //: The feed could not read the tasks stored on this device.
            AppError e = AppError::make(AppError::Kind::Storage,
                                        Text::tr("The task list could not be read."));
            e.serverMessage = db.lastError().text();
            return fail(e);
        }
        FeedRead read = readFeed(FeedQuery(name), accountIds);
        db.close();
        return read;
    }();
    QSqlDatabase::removeDatabase(name); // after the last handle to it is gone
    return out;
}

} // namespace

QFuture<FeedRead> readFeedInBackground(const QString &databasePath, const QList<qint64> &accountIds)
{
    auto promise = std::make_shared<QPromise<FeedRead>>();
    QFuture<FeedRead> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, databasePath, accountIds] {
        promise->addResult(readOnOwnConnection(databasePath, accountIds));
        promise->finish();
    });
    return future;
}

FeedRead readFeed(const FeedQuery &query, const QList<qint64> &accountIds)
{
    FeedTaskReader reader;
    QList<QList<FeedTaskPtr>> lists;
    lists.reserve(accountIds.size());
    for (const qint64 id : accountIds) {
        auto tasks = query.all(id, reader);
        if (!tasks)
            return fail(tasks.error());
        lists.append(std::move(*tasks));
    }
    return mergeInFeedOrder(lists);
}

QList<FeedTaskPtr> mergeInFeedOrder(const QList<QList<FeedTaskPtr>> &lists)
{
    const auto less = [](const FeedTaskPtr &a, const FeedTaskPtr &b) {
        return feedOrderLess(*a, *b);
    };
    QList<FeedTaskPtr> all;
    for (const QList<FeedTaskPtr> &list : lists) {
        const qsizetype middle = all.size();
        all.append(list);
        // Each list is sorted already: merging keeps the whole linear.
        std::inplace_merge(all.begin(), all.begin() + middle, all.end(), less);
    }
    // SQLite orders ids by UTF-8 bytes, QString by UTF-16 units: they differ past U+FFFF.
    if (!std::is_sorted(all.cbegin(), all.cend(), less))
        std::stable_sort(all.begin(), all.end(), less);
    return all;
}

} // namespace lw

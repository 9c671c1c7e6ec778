// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/marketcache.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>
#include <memory>

namespace lw {

//! One task as the feed shows it: the few CacheItem fields the feed needs, already made safe
//! for display, in about 200 bytes plus its text. Immutable once read, so every model showing
//! the feed shares the same rows (FeedTaskPtr).
struct FeedTask {
    static constexpr qint64 noTime = std::numeric_limits<qint64>::min();
    static constexpr qint64 noBudget = -1;
    //! The feed keeps this much of a description; the task's own page reads the whole text.
    static constexpr qsizetype descriptionLimit = 2000;
    static constexpr qsizetype titleLimit = 300;
    static constexpr qsizetype wordLimit = 64; //!< status, task type
    static constexpr qsizetype partyLimit = 128;

    qint64 accountId = 0;
    qint64 budgetMsat = noBudget; //!< noBudget when the server's was negative or impossible
    qint64 createdAtMs = noTime;  //!< the server's created_at; noTime when unreadable
    qint64 firstSeenMs = 0;
    int quoteCount = 0;
    bool titleAscii = true; //!< lets search skip Unicode folding
    bool descriptionAscii = true;
    QString remoteId;
    QString title;          //!< one line; may be empty
    QByteArray description; //!< UTF-8: half the memory of the feed's largest field
    QString status;
    QString taskType;
    QString party;

    bool hasBudget() const { return budgetMsat != noBudget; }
    //! created_at, or first sight when the server's date was unreadable.
    qint64 ageReferenceMs() const { return createdAtMs != noTime ? createdAtMs : firstSeenMs; }
};

using FeedTaskPtr = std::shared_ptr<const FeedTask>;

//! The feed's order: newest first by first sight, then account, then id (the cache's order
//! within one account). Rows already shown never move when newer ones arrive above them.
bool feedOrderLess(const FeedTask &a, const FeedTask &b);

//! What one sync changed in one account's feed, with the changed tasks already read.
struct FeedDelta {
    qint64 accountId = 0;
    QList<FeedTaskPtr> upserted; //!< new or changed tasks (a model decides which by id)
    QStringList removed;         //!< remote ids
    bool removeAll = false;      //!< the account left the feed: drop all of its rows
};

//! A task's stored fields as read from the cache, before they are made safe for display.
struct RawTask {
    QString remoteId;
    QString status;
    qint64 amountMsat = 0;
    QString title;
    QString text;
    QString party;
    QString createdAt;
    qint64 firstSeenMs = 0;
    QVariant quoteCount; //!< extra.quote_count: counts only when it is a number
    QString taskType;    //!< extra.task_type when it is a string
};

//! Turns cache items into FeedTasks: text cut to the limits above with invisible characters
//! made visible (common/safetext.h), dates parsed once, small repeated words shared.
class FeedTaskReader {
public:
    FeedTaskPtr read(qint64 accountId, const RawTask &raw);
    FeedTaskPtr read(qint64 accountId, const CacheItem &item);

    //! A server timestamp as epoch ms: ISO 8601 with or without fraction and offset (no
    //! offset means UTC), or FeedTask::noTime.
    static qint64 parseTimestamp(const QString &text);
    //! One line of display text: newlines and tabs become spaces, invisible characters are
    //! escaped, at most `limit` characters (then "…").
    static QString line(const QString &text, qsizetype limit);

private:
    QString shared(const QString &word);

    QSet<QString> m_words;
};

} // namespace lw

Q_DECLARE_METATYPE(lw::FeedDelta)

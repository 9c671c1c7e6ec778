// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"
#include "store/database.h"

#include <QList>
#include <QString>

namespace lw {

//! A named feed search: the search words and every filter of the feed's filter bar.
struct SavedSearch {
    static constexpr qsizetype nameLimit = 80;
    static constexpr qsizetype textLimit = 500;

    qint64 id = 0;
    QString name;
    QString searchText;
    QString market; //!< the market's display name; "" for all
    QString status;
    QString taskType;
    qint64 minBudgetSats = 0; //!< 0: no bound
    qint64 maxBudgetSats = 0; //!< 0: no bound
    int maxAgeDays = 0;       //!< 0: any age
    qint64 createdMs = 0;
};

//! One entry of the feed's block list: a buyer (party) or a single task of one account.
struct FeedBlock {
    enum class Kind { Party, Task };
    static constexpr qsizetype labelLimit = 200;

    qint64 id = 0;
    Kind kind = Kind::Party;
    qint64 accountId = 0;
    QString value; //!< the party's id or the task's remote id
    QString label; //!< what the list shows (a task's title); may be empty
    qint64 createdMs = 0;
};

//! A profile's saved feed searches and feed block list, in the app database. Deleting the
//! profile deletes both.
class FeedPreferences {
public:
    explicit FeedPreferences(const Database &db)
        : m_db(db)
    {}

    static QList<Migration> migrations();

    //! By name.
    Result<QList<SavedSearch>, AppError> searches(qint64 profileId) const;
    //! Stores the search under its name, replacing one of the same name. Returns its id.
    Result<qint64, AppError> saveSearch(qint64 profileId, const SavedSearch &search) const;
    Result<bool, AppError> removeSearch(qint64 profileId, qint64 searchId) const;

    //! Oldest first.
    Result<QList<FeedBlock>, AppError> blocks(qint64 profileId) const;
    //! Adds the entry; false when it was already there. Returns the stored entry's id in `id`.
    Result<bool, AppError> addBlock(qint64 profileId, FeedBlock &block) const;
    Result<bool, AppError> removeBlock(qint64 profileId, qint64 blockId) const;

private:
    const Database &m_db;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtask.h"
#include "store/feedpreferences.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QtQmlIntegration>

namespace lw {

//! The current profile's feed block list: buyers and single tasks the user does not want to
//! see, stored in the app database (FeedPreferences) and held as hash sets, so that checking a
//! feed row costs two lookups. FeedSource filters with it; the "Blocked" menu lists it.
class BlockList : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The block list belongs to the feed; use Session.feed.blockList.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    //! Why the list could not be read or changed (translated); empty when it could.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)

public:
    enum class Kind { Buyer, Task };
    Q_ENUM(Kind)
    enum Role { KindRole = Qt::UserRole + 1, LabelRole, ValueRole, AccountIdRole };

    explicit BlockList(const Database &db, QObject *parent = nullptr);

    //! Loads the profile's list (0: none). Announces it as a reset, not as (un)blocks.
    void setProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    //! Whether the row is hidden: its task or its buyer is on the list.
    bool isBlocked(const FeedTask &task) const
    {
        return contains(m_tasks, task.accountId, task.remoteId)
               || (!task.party.isEmpty() && contains(m_parties, task.accountId, task.party));
    }
    bool isPartyBlocked(qint64 accountId, const QString &party) const
    {
        return contains(m_parties, accountId, party);
    }

    //! Adds an entry; false (and errorText) when it could not be stored.
    bool add(FeedBlock block);
    //! Removes the entry shown in `row`.
    Q_INVOKABLE bool unblock(int row);

    int count() const { return int(m_entries.size()); }
    QString errorText() const { return m_errorText; }
    const QList<FeedBlock> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void blocked(const lw::FeedBlock &block);
    void unblocked(const lw::FeedBlock &block);
    void countChanged();
    void errorTextChanged();

private:
    using Sets = QHash<qint64, QSet<QString>>;
    static bool contains(const Sets &sets, qint64 accountId, const QString &value)
    {
        const auto it = sets.constFind(accountId);
        return it != sets.cend() && it->contains(value);
    }
    Sets &setsOf(FeedBlock::Kind kind)
    {
        return kind == FeedBlock::Kind::Task ? m_tasks : m_parties;
    }
    void setError(const QString &text);

    FeedPreferences m_store;
    qint64 m_profileId = 0;
    QList<FeedBlock> m_entries;
    Sets m_parties;
    Sets m_tasks;
    QString m_errorText;
};

} // namespace lw

Q_DECLARE_METATYPE(lw::FeedBlock)

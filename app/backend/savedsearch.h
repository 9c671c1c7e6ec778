// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtask.h"
#include "store/feedpreferences.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace lw {

//! The current profile's saved feed searches, by name: the filter bar saves, applies and
//! deletes them, and FeedAlerts matches new tasks against them.
//!
//! A search travels to and from QML as a map with the filter bar's names: searchText, market,
//! status, taskType, minBudgetSats, maxBudgetSats, maxAgeDays.
class SavedSearchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Saved searches belong to the feed; use Session.feed.savedSearches.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    //! Why a search could not be read, saved or deleted (translated); empty when it could.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)

public:
    enum Role { NameRole = Qt::UserRole + 1, SummaryRole, SearchIdRole };

    explicit SavedSearchModel(const Database &db, QObject *parent = nullptr);

    void setProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    //! Stores the filters under `name` (replacing a search of that name); false and errorText
    //! when the name or a value is not acceptable.
    Q_INVOKABLE bool save(const QString &name, const QVariantMap &filters);
    //! The filters of the search in `row`; empty when there is no such row.
    Q_INVOKABLE QVariantMap filters(int row) const;
    Q_INVOKABLE bool remove(int row);

    int count() const { return int(m_searches.size()); }
    QString errorText() const { return m_errorText; }
    const QList<SavedSearch> &searches() const { return m_searches; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static SavedSearch fromMap(const QString &name, const QVariantMap &filters);
    static QVariantMap toMap(const SavedSearch &search);

Q_SIGNALS:
    void countChanged();
    void errorTextChanged();

private:
    void reload();
    void setError(const QString &text);

    FeedPreferences m_store;
    qint64 m_profileId = 0;
    QList<SavedSearch> m_searches;
    QString m_errorText;
};

//! Whether a task passes a saved search, with the feed filter's rules (TaskFilterModel):
//! every word in the title or description ignoring case and accents, market by its display
//! name, status and type without case, budget bounds in sats (unknown budgets fail a bound),
//! age against created_at or first sight.
class SavedSearchMatcher {
public:
    explicit SavedSearchMatcher(const SavedSearch &search);
    bool matches(const FeedTask &task, const QString &marketName, qint64 nowMs) const;

private:
    SavedSearch m_search;
    QStringList m_terms;
};

} // namespace lw

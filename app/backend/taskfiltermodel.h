// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedproxy.h"
#include "feedtask.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QtQmlIntegration>

#include <functional>

namespace lw {

class TaskFeedModel;

//! The feed as the user narrows it: filters, full-text search, a sort order and a block list
//! over a TaskFeedModel (`sourceModel`). Changing a filter re-checks the rows and removes or
//! inserts those that changed, never resetting the view. Rows are re-checked as the source
//! changes (any role); time passing alone does not re-check the age filter.
// The base is named with its namespace: the QML type registrar of Qt 6.4 does not resolve it
// otherwise.
class TaskFilterModel : public lw::FeedProxy {
    Q_OBJECT
    QML_ELEMENT

    //! The market's display name (TaskFeedModel's `market`); "" for all.
    Q_PROPERTY(QString market READ market WRITE setMarket NOTIFY marketChanged FINAL)
    //! A status word, compared without case; "" for all.
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged FINAL)
    //! A task type, compared without case; "" for all.
    Q_PROPERTY(QString taskType READ taskType WRITE setTaskType NOTIFY taskTypeChanged FINAL)
    //! Lowest budget in sats; 0 for no bound. With a bound, unknown budgets are hidden.
    Q_PROPERTY(qint64 minBudgetSats READ minBudgetSats WRITE setMinBudgetSats NOTIFY
                   minBudgetSatsChanged FINAL)
    //! Highest budget in sats; 0 for no bound.
    Q_PROPERTY(qint64 maxBudgetSats READ maxBudgetSats WRITE setMaxBudgetSats NOTIFY
                   maxBudgetSatsChanged FINAL)
    //! Only tasks created (or, with no readable date, first seen) in the last N days; 0: any.
    Q_PROPERTY(int maxAgeDays READ maxAgeDays WRITE setMaxAgeDays NOTIFY maxAgeDaysChanged FINAL)
    //! Words that must each appear in the title or description, ignoring case and accents.
    Q_PROPERTY(
        QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged FINAL)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged FINAL)
    //! Parties whose tasks are hidden (exact ids).
    Q_PROPERTY(QStringList blockedParties READ blockedParties WRITE setBlockedParties NOTIFY
                   blockedPartiesChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum class SortOrder {
        Newest, //!< newest first by first sight, then by creation
        Budget, //!< highest budget first, unknown budgets last
        Quotes, //!< fewest quotes first (least competition), then newest
    };
    Q_ENUM(SortOrder)

    using Clock = std::function<qint64()>;

    explicit TaskFilterModel(QObject *parent = nullptr);

    //! For tests: what "now" is for the age filter (epoch ms).
    void setClock(Clock clock);

    QString market() const { return m_market; }
    void setMarket(const QString &market);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString taskType() const { return m_taskType; }
    void setTaskType(const QString &taskType);
    qint64 minBudgetSats() const { return m_minBudgetSats; }
    void setMinBudgetSats(qint64 sats);
    qint64 maxBudgetSats() const { return m_maxBudgetSats; }
    void setMaxBudgetSats(qint64 sats);
    int maxAgeDays() const { return m_maxAgeDays; }
    void setMaxAgeDays(int days);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    QStringList blockedParties() const { return m_blockedParties; }
    void setBlockedParties(const QStringList &parties);
    int count() const { return rowCount(); }
    void setSourceModel(QAbstractItemModel *source) override;

    //! Search folding: lower case, compatibility-decomposed, accents dropped ("Élan" → "elan").
    static QString fold(QStringView text);

Q_SIGNALS:
    void marketChanged();
    void statusChanged();
    void taskTypeChanged();
    void minBudgetSatsChanged();
    void maxBudgetSatsChanged();
    void maxAgeDaysChanged();
    void searchTextChanged();
    void sortOrderChanged();
    void blockedPartiesChanged();
    void countChanged();

protected:
    bool acceptsRow(int sourceRow) const override;
    bool rowLess(int a, int b) const override;
    bool rolesAffectOrder(const QList<int> &roles) const override;

private:
    bool matchesSearch(const FeedTask &task) const;

    QPointer<TaskFeedModel> m_feed; //!< sourceModel() when it is a feed

    QString m_market;
    QString m_status;
    QString m_taskType;
    qint64 m_minBudgetSats = 0;
    qint64 m_maxBudgetSats = 0;
    int m_maxAgeDays = 0;
    int m_lastCount = 0; //!< what countChanged last announced
    QString m_searchText;
    QStringList m_terms; //!< folded words of m_searchText
    SortOrder m_sortOrder = SortOrder::Newest;
    QStringList m_blockedParties;
    QSet<QString> m_blocked;
    Clock m_now;
};

} // namespace lw

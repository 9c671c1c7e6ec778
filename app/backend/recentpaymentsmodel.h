// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pay/paymentjournal.h"
#include "session.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The payment journal, newest first: every payment the app made or tried, with what it was
//! for and how it stands. The journal is read on refresh() (call it when the page shows and
//! after a PayFlow finishes) and when the profile changes; rows that keep their place change
//! in place (dataChanged), anything else reloads.
class RecentPaymentsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT

    //! The app's Session (`RecentPaymentsModel { session: Session }`).
    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! How many entries to show (default 50).
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        ReasonRole =
            Qt::UserRole + 1, //!< reason: what it was for, translated or the caller's words
        ActionRole,           //!< action: the journal's own name ("pay", "402ai.accept")
        AmountSatsRole,       //!< amountSats: whole sats (int64), 0 before an invoice
        AmountTextRole,       //!< amountText: "21 sat"; "" before an invoice
        FeeTextRole,          //!< feeText: the routing fee, "0 sat"
        StateRole,            //!< state: translated ("Paid", "Pending", …)
        StateNameRole,        //!< stateName: the journal's word ("done", "paying", …)
        IsPendingRole,        //!< isPending: the outcome is not known yet
        TimeRole,             //!< time: QDateTime of the last change
        PaymentHashRole,      //!< paymentHash: short form ("1a2b3c4d…5e6f7a8b"), or ""
        ErrorRole,            //!< error: why it failed, for people; "" otherwise
    };
    Q_ENUM(Role)

    explicit RecentPaymentsModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int count() const { return int(m_rows.size()); }

    //! Reads the journal again.
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! The words for an entry's purpose: known actions translated, the caller's words as given.
    static QString reasonText(const JournalEntry &entry);
    static QString stateText(PaymentState state);

Q_SIGNALS:
    void sessionChanged();
    void limitChanged();
    void countChanged();

private:
    QPointer<Session> m_session;
    QList<JournalEntry> m_rows;
    int m_limit = 50;
};

} // namespace lw

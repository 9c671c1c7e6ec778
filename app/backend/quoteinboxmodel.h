// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotethreadrows.h"
#include "quotethreads.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! One row of the Quotes list: a quote's thread as the user sees it (plain, bounded text).
struct QuoteInboxRow {
    qint64 accountId = 0;
    QString taskId;
    QString quoteId;
    QString title;
    QString counterparty;
    qint64 priceSats = 0;
    QString quoteStatus;
    QString lastMessage; //!< one line
    bool lastFromMe = false;
    QDateTime activity;
    bool unread = false;
    bool asBuyer = false;

    bool operator==(const QuoteInboxRow &) const = default;
    QString key() const { return QString::number(accountId) + u'/' + quoteId; }
    static QuoteInboxRow from(const QuoteThreadSummary &s);
};

//! Every quote thread of the profile's 402ai accounts, newest activity first. Filled by
//! QuoteInbox.
class QuoteInboxModel : public KeyedRowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The quote threads come from a QuoteInbox.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY countChanged FINAL)

public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1, //!< accountId: the Lightwork account (int64)
        TaskIdRole,                       //!< taskId
        QuoteIdRole,                      //!< quoteId
        TitleRole,                        //!< title: the task's title, one line
        CounterpartyRole,                 //!< counterparty: the other side's market id
        PriceSatsRole,                    //!< priceSats: the quote's price in whole sats
        QuoteStatusRole,                  //!< quoteStatus: the market's word
        LastMessageRole,                  //!< lastMessage: the newest message, one line
        LastFromMeRole,                   //!< lastFromMe: the user wrote it
        ActivityRole,                     //!< activity: QDateTime of the newest activity
        UnreadRole,                       //!< unread: the other side wrote since last read
        AsBuyerRole,                      //!< asBuyer: a quote on the user's own task
    };
    Q_ENUM(Role)

    explicit QuoteInboxModel(QObject *parent = nullptr);

    void setRows(const QList<QuoteInboxRow> &rows);
    const QList<QuoteInboxRow> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    int unreadCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<QuoteInboxRow> m_rows;
};

} // namespace lw

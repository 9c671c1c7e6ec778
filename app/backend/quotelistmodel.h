// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/cacheitem.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! One quote as the detail page shows it: plain, bounded text.
struct QuoteRow {
    QString quoteId;
    MilliSats price;
    QString status; //!< the market's word: "pending", "accepted", "rejected"
    QString worker; //!< the contractor's market id
    QString message;
    QDateTime created;
    int messageCount = 0;
    bool mine = false;       //!< sent by this account
    bool acceptable = false; //!< the user may accept it now (buyer, task open, quote pending)

    bool operator==(const QuoteRow &) const = default;
};

//! The quotes of one task, oldest first (as the market lists them). Filled by TaskDetail.
class QuoteListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A task's quotes come from its TaskDetail.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        QuoteIdRole = Qt::UserRole + 1, //!< quoteId: the market's id
        PriceSatsRole,                  //!< priceSats: whole sats (int64)
        PriceTextRole,                  //!< priceText: "300 sat"
        StatusRole,                     //!< status: the market's word
        WorkerRole,                     //!< worker: the contractor's id, plain text
        MessageRole,                    //!< message: the quote's text, plain, bounded
        CreatedRole,                    //!< created: QDateTime, invalid when unreadable
        MessageCountRole,               //!< messageCount: messages on the quote's thread
        MineRole,                       //!< mine: this account sent it
        AcceptableRole,                 //!< acceptable: the user may accept it now
    };
    Q_ENUM(Role)

    explicit QuoteListModel(QObject *parent = nullptr);

    //! Rows with a known id are updated in place (dataChanged), new ones inserted, gone ones
    //! removed, so a list being read does not jump.
    void setRows(const QList<QuoteRow> &rows);
    const QList<QuoteRow> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    //! Reads a cached quote (untrusted text made plain and bounded).
    static QuoteRow fromCache(const CacheItem &item);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &quoteId) const;

    QList<QuoteRow> m_rows;
};

} // namespace lw

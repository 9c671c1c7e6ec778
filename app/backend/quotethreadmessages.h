// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotethreadrows.h"
#include "quotethreads.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! One message as the chat shows it: plain, bounded text.
struct QuoteMessageRow {
    QString key;
    QString localId;
    QString sender;
    QString body;
    QDateTime at;
    bool mine = false;
    QString state; //!< "pending", "sent" or "failed"
    QString errorText;

    bool operator==(const QuoteMessageRow &) const = default;
    static QuoteMessageRow from(const QuoteThreadMessage &m);
};

//! A quote's thread, oldest first (the newest at the bottom). Filled by QuoteThread.
class QuoteMessageModel : public KeyedRowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A thread's messages come from its QuoteThread.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, //!< key: stable while the message lives
        LocalIdRole,                //!< localId: set for messages written on this device
        SenderRole,                 //!< sender: the market id of who wrote it
        BodyRole,                   //!< body: plain text with its lines, bounded
        AtRole,                     //!< at: QDateTime
        MineRole,                   //!< mine: the user wrote it
        StateRole,                  //!< sendState: "pending", "sent" or "failed"
        ErrorTextRole,              //!< errorText: why it failed
    };
    Q_ENUM(Role)

    explicit QuoteMessageModel(QObject *parent = nullptr);

    void setRows(const QList<QuoteMessageRow> &rows);
    const QList<QuoteMessageRow> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<QuoteMessageRow> m_rows;
};

} // namespace lw

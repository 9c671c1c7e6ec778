// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markets/prooflayer/prooflayertypes.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! A ProofLayer worker's payouts as the market lists them (oldest first): amount, status and
//! times. The market's words are plain text.
class ProofLayerPayoutModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The payouts belong to a ProofLayerController.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        PayoutIdRole = Qt::UserRole + 1, //!< payoutId
        TaskIdRole,                      //!< taskId
        AmountSatsRole,                  //!< amountSats: whole sats paid to the worker (int64)
        AmountTextRole,                  //!< amountText: "350 sat"
        StatusRole,                      //!< status: "paid", "pending", "failed" or the market's
        StatusTextRole,                  //!< statusText: translated
        CreatedAtRole,                   //!< createdAt: QDateTime, invalid when unreadable
        UpdatedAtRole,                   //!< updatedAt: QDateTime, invalid when unreadable
        ReasonRole,                      //!< reason: why it failed, plain text, bounded
    };
    Q_ENUM(Role)

    explicit ProofLayerPayoutModel(QObject *parent = nullptr);

    void setPayouts(QList<ProofLayerPayout> payouts);
    const QList<ProofLayerPayout> &payouts() const { return m_payouts; }
    int count() const { return int(m_payouts.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<ProofLayerPayout> m_payouts;
};

} // namespace lw

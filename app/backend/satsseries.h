// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgermodel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The wallet's sats over time for a chart: per UTC day of the ledger model's filtered rows that
//! moved through the wallet, the running total of what came in less what went out. Market and
//! escrow rows are left out, because the wallet rows already count what reached the wallet (a
//! top-up is one row out of the wallet and one into the market). Points come scaled to 0…1 so
//! the chart only draws; the labels are formatted here.
class SatsSeries : public QObject {
    Q_OBJECT
    QML_ELEMENT

    //! The rows to chart (`SatsSeries { model: ledgerModel }`).
    Q_PROPERTY(lw::LedgerModel *model READ model WRITE setModel NOTIFY modelChanged FINAL)
    //! [{x, y, dayText, satsText}]: x from the first day (0) to the last (1), y from the lowest
    //! total (0) to the highest (1); zero is always inside the range.
    Q_PROPERTY(QVariantList points READ points NOTIFY changed FINAL)
    Q_PROPERTY(int count READ count NOTIFY changed FINAL)
    //! Axis labels: the first and last day, the highest and lowest total.
    Q_PROPERTY(QString firstDayText READ firstDayText NOTIFY changed FINAL)
    Q_PROPERTY(QString lastDayText READ lastDayText NOTIFY changed FINAL)
    Q_PROPERTY(QString maxText READ maxText NOTIFY changed FINAL)
    Q_PROPERTY(QString minText READ minText NOTIFY changed FINAL)
    //! Where zero sits on the y scale (0…1).
    Q_PROPERTY(qreal zeroY READ zeroY NOTIFY changed FINAL)
    //! For screen readers and as the chart's caption: "Earned 270 sat over 3 days".
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed FINAL)

public:
    //! One day's running total, in msat.
    struct Point {
        qint64 dayMs = 0; //!< the day's start (UTC)
        qint64 msat = 0;
    };

    explicit SatsSeries(QObject *parent = nullptr);

    LedgerModel *model() const { return m_model; }
    void setModel(LedgerModel *model);

    QVariantList points() const;
    int count() const { return int(m_points.size()); }
    const QList<Point> &rawPoints() const { return m_points; }
    QString firstDayText() const;
    QString lastDayText() const;
    QString maxText() const;
    QString minText() const;
    qreal zeroY() const;
    QString summaryText() const;

    //! The running totals of `rows` (any order), one point per day that has wallet rows, after a
    //! zero point the day before the first.
    static QList<Point> series(const QList<LedgerRow> &rows);

Q_SIGNALS:
    void modelChanged();
    void changed();

private:
    void rebuild();
    qint64 lowest() const;
    qint64 highest() const;

    QPointer<LedgerModel> m_model;
    QList<Point> m_points;
};

} // namespace lw

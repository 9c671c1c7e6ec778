// SPDX-License-Identifier: GPL-3.0-or-later
#include "satsseries.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>

namespace lw {

namespace {

constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

qint64 dayStart(qint64 ms)
{
    return ms - ((ms % msPerDay) + msPerDay) % msPerDay;
}

QString dayText(qint64 dayMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(dayMs, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

} // namespace

SatsSeries::SatsSeries(QObject *parent)
    : QObject(parent)
{}

void SatsSeries::setModel(LedgerModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &LedgerModel::rowsChanged, this, &SatsSeries::rebuild);
    Q_EMIT modelChanged();
    rebuild();
}

QList<SatsSeries::Point> SatsSeries::series(const QList<LedgerRow> &rows)
{
    QMap<qint64, qint64> perDay; // sorted by day
    for (const LedgerRow &row : rows) {
        const LedgerEntry &e = row.entry;
        if (e.source != LedgerEntry::Source::Wallet)
            continue;
        perDay[dayStart(e.atMs)] += e.incoming ? e.amount.msat() : -e.amount.msat();
    }
    QList<Point> out;
    if (perDay.isEmpty())
        return out;
    out.append({perDay.firstKey() - msPerDay, 0});
    qint64 total = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        total += it.value();
        out.append({it.key(), total});
    }
    return out;
}

void SatsSeries::rebuild()
{
    m_points = m_model ? series(m_model->rows()) : QList<Point>();
    Q_EMIT changed();
}

qint64 SatsSeries::lowest() const
{
    qint64 low = 0;
    for (const Point &p : m_points)
        low = qMin(low, p.msat);
    return low;
}

qint64 SatsSeries::highest() const
{
    qint64 high = 0;
    for (const Point &p : m_points)
        high = qMax(high, p.msat);
    return high;
}

QVariantList SatsSeries::points() const
{
    QVariantList out;
    if (m_points.isEmpty())
        return out;
    const qint64 first = m_points.first().dayMs;
    const qint64 span = qMax<qint64>(m_points.last().dayMs - first, 1);
    const qint64 low = lowest();
    const qint64 range = highest() - low;
    for (const Point &p : m_points) {
        // Screen positions only; the amounts themselves stay integers.
        const qreal x = qreal(p.dayMs - first) / qreal(span);
        const qreal y = range > 0 ? qreal(p.msat - low) / qreal(range) : 0.5;
        out.append(QVariantMap{
            {QStringLiteral("x"), x},
            {QStringLiteral("y"), y},
            {QStringLiteral("dayText"), dayText(p.dayMs)},
            //: Earnings chart: a running total of sats, e.g. "270 sat".
            {QStringLiteral("satsText"), tr("%1 sat").arg(MilliSats(p.msat).toSatsDecimal())}});
    }
    return out;
}

QString SatsSeries::firstDayText() const
{
    return m_points.isEmpty() ? QString() : dayText(m_points.first().dayMs);
}

QString SatsSeries::lastDayText() const
{
    return m_points.isEmpty() ? QString() : dayText(m_points.last().dayMs);
}

QString SatsSeries::maxText() const
{
    return tr("%1 sat").arg(MilliSats(highest()).toSatsDecimal());
}

QString SatsSeries::minText() const
{
    return tr("%1 sat").arg(MilliSats(lowest()).toSatsDecimal());
}

qreal SatsSeries::zeroY() const
{
    const qint64 low = lowest();
    const qint64 range = highest() - low;
    return range > 0 ? qreal(-low) / qreal(range) : 0.5;
}

QString SatsSeries::summaryText() const
{
    if (m_points.size() < 2)
        //: Earnings chart, empty: the selected rows never moved sats through the wallet.
        return tr("No wallet movements in this selection.");
    // The first point is the zero before the first day.
    const int days = int((m_points.last().dayMs - m_points.at(1).dayMs) / msPerDay) + 1;
    const qint64 net = m_points.last().msat;
    const QString amount = MilliSats(net >= 0 ? net : -net).toSatsDecimal();
    // Two forms, not "day(s)": plurals need a translation even in English.
    if (net >= 0)
        return days == 1
                   //: Earnings chart summary: everything happened on one day; %1 is sats.
                   ? tr("Earned %1 sat in one day").arg(amount)
                   //: Earnings chart summary: %1 is an amount of sats, %2 the days it spans.
                   : tr("Earned %1 sat over %2 days").arg(amount).arg(days);
    return days == 1
               //: Earnings chart summary when more went out than came in, on one day.
               ? tr("Spent %1 sat in one day").arg(amount)
               //: Earnings chart summary when more went out than came in.
               : tr("Spent %1 sat over %2 days").arg(amount).arg(days);
}

} // namespace lw

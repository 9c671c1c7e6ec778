// SPDX-License-Identifier: GPL-3.0-or-later
// For the Earnings page's Quick Test (run by tst_qml): LedgerBench fills a real LedgerModel with
// rows given from QML, as the ledger would hold them, so filters, totals and the chart run for
// real without a wallet or a market.
#include "ledgermodel.h"

#include <QCoreApplication>
#include <QQmlEngine>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

class LedgerBench : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    //! Rows for `model`, newest last: each {kind ("collected"), incoming, sats, source
    //! ("wallet" | "market" | "escrow"), market, account, daysAgo, note, reference}.
    Q_INVOKABLE void fill(lw::LedgerModel *model, const QVariantList &rows) const
    {
        if (!model)
            return;
        QList<lw::LedgerRow> out;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 id = 0;
        for (const QVariant &value : rows) {
            const QVariantMap r = value.toMap();
            lw::LedgerRow row;
            lw::LedgerEntry &e = row.entry;
            e.id = ++id;
            e.atMs = now - r.value(u"daysAgo"_s).toLongLong() * msPerDay - (1000 - id) * 1000;
            e.reason = lw::ledgerReasonFromName(r.value(u"kind"_s).toString())
                           .value_or(lw::LedgerReason::Payment);
            e.incoming = r.value(u"incoming"_s).toBool();
            e.amount = lw::MilliSats(r.value(u"sats"_s).toLongLong() * 1000);
            const QString source = r.value(u"source"_s, u"wallet"_s).toString();
            e.source = source == u"market"_s   ? lw::LedgerEntry::Source::Market
                       : source == u"escrow"_s ? lw::LedgerEntry::Source::Escrow
                                               : lw::LedgerEntry::Source::Wallet;
            e.note = r.value(u"note"_s).toString();
            e.reference = r.value(u"reference"_s).toString();
            e.key = u"bench:%1"_s.arg(id);
            row.market = r.value(u"market"_s).toString();
            row.account = r.value(u"account"_s).toString();
            e.accountId = row.account.isEmpty() ? 0 : 1;
            out.append(row);
        }
        model->setReader([out] { return lw::Result<QList<lw::LedgerRow>, lw::AppError>(out); });
    }
};

void registerLedgerBench()
{
    qmlRegisterSingletonType<LedgerBench>(
        "LightworkEarningsTest", 1, 0, "LedgerBench",
        [](QQmlEngine *, QJSEngine *) -> QObject * { return new LedgerBench; });
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerLedgerBench)

#include "earningsbench.moc"

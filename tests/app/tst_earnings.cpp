// SPDX-License-Identifier: GPL-3.0-or-later
// The Earnings screen's C++ over a memory keychain and a real lightwork-sandbox: a buyer and a
// worker set up by "Try the sandbox" run a task to the end through the engine (post, quote,
// accept, deliver, confirm); the worker's EarningsController shows the earnings and collects
// them into the worker's wallet by an invoice of exactly the balance; LedgerModel lists the
// profile's rows with filters; CSV export matches the rows and defuses formulas.

#include "earningscontroller.h"
#include "ledgermodel.h"
#include "sandboxsetup.h"
#include "sandboxsuitetestkit.h"
#include "satsseries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 quoteFeeSats = 10;
constexpr qint64 priceSats = 300;

//! RFC 4180: rows of cells, quoted cells unquoted ("" inside is one quote).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestEarnings : public SandboxSuite {
    Q_OBJECT

private:
    QSet<qint64> profileAccountIds()
    {
        QSet<qint64> ids;
        EngineSession *e = m_session->engine();
        auto accounts = e->accounts().accounts(e->profile().id);
        for (const MarketAccount &a : accounts ? *accounts : QList<MarketAccount>())
            ids.insert(a.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(startSession(&why), qPrintable(why));

        // A whole task, each side through the engine as its screen would.
        use(Session::tr("Buyer"));
        HireClient *buyer = hire();
        QVERIFY(buyer);
        auto posted = wait(
            buyer->postTask(u"Translate a poem"_s, u"Into Spanish"_s, MilliSats(500'000), false));
        QVERIFY2(posted, qPrintable(posted ? QString() : posted.error().describe()));
        const QString taskId = posted->value.id;

        use(Session::tr("Worker"));
        HireClient *worker = hire();
        QVERIFY(worker);
        auto me = wait(worker->me());
        QVERIFY(me);
        auto task = wait(worker->task(taskId));
        QVERIFY(task);
        auto quote = wait(worker->sendQuote(*task, me->accountId, MilliSats(priceSats * 1000),
                                            u"Native speaker"_s, false));
        QVERIFY2(quote, qPrintable(quote ? QString() : quote.error().describe()));
        const QString quoteId = quote->value.id;

        use(Session::tr("Buyer"));
        auto accepted = wait(hire()->accept(taskId, quoteId));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().describe()));
        QCOMPARE(accepted->value.escrowed, MilliSats(priceSats * 1000));

        use(Session::tr("Worker"));
        QFile file(m_dir.filePath(u"poema.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Verde que te quiero verde.\n");
        file.close();
        auto delivery = readDeliveryFile(file.fileName(), 1'000'000);
        QVERIFY(delivery);
        QVERIFY(wait(hire()->deliver(taskId, *delivery, u"Done"_s)));

        use(Session::tr("Buyer"));
        auto confirmed = wait(hire()->confirm(taskId));
        QVERIFY(confirmed);
        QCOMPARE(confirmed->released, MilliSats(priceSats * 1000));
        use(Session::tr("Worker"));
    }

    void collectMovesExactlyTheBalance()
    {
        const qint64 earned = SandboxSetup::workerTopupSats - quoteFeeSats + priceSats;
        QCOMPARE(hireBalanceSats(*m_session), earned);

        LedgerModel ledger;
        QAbstractItemModelTester tester(&ledger,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ledger.setSession(m_session.get());
        EarningsController earnings;
        earnings.setLedger(&ledger);
        earnings.setSession(m_session.get());
        QTRY_VERIFY(!earnings.loading());
        QVERIFY2(earnings.balanceErrorText().isEmpty(), qPrintable(earnings.balanceErrorText()));
        QCOMPARE(earnings.balanceText(), u"%1 sat"_s.arg(earned));
        QCOMPARE(earnings.collectableText(), u"%1 sat"_s.arg(earned));
        QVERIFY(earnings.balanceBreakdown().isEmpty()); // one account
        QVERIFY(earnings.canCollect());
        QCOMPARE(earnings.state(), EarningsController::State::Idle);
        const int rowsBefore = ledger.count();

        const qint64 walletBefore = m_sandbox.walletBalance(u"worker"_s);
        QSignalSpy states(&earnings, &EarningsController::stateChanged);
        earnings.collect();
        QCOMPARE(earnings.state(), EarningsController::State::Collecting);
        QVERIFY(!earnings.canCollect()); // no second collect while one runs
        QTRY_COMPARE_WITH_TIMEOUT(earnings.state(), EarningsController::State::Collected, 30'000);
        QVERIFY(earnings.errorText().isEmpty());
        QVERIFY(earnings.stateText().contains(QString::number(earned)));
        QCOMPARE(m_sandbox.walletBalance(u"worker"_s), walletBefore + earned);
        QCOMPARE(hireBalanceSats(*m_session), 0);
        QTRY_VERIFY(!earnings.loading());
        QCOMPARE(earnings.balanceText(), u"0 sat"_s);
        QVERIFY(!earnings.canCollect()); // nothing left to collect

        // The ledger gained the collect, first in the list (newest first), and only this
        // profile's rows are listed.
        QCOMPARE(ledger.count(), rowsBefore + 1);
        const QModelIndex first = ledger.index(0);
        QCOMPARE(first.data(LedgerModel::KindRole).toString(), u"collected"_s);
        QCOMPARE(first.data(LedgerModel::AmountSatsRole).toLongLong(), earned);
        QCOMPARE(first.data(LedgerModel::AmountTextRole).toString(), u"+%1 sat"_s.arg(earned));
        QVERIFY(first.data(LedgerModel::IncomingRole).toBool());
        QCOMPARE(first.data(LedgerModel::MarketRole).toString(), u"402ai"_s);
        QCOMPARE(first.data(LedgerModel::ReferenceRole).toString().size(), 64); // payment hash
        const QSet<qint64> mine = profileAccountIds();
        for (const LedgerRow &row : ledger.rows())
            QVERIFY(row.entry.accountId == 0 || mine.contains(row.entry.accountId));

        // The wallet's own history: out the set-up's top-up, in the collect: the price less
        // the quote fee (paid from the balance, so not through the wallet).
        SatsSeries series;
        series.setModel(&ledger);
        QVERIFY(series.count() >= 2);
        QCOMPARE(series.rawPoints().last().msat, (priceSats - quoteFeeSats) * 1000);
        QCOMPARE(series.rawPoints().first().msat, 0);
        QVERIFY2(series.summaryText().contains(QString::number(priceSats - quoteFeeSats)),
                 qPrintable(series.summaryText()));
        QCOMPARE(series.points().size(), series.count());
    }

    void filtersNarrowTheRows()
    {
        LedgerModel ledger;
        QAbstractItemModelTester tester(&ledger,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ledger.setSession(m_session.get());
        const int all = ledger.count();
        QVERIFY(all >= 2);
        QSignalSpy rows(&ledger, &LedgerModel::rowsChanged);

        ledger.setKind(u"collected"_s);
        QCOMPARE(ledger.count(), 1);
        QCOMPARE(ledger.totalOutText(), u"0 sat"_s);
        QVERIFY(ledger.totalInText() != u"0 sat"_s);
        ledger.setKind(u"top_up"_s);
        QVERIFY(ledger.count() >= 1);
        for (int i = 0; i < ledger.count(); ++i)
            QCOMPARE(ledger.index(i).data(LedgerModel::KindRole).toString(), u"top_up"_s);
        ledger.setKind(QString());
        QCOMPARE(ledger.count(), all);

        ledger.setMarket(u"prooflayer"_s);
        QCOMPARE(ledger.count(), 0);
        ledger.setMarket(u"402ai"_s);
        QVERIFY(ledger.count() >= 1);
        ledger.setMarket(QString());

        ledger.setSearchText(ledger.kindText(LedgerReason::Collected).toUpper());
        QCOMPARE(ledger.count(), 1);
        ledger.setSearchText(u"no row says this"_s);
        QCOMPARE(ledger.count(), 0);
        ledger.setSearchText(QString());

        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
        ledger.setFrom(tomorrow);
        QCOMPARE(ledger.count(), 0);
        ledger.setFrom(QDateTime());
        ledger.setUntil(tomorrow);
        QCOMPARE(ledger.count(), all);
        ledger.setUntil(QDateTime::currentDateTimeUtc().addDays(-1));
        QCOMPARE(ledger.count(), 0);
        ledger.clearFilters();
        QCOMPARE(ledger.count(), all);
        QVERIFY(rows.count() >= 10);
        QVERIFY(ledger.kindChoices().size() == 12);
        QVERIFY(ledger.marketChoices().size() >= 2);
    }

    void csvMatchesTheRowsAndDefusesFormulas()
    {
        // A row whose text a spreadsheet would run: it must arrive as text.
        const QString hostile = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        LedgerEntry e;
        e.atMs = QDateTime::currentMSecsSinceEpoch();
        e.reason = LedgerReason::Refund;
        e.incoming = true;
        e.amount = MilliSats(7'000);
        e.source = LedgerEntry::Source::Market;
        e.accountId = *profileAccountIds().cbegin();
        e.reference = u"+cmd|' /C calc'!A0"_s;
        e.note = hostile;
        e.key = u"test:hostile"_s;
        QVERIFY(Ledger(m_session->engine()->database()).record(e));

        LedgerModel ledger;
        ledger.setSession(m_session.get());
        ledger.setSearchText(u"evil"_s);
        QCOMPARE(ledger.count(), 1);
        ledger.setSearchText(QString());
        ledger.setKind(QString());
        EarningsController earnings;
        earnings.setLedger(&ledger);

        const QString path = m_dir.filePath(u"ledger.csv"_s);
        QVERIFY(earnings.exportCsv(QUrl::fromLocalFile(path)));
        QVERIFY(earnings.exportText().contains(u"ledger.csv"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), ledger.count() + 1);
        QCOMPARE(rows.first(), u"time,reason,direction,sats,source,account,reference,note"_s.split(
                                   u',')); // header
        for (int i = 0; i < ledger.count(); ++i) {
            const QStringList &cells = rows.at(i + 1);
            const QModelIndex index = ledger.index(i);
            QCOMPARE(cells.size(), 8);
            QCOMPARE(QDateTime::fromString(cells.at(0), Qt::ISODateWithMs),
                     index.data(LedgerModel::TimeRole).toDateTime());
            QCOMPARE(cells.at(1), index.data(LedgerModel::KindRole).toString());
            QCOMPARE(cells.at(2),
                     index.data(LedgerModel::IncomingRole).toBool() ? u"in"_s : u"out"_s);
            QCOMPARE(cells.at(3).toLongLong(),
                     qAbs(index.data(LedgerModel::AmountSatsRole).toLongLong()));
            QCOMPARE(cells.at(4), index.data(LedgerModel::SourceRole).toString());
        }
        // Newest first, like the list: the hostile row is the first.
        QCOMPARE(rows.at(1).at(7), u"'"_s + hostile);
        QCOMPARE(rows.at(1).at(6), u"'+cmd|' /C calc'!A0"_s);
        for (const QStringList &cells : rows)
            for (const QString &cell : cells)
                QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@").contains(cell.front()),
                         qPrintable(cell));

        // A filtered export writes only what is listed.
        ledger.setKind(u"refund"_s);
        QVERIFY(earnings.exportCsv(QUrl::fromLocalFile(path)));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(again.readAll())).size(), 2);

        // Not a local file: refused with a reason.
        QVERIFY(!earnings.exportCsv(QUrl(u"https://example.com/ledger.csv"_s)));
        QVERIFY(!earnings.exportText().isEmpty());
    }

    void nothingToCollectWithoutASession()
    {
        EarningsController earnings;
        QVERIFY(!earnings.canCollect());
        earnings.collect();
        QCOMPARE(earnings.state(), EarningsController::State::Idle);
        QVERIFY(earnings.balanceText().isEmpty());
        LedgerModel ledger;
        QCOMPARE(ledger.count(), 0);
        QVERIFY(ledger.errorText().isEmpty());
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_GUILESS_MAIN(TestEarnings)
#include "tst_earnings.moc"

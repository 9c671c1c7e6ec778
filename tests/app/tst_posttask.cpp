// SPDX-License-Identifier: GPL-3.0-or-later
// The task screens' pure parts, without a market: the Post a task form's checks and when they
// show, the detail's plain-text reading of hostile text (HTML, a megabyte, control and bidi
// characters), the escrow timeline from the states a market reports (with the long-wait flag),
// and the quote and timeline models under QAbstractItemModelTester.

#include "posttaskfields.h"
#include "posttaskform.h"
#include "quotelistmodel.h"
#include "taskdetail.h"
#include "taskdetailtext.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

CacheItem quote(const QString &id, qint64 sats, const QString &status, const QDateTime &created,
                const QDateTime &updated)
{
    CacheItem q;
    q.remoteId = id;
    q.amount = MilliSats(sats * 1000);
    q.status = status;
    q.party = u"worker-"_s + id;
    q.text = u"I can do it"_s;
    q.createdAt = iso(created);
    q.updatedAt = iso(updated);
    return q;
}

} // namespace

class TestPostTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldChecks()
    {
        QVERIFY(!PostTaskFields::titleError(u""_s).isEmpty());
        QVERIFY(!PostTaskFields::titleError(u"   "_s).isEmpty());
        QVERIFY(PostTaskFields::titleError(u"Translate a poem"_s).isEmpty());
        QVERIFY(PostTaskFields::titleError(QString(200, u'a')).isEmpty());
        QVERIFY(!PostTaskFields::titleError(QString(201, u'a')).isEmpty());
        QVERIFY(!PostTaskFields::titleError(u"two\nlines"_s).isEmpty());

        QVERIFY(!PostTaskFields::descriptionError(u" \n"_s, true).isEmpty());
        QVERIFY(PostTaskFields::descriptionError(QString(), false).isEmpty());
        QVERIFY(PostTaskFields::descriptionError(u"Into Spanish"_s, true).isEmpty());
        QVERIFY(!PostTaskFields::descriptionError(QString(100'001, u'x'), true).isEmpty());

        const MilliSats cap(10'000'000); // 10 000 sat
        QVERIFY(!PostTaskFields::budgetError(QString(), cap).isEmpty());
        for (const QString &bad : {u"abc"_s, u"0"_s, u"-5"_s, u"1.5"_s, u"1e3"_s, u"12 sat"_s,
                                   u"99999999999999999999"_s})
            QVERIFY2(!PostTaskFields::budgetError(bad, cap).isEmpty(), qPrintable(bad));
        QVERIFY(PostTaskFields::budgetError(u"500"_s, cap).isEmpty());
        QVERIFY(PostTaskFields::budgetError(u" 10000 "_s, cap).isEmpty());
        const QString above = PostTaskFields::budgetError(u"10001"_s, cap);
        QVERIFY(above.contains(u"10000"_s));
        QCOMPARE(PostTaskFields::parseBudget(u"500"_s), MilliSats(500'000));
        QVERIFY(!PostTaskFields::parseBudget(u"0"_s));
    }

    void formShowsErrorsOnlyForTouchedFields()
    {
        PostTaskForm form;
        QSignalSpy changed(&form, &PostTaskForm::formChanged);
        QVERIFY(form.titleError().isEmpty()); // untouched
        QVERIFY(!form.canSubmit());
        QVERIFY(form.feeText().contains(u"50"_s));

        form.setTitle(u"  "_s);
        QVERIFY(!form.titleError().isEmpty());
        QVERIFY(form.budgetError().isEmpty()); // still untouched
        form.setTitle(u"Translate a poem"_s);
        QVERIFY(form.titleError().isEmpty());
        form.setDescription(u"Into Spanish"_s);
        form.setBudget(u"0"_s);
        QVERIFY(!form.budgetError().isEmpty());
        form.setBudget(u"500"_s);
        QVERIFY(form.budgetError().isEmpty());
        QVERIFY(changed.count() >= 5);
        // Valid, but there is no session to post through.
        QVERIFY(!form.canSubmit());
        form.submit();
        QCOMPARE(form.state(), PostTaskForm::State::Idle);

        // A submit attempt shows every error at once.
        PostTaskForm empty;
        empty.submit();
        QVERIFY(!empty.titleError().isEmpty());
        QVERIFY(!empty.descriptionError().isEmpty());
        QVERIFY(!empty.budgetError().isEmpty());

        // ProofLayer cannot be chosen without a ProofLayer account.
        empty.setMarket(PostTaskForm::Market::ProofLayer);
        QCOMPARE(empty.market(), PostTaskForm::Market::AiForHire);
        QVERIFY(empty.taskTypes().contains(u"verify"_s));
        QVERIFY(empty.trustModes().contains(u"proof_required"_s));
    }

    void hostileTextIsPlainAndBounded()
    {
        const QString html = u"<img src=\"https://evil.example/x.png\"><b>bold</b>"_s;
        QString hostile = html + u"\u0007bell\u202Eevil\u200Bzero\r\nsecond line\n"_s;
        hostile += QString(1'000'000, u'x'); // a megabyte
        bool shortened = false;
        const QString shown = DetailText::paragraphs(hostile, DetailText::descriptionChars,
                                                     DetailText::descriptionLines, &shortened);
        QVERIFY(shortened);
        QVERIFY(shown.size() <= DetailText::descriptionChars + 1);
        QVERIFY(shown.endsWith(u'…'));
        // Markup stays literal text (the page renders PlainText, so nothing is fetched).
        QVERIFY(shown.startsWith(html));
        QVERIFY(!shown.contains(QChar(0x07)));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!shown.contains(QChar(0x200B)));
        QVERIFY(!shown.contains(u'\r'));
        QVERIFY(shown.contains(u"\\u{202e}"_s));
        QVERIFY(shown.contains(u"\nsecond line"_s)); // paragraphs kept

        // Thousands of control characters: escaping must not blow the cap.
        const QString controls(50'000, QChar(0x01));
        QVERIFY(DetailText::paragraphs(controls, 100, 10).size() <= 101);
        // Thousands of lines: at most the line cap.
        const QString lines = u"a\n"_s.repeated(10'000);
        QVERIFY(DetailText::paragraphs(lines, DetailText::descriptionChars, 50).count(u'\n') < 50);

        const QString title = DetailText::line(u"one\ntwo\u202Ethree"_s + QString(500, u'y'), 300);
        QVERIFY(!title.contains(u'\n'));
        QVERIFY(!title.contains(QChar(0x202E)));
        QVERIFY(title.size() <= 301);

        QVERIFY(DetailText::time(u"2026-11-21T10:27:22.213746+00:00"_s).isValid());
        QVERIFY(!DetailText::time(u"yesterday"_s).isValid());
        QVERIFY(!DetailText::time(QString(10'000, u'9')).isValid());
    }

    void timelineFollowsTheReportedStates()
    {
        const QDateTime posted = QDateTime::currentDateTimeUtc().addDays(-10);
        TaskFacts f;
        f.task.remoteId = u"t1"_s;
        f.task.status = u"open"_s;
        f.task.amount = MilliSats(500'000);
        f.task.createdAt = iso(posted);
        f.task.updatedAt = f.task.createdAt;

        auto steps = TaskTimeline::build(f);
        QCOMPARE(steps.size(), 6);
        QVERIFY(steps.at(0).done);
        QCOMPARE(steps.at(0).at, posted);
        for (int i = 1; i < 6; ++i)
            QVERIFY(!steps.at(i).done);

        // Two quotes: quoted at the first; nothing locked yet.
        f.quotes = {quote(u"q1"_s, 300, u"pending"_s, posted.addDays(1), posted.addDays(1)),
                    quote(u"q2"_s, 400, u"pending"_s, posted.addDays(2), posted.addDays(2))};
        steps = TaskTimeline::build(f);
        QVERIFY(steps.at(1).done);
        QCOMPARE(steps.at(1).count, 2);
        QCOMPARE(steps.at(1).at, posted.addDays(1));
        QVERIFY(!steps.at(2).done);

        // Accepted four days ago: escrow of the quote's price, and waiting long.
        const QDateTime acceptedAt = QDateTime::currentDateTimeUtc().addDays(-4);
        f.task.status = u"in_escrow"_s;
        f.quotes[0].status = u"accepted"_s;
        f.quotes[0].updatedAt = iso(acceptedAt);
        f.quotes[1].status = u"rejected"_s;
        steps = TaskTimeline::build(f);
        QVERIFY(steps.at(2).done);
        QCOMPARE(steps.at(2).sats, MilliSats(300'000));
        QCOMPARE(steps.at(2).at, acceptedAt);
        QCOMPARE(TimelineModel::titleOf(steps.at(2)), u"Escrow locked 300 sat"_s);
        QVERIFY(TaskTimeline::escrowWaitingLong(steps, QDateTime::currentDateTimeUtc()));
        // Two days: not long yet (the limit is three).
        f.quotes[0].updatedAt = iso(QDateTime::currentDateTimeUtc().addDays(-2));
        steps = TaskTimeline::build(f);
        QVERIFY(!TaskTimeline::escrowWaitingLong(steps, QDateTime::currentDateTimeUtc()));
        f.quotes[0].updatedAt = iso(acceptedAt);

        // Delivered: no longer waiting.
        CacheItem d;
        d.remoteId = u"d1"_s;
        d.createdAt = iso(acceptedAt.addDays(1));
        f.deliveries = {d};
        f.task.status = u"delivered"_s;
        steps = TaskTimeline::build(f);
        QVERIFY(steps.at(3).done);
        QCOMPARE(steps.at(3).at, acceptedAt.addDays(1));
        QVERIFY(!TaskTimeline::escrowWaitingLong(steps, QDateTime::currentDateTimeUtc()));
        QVERIFY(!steps.at(4).done);

        // Completed: released at the task's last update; collected once the ledger says so.
        const QDateTime confirmedAt = acceptedAt.addDays(2);
        f.task.status = u"completed"_s;
        f.task.updatedAt = iso(confirmedAt);
        steps = TaskTimeline::build(f);
        QVERIFY(steps.at(4).done);
        QCOMPARE(steps.at(4).at, confirmedAt);
        QCOMPARE(steps.at(4).sats, MilliSats(300'000));
        QVERIFY(!steps.at(5).done);
        f.collectedAt = confirmedAt.addSecs(60);
        steps = TaskTimeline::build(f);
        QVERIFY(steps.at(5).done);

        // A status the market moved on without quotes in the copy still marks the steps.
        TaskFacts bare;
        bare.task.status = u"delivered"_s;
        steps = TaskTimeline::build(bare);
        QVERIFY(steps.at(1).done && steps.at(2).done && steps.at(3).done);
        QVERIFY(!steps.at(2).sats);
        QCOMPARE(TimelineModel::titleOf(steps.at(2)), u"Escrow locked"_s);
    }

    void modelsKeepTheirContract()
    {
        TimelineModel timeline;
        QAbstractItemModelTester t1(&timeline,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        TaskFacts f;
        f.task.remoteId = u"t1"_s;
        f.task.status = u"open"_s;
        timeline.setSteps(TaskTimeline::build(f));
        QCOMPARE(timeline.count(), 6);
        QVERIFY(timeline.index(1).data(TimelineModel::CurrentRole).toBool());
        QSignalSpy changed(&timeline, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&timeline, &QAbstractItemModel::modelReset);
        f.task.status = u"in_escrow"_s;
        timeline.setSteps(TaskTimeline::build(f));
        QCOMPARE(reset.count(), 0); // same six steps: updated in place
        QVERIFY(changed.count() >= 2);
        QCOMPARE(timeline.index(2).data(TimelineModel::KindRole).toString(), u"escrow_locked"_s);
        QVERIFY(timeline.index(2).data(TimelineModel::DoneRole).toBool());
        QVERIFY(timeline.index(3).data(TimelineModel::CurrentRole).toBool());

        QuoteListModel quotes;
        QAbstractItemModelTester t2(&quotes,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QuoteRow a = QuoteListModel::fromCache(quote(u"q1"_s, 300, u"pending"_s, now, now));
        QuoteRow b = QuoteListModel::fromCache(quote(u"q2"_s, 450, u"pending"_s, now, now));
        quotes.setRows({a, b});
        QCOMPARE(quotes.count(), 2);
        QCOMPARE(quotes.index(1).data(QuoteListModel::PriceTextRole).toString(), u"450 sat"_s);
        QCOMPARE(quotes.index(1).data(QuoteListModel::PriceSatsRole).toLongLong(), 450);
        QCOMPARE(quotes.index(0).data(QuoteListModel::WorkerRole).toString(), u"worker-q1"_s);
        QSignalSpy removed(&quotes, &QAbstractItemModel::rowsRemoved);
        b.status = u"accepted"_s;
        quotes.setRows({b});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(quotes.count(), 1);
        QCOMPARE(quotes.index(0).data(QuoteListModel::StatusRole).toString(), u"accepted"_s);
    }

    void detailWithoutSessionStaysIdle()
    {
        TaskDetail detail;
        detail.setTaskId(u"t1"_s);
        QTest::qWait(10);
        QCOMPARE(detail.state(), TaskDetail::State::Idle);
        QVERIFY(!detail.canQuote());
        QVERIFY(!detail.canConfirm());
        QVERIFY(detail.title().isEmpty());
        QCOMPARE(detail.timeline()->count(), 0);
        detail.acceptQuote(u"q1"_s); // nothing to accept: no effect
        QVERIFY(!detail.busy());
        QVERIFY(!detail.quotePriceError(u"0"_s).isEmpty());
        QVERIFY(detail.quotePriceError(u"300"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostTask)
#include "tst_posttask.moc"

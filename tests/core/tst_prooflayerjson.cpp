// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer's JSON from a hostile server (fields missing, mistyped, out of range, too long,
// belonging elsewhere, markup), and the local checks every request passes before it leaves.
// The well-formed bodies have the sandbox's shape (sandbox/prooflayer), field for field.
#include "markets/prooflayer/prooflayerjson.h"
#include "markets/prooflayer/prooflayerrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <iterator>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString taskId = u"6f1c2a9e-0b7d-4c43-9a55-2f3e8d1c7b90"_s;
const QString workerId = u"0a8f3b1e-5d2c-4e6f-8a7b-9c0d1e2f3a4b"_s;

QJsonObject workerObject()
{
    return {{u"id"_s, workerId},
            {u"display_name"_s, u"Carol"_s},
            {u"lightning_address"_s, u"carol@127.0.0.1:41234"_s},
            {u"type"_s, u"human"_s},
            {u"completed_jobs"_s, 3},
            {u"reputation_score"_s, 3},
            {u"tier"_s, u"Rising"_s},
            {u"payout_multiplier"_s, u"1.0"_s},
            {u"created_at"_s, u"2026-09-21T14:13:20.001Z"_s}};
}

QJsonObject payoutObject()
{
    return {{u"id"_s, u"p-1"_s},
            {u"task_id"_s, taskId},
            {u"worker_id"_s, workerId},
            {u"amount_sats"_s, 700},
            {u"platform_sats"_s, 300},
            {u"multiplier"_s, u"1.0"_s},
            {u"status"_s, u"paid"_s},
            {u"lightning_address"_s, u"carol@127.0.0.1:41234"_s},
            {u"payment_hash"_s, QString(64, u'a')},
            {u"created_at"_s, u"2026-09-21T14:13:21Z"_s},
            {u"updated_at"_s, u"2026-09-21T14:13:22Z"_s}};
}

QJsonObject taskObject()
{
    return {
        {u"id"_s, taskId},
        {u"task_type"_s, u"verify"_s},
        {u"title"_s, u"Is this URL still live?"_s},
        {u"input"_s, QJsonObject{{u"question"_s, u"Does it return 200?"_s},
                                 {u"url"_s, u"https://example.com"_s},
                                 {u"attachments"_s,
                                  QJsonArray{QJsonObject{{u"type"_s, u"image"_s},
                                                         {u"url"_s, u"https://example.com/a.png"_s},
                                                         {u"label"_s, u"Reference"_s}},
                                             u"not an object"_s}}}},
        {u"budget_sats"_s, 1000},
        {u"worker_type"_s, u"human"_s},
        {u"trust_mode"_s, u"proof_required"_s},
        {u"status"_s, u"completed"_s},
        {u"worker_id"_s, workerId},
        {u"created_at"_s, u"2026-09-21T14:13:20Z"_s},
        {u"claimed_at"_s, QJsonValue()},
        {u"worker"_s, workerObject()},
        {u"result"_s, QJsonObject{{u"answer_json"_s, QJsonObject{{u"up"_s, true}}},
                                  {u"confidence"_s, 0.95},
                                  {u"proof_url"_s, u"https://example.com/proof.png"_s},
                                  {u"submitted_at"_s, u"2026-09-21T14:13:21Z"_s}}},
        {u"payout"_s, payoutObject()},
        {u"payment"_s, QJsonObject{{u"status"_s, u"paid"_s}}}};
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

ProofLayerTaskDraft draft()
{
    ProofLayerTaskDraft d;
    d.taskType = u"verify"_s;
    d.title = u"  Is the page up?  "_s;
    d.input.question = u"Does https://example.org answer 200?"_s;
    d.budget = MilliSats(1'000'000);
    return d;
}

void expectFlaw(const Result<ProofLayerTask, AppError> &r, const QString &field)
{
    QVERIFY(!r);
    QCOMPARE(r.error().kind, AppError::Kind::BadResponse);
    QVERIFY2(r.error().message.contains(u'“' + field + u'”'), qPrintable(r.error().message));
}

} // namespace

class TestProofLayerJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheSandboxShape()
    {
        const auto t = parseProofLayerTask({{u"task"_s, taskObject()}});
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->id, taskId);
        QCOMPARE(t->status, ProofLayerTaskStatus::Completed);
        QCOMPARE(t->budget, MilliSats(1'000'000));
        QCOMPARE(t->input.question, u"Does it return 200?"_s);
        QCOMPARE(t->input.attachments.size(), 1); // the malformed one is left out
        QCOMPARE(t->input.attachments.first().label, u"Reference"_s);
        QVERIFY(t->claimedAt.isEmpty()); // null reads as absent
        QCOMPARE(*t->worker->reputationScore, 3.0);
        QCOMPARE(t->worker->tier, u"Rising"_s);
        QCOMPARE(*t->result->confidence, 0.95);
        QCOMPARE(t->result->answer.value(u"up"_s), QJsonValue(true));
        QCOMPARE(t->payout->amount, MilliSats(700'000));
        QCOMPARE(*t->payout->platform, MilliSats(300'000));
        QCOMPARE(t->payout->status, ProofLayerPayoutStatus::Paid);
        // Without the envelope it reads the same.
        QVERIFY(parseProofLayerTask(taskObject()));
    }

    void requiredTaskFields_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"id", "task_type", "title", "budget_sats", "status"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void requiredTaskFields()
    {
        QFETCH(QString, key);
        for (const QJsonObject &o :
             {without(taskObject(), key), with(taskObject(), key, QJsonValue())})
            expectFlaw(parseProofLayerTask({{u"task"_s, o}}), u"task."_s + key);
    }

    void hostileValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("budget as text") << u"budget_sats"_s << QJsonValue(u"1000"_s) << u""_s;
        QTest::newRow("fractional budget") << u"budget_sats"_s << QJsonValue(10.5) << u""_s;
        QTest::newRow("negative budget") << u"budget_sats"_s << QJsonValue(-1) << u""_s;
        QTest::newRow("budget over 21M BTC") << u"budget_sats"_s << QJsonValue(3e15) << u""_s;
        QTest::newRow("id with a slash") << u"id"_s << QJsonValue(u"a/../b"_s) << u""_s;
        QTest::newRow("dot id") << u"id"_s << QJsonValue(u".."_s) << u""_s;
        QTest::newRow("id of 129") << u"id"_s << QJsonValue(QString(129, u'a')) << u""_s;
        QTest::newRow("title number") << u"title"_s << QJsonValue(7) << u""_s;
        QTest::newRow("status object") << u"status"_s << QJsonValue(QJsonObject()) << u""_s;
        QTest::newRow("long status") << u"status"_s << QJsonValue(QString(65, u'x')) << u""_s;
        QTest::newRow("input text") << u"input"_s << QJsonValue(u"x"_s) << u""_s;
        QTest::newRow("worker array") << u"worker"_s << QJsonValue(QJsonArray()) << u""_s;
        QTest::newRow("worker_id bool") << u"worker_id"_s << QJsonValue(true) << u""_s;
        QTest::newRow("worker without id")
            << u"worker"_s << QJsonValue(without(workerObject(), u"id"_s)) << u"worker.id"_s;
        QTest::newRow("score as text")
            << u"worker"_s << QJsonValue(with(workerObject(), u"reputation_score"_s, u"5.1/10"_s))
            << u"worker.reputation_score"_s;
        QTest::newRow("half a job")
            << u"worker"_s << QJsonValue(with(workerObject(), u"completed_jobs"_s, 1.5))
            << u"worker.completed_jobs"_s;
        QTest::newRow("another worker")
            << u"worker"_s << QJsonValue(with(workerObject(), u"id"_s, u"someone-else"_s))
            << u"worker.id"_s;
        QTest::newRow("confidence 2")
            << u"result"_s
            << QJsonValue(QJsonObject{{u"answer_json"_s, QJsonObject()}, {u"confidence"_s, 2}})
            << u"result.confidence"_s;
        QTest::newRow("answer as text")
            << u"result"_s << QJsonValue(QJsonObject{{u"answer_json"_s, u"yes"_s}})
            << u"result.answer_json"_s;
        QTest::newRow("payout in text")
            << u"payout"_s << QJsonValue(with(payoutObject(), u"amount_sats"_s, u"700"_s))
            << u"payout.amount_sats"_s;
        QTest::newRow("payout of another task")
            << u"payout"_s << QJsonValue(with(payoutObject(), u"task_id"_s, u"other"_s))
            << u"payout.task_id"_s;
    }
    void hostileValues()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        expectFlaw(parseProofLayerTask({{u"task"_s, with(taskObject(), field, value)}}),
                   u"task."_s + (named.isEmpty() ? field : named));
    }

    void envelopes()
    {
        auto wrongType = parseProofLayerTask({{u"task"_s, u"x"_s}});
        QVERIFY(!wrongType);
        QVERIFY(wrongType.error().message.contains(u"“task”"_s));
        QVERIFY(!parseProofLayerTask({{u"task"_s, QJsonValue()}}));
        QVERIFY(!parseProofLayerWorker({{u"worker"_s, QJsonArray()}}));
        QVERIFY(!parseProofLayerTask({}));
        QVERIFY(!parseProofLayerFeed({}));
        QVERIFY(!parseProofLayerFeed({{u"tasks"_s, QJsonObject()}}));
    }

    void markupAndLongTextStayText()
    {
        const QString markup = u"<script>alert(1)</script>\u202Egnp.exe <b>bold</b> %s {{x}}"_s;
        QString longTitle(maxProofLayerTitleChars - 1, u'a');
        longTitle += u"\U0001F600tail"_s; // a surrogate pair across the cap
        auto t = parseProofLayerTask(with(with(taskObject(), u"title"_s, longTitle), u"input"_s,
                                          QJsonObject{{u"question"_s, markup}}));
        QVERIFY(t);
        QCOMPARE(t->input.question, markup); // kept as sent; the printer makes it inert
        QCOMPARE(t->title.size(), maxProofLayerTitleChars - 1);
        QVERIFY(!t->title.back().isHighSurrogate());
        auto w = parseProofLayerWorker(with(workerObject(), u"display_name"_s, markup));
        QVERIFY(w);
        QCOMPARE(w->displayName, markup);
    }

    void feedSkipsBadItems()
    {
        const QJsonArray tasks{taskObject(), 42, without(taskObject(), u"id"_s),
                               without(with(taskObject(), u"id"_s, u"second"_s), u"payout"_s)};
        auto feed = parseProofLayerFeed({{u"tasks"_s, tasks}});
        QVERIFY(feed);
        QCOMPARE(feed->items.size(), 2);
        QCOMPARE(feed->skipped, 2);
        QVERIFY(feed->firstProblem.contains(u"tasks[1]"_s));
        QCOMPARE(feed->items.at(1).id, u"second"_s);
    }

    void payoutsOfAnotherWorkerAreSkipped()
    {
        const QJsonObject answer{
            {u"worker_id"_s, workerId},
            {u"payouts"_s,
             QJsonArray{payoutObject(), with(payoutObject(), u"worker_id"_s, u"mallory"_s),
                        with(payoutObject(), u"status"_s, 5)}},
            {u"total_earned_sats"_s, 700}};
        auto p = parseProofLayerPayouts(answer);
        QVERIFY(p);
        QCOMPARE(p->payouts.items.size(), 1);
        QCOMPARE(p->payouts.skipped, 2);
        QCOMPARE(*p->totalEarned, MilliSats(700'000));
        QVERIFY(!parseProofLayerPayouts(with(answer, u"total_earned_sats"_s, u"700"_s)));
        QVERIFY(!parseProofLayerPayouts(without(answer, u"payouts"_s)));
    }

    void createdAndReleased()
    {
        QJsonObject created{{u"task_id"_s, taskId}, {u"status"_s, u"open"_s}};
        auto c = parseProofLayerCreated(created);
        QVERIFY(c); // Devpost's shape: no task inside
        QCOMPARE(c->status, ProofLayerTaskStatus::Open);
        QVERIFY(!c->task);
        QVERIFY(parseProofLayerCreated(with(created, u"task"_s, taskObject())));
        QVERIFY(!parseProofLayerCreated(
            with(created, u"task"_s, with(taskObject(), u"id"_s, u"other"_s))));
        QVERIFY(!parseProofLayerCreated(without(created, u"task_id"_s)));

        const QJsonObject released{
            {u"task_id"_s, taskId}, {u"status"_s, u"completed"_s}, {u"payout"_s, payoutObject()}};
        auto r = parseProofLayerRelease(released);
        QVERIFY(r);
        QCOMPARE(r->payout->amount, MilliSats(700'000));
        QVERIFY(!parseProofLayerRelease(with(released, u"task_id"_s, u"other"_s)));
        QVERIFY(!parseProofLayerRelease(
            with(released, u"payout"_s, without(payoutObject(), u"status"_s))));
    }

    void contractKeepsWordsOnly()
    {
        auto c = parseProofLayerContract(
            {{u"task_types"_s, QJsonArray{u"verify"_s, 3, QJsonObject(), u""_s, u"judge"_s}},
             {u"trust_modes"_s, u"not a list"_s},
             {u"payment"_s, QJsonObject{{u"worker_share_percent"_s, 70}}}});
        QVERIFY(!c); // a list that is not a list is a flaw
        c = parseProofLayerContract(
            {{u"task_types"_s, QJsonArray{u"verify"_s, 3, QJsonObject(), u""_s, u"judge"_s}},
             {u"payment"_s, QJsonObject{{u"worker_share_percent"_s, 70}}}});
        QVERIFY(c);
        QCOMPARE(c->taskTypes, QStringList({u"verify"_s, u"judge"_s}));
        QCOMPARE(*c->workerSharePercent, qint64(70));
        const auto v = ProofLayerVocabulary::from(*c);
        QCOMPARE(v.taskTypes, c->taskTypes);
        QCOMPARE(v.trustModes, ProofLayerVocabulary::known().trustModes);
    }

    void randomValuesNeverCrash()
    {
        QRandomGenerator rng(20260921);
        const QJsonValue samples[] = {QJsonValue(),
                                      QJsonValue(true),
                                      QJsonValue(-1),
                                      QJsonValue(1e300),
                                      QJsonValue(0.5),
                                      QJsonValue(u""_s),
                                      QJsonValue(u"\0x"_s),
                                      QJsonValue(QJsonArray{1, u"a"_s}),
                                      QJsonValue(QJsonObject{{u"id"_s, 1}})};
        const QStringList keys = taskObject().keys() + workerObject().keys();
        for (int i = 0; i < 3000; ++i) {
            QJsonObject t = taskObject();
            for (int k = 0; k < 3; ++k)
                t.insert(keys.at(rng.bounded(int(keys.size()))),
                         samples[rng.bounded(int(std::size(samples)))]);
            (void)parseProofLayerTask({{u"task"_s, t}});
            (void)parseProofLayerWorker(t);
            (void)parseProofLayerRelease(t);
            (void)parseProofLayerCreated(t);
        }
    }

    void draftsAreCheckedAndCompleted()
    {
        const auto known = ProofLayerVocabulary::known();
        auto d = normalizeTaskDraft(draft(), known);
        QVERIFY(d);
        QCOMPARE(d->title, u"Is the page up?"_s);
        QCOMPARE(d->workerType, u"human"_s);
        QCOMPARE(d->trustMode, u"proof_required"_s);

        ProofLayerTaskDraft a2a = draft();
        a2a.taskType = u"Agent-to-Agent"_s; // reference 003's spelling
        d = normalizeTaskDraft(a2a, known);
        QVERIFY(d);
        QCOMPARE(d->taskType, u"agent_to_agent"_s);
        QCOMPARE(d->trustMode, u"result_only"_s);
        // A server whose contract spells it the reference's way gets its own spelling back.
        ProofLayerVocabulary other = known;
        other.taskTypes = QStringList{u"agent-to-agent"_s};
        QCOMPARE(normalizeTaskDraft(a2a, other)->taskType, u"agent-to-agent"_s);

        const auto refused = [&](auto change) {
            ProofLayerTaskDraft bad = draft();
            change(bad);
            const auto r = normalizeTaskDraft(bad, known);
            return !r && r.error().kind == AppError::Kind::Invalid;
        };
        QVERIFY(refused([](auto &x) { x.taskType = u"translate"_s; }));
        QVERIFY(refused([](auto &x) { x.taskType.clear(); }));
        QVERIFY(refused([](auto &x) { x.workerType = u"robot"_s; }));
        QVERIFY(refused([](auto &x) { x.trustMode = u"trust_me"_s; }));
        QVERIFY(refused([](auto &x) { x.title = u"   "_s; }));
        QVERIFY(refused([](auto &x) { x.title = QString(201, u'x'); }));
        QVERIFY(refused([](auto &x) { x.input.question.clear(); }));
        QVERIFY(refused([](auto &x) { x.input.url = u"javascript:alert(1)"_s; }));
        QVERIFY(refused([](auto &x) { x.input.imageUrl = u"file:///etc/passwd"_s; }));
        QVERIFY(refused([](auto &x) {
            x.input.attachments = {{u"video"_s, u"https://a.b"_s, {}}};
        }));
        QVERIFY(refused([](auto &x) { x.input.attachments = {{u"link"_s, u"ftp://a.b"_s, {}}}; }));
        QVERIFY(refused([](auto &x) { x.budget = MilliSats(); }));
        QVERIFY(refused([](auto &x) { x.budget = MilliSats(1500); })); // not whole sats
        QVERIFY(refused([](auto &x) { x.budget = MilliSats(-1000); }));
    }

    void bodyQueryAndPriceAreOneAmount()
    {
        const auto d = normalizeTaskDraft(draft(), ProofLayerVocabulary::known());
        QVERIFY(d);
        const QJsonObject body = proofLayerTaskBody(*d);
        const QStringList keys = body.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 QSet<QString>({u"task_type"_s, u"title"_s, u"input"_s, u"budget_sats"_s,
                                u"worker_type"_s, u"trust_mode"_s}));
        QCOMPARE(body.value(u"budget_sats"_s).toInteger(), qint64(1000));
        QCOMPARE(body.value(u"input"_s).toObject().keys(), QStringList{u"question"_s});
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QUrl good(u"http://127.0.0.1/api/tasks?budget_sats=1000"_s);
        QVERIFY(!checkTaskRequest(good, bytes, MilliSats(1'000'000)));
        QVERIFY(checkTaskRequest(good, bytes, MilliSats(999'000)));
        QVERIFY(checkTaskRequest(good, bytes, MilliSats(1'000'500)));
        QVERIFY(checkTaskRequest(QUrl(u"http://127.0.0.1/api/tasks?budget_sats=999"_s), bytes,
                                 MilliSats(1'000'000)));
        QVERIFY(
            checkTaskRequest(QUrl(u"http://127.0.0.1/api/tasks"_s), bytes, MilliSats(1'000'000)));
        QVERIFY(checkTaskRequest(good, "{\"budget_sats\":\"1000\"}", MilliSats(1'000'000)));
        QVERIFY(checkTaskRequest(good, "not json", MilliSats(1'000'000)));
    }

    void submissionsAndRegistrations()
    {
        ProofLayerSubmission s{{{u"answer"_s, u"yes"_s}}, 0.9, u"https://example.org/p.png"_s};
        QVERIFY(!validateSubmission(s, u"proof_required"_s));
        for (double bad : {-0.01, 1.01, std::nan(""), HUGE_VAL}) {
            ProofLayerSubmission b = s;
            b.confidence = bad;
            QVERIFY(validateSubmission(b));
        }
        ProofLayerSubmission noProof = s;
        noProof.proofUrl.clear();
        QVERIFY(!validateSubmission(noProof, u"result_only"_s));
        QVERIFY(validateSubmission(noProof, u"proof_required"_s));
        ProofLayerSubmission empty = s;
        empty.answer = {};
        QVERIFY(validateSubmission(empty));
        const QJsonObject body = proofLayerSubmitBody(workerId, s);
        QCOMPARE(body.value(u"confidence"_s).toDouble(), 0.9);
        QCOMPARE(body.value(u"answer_json"_s).toObject().value(u"answer"_s), QJsonValue(u"yes"_s));

        auto ok = validateWorkerRegistration(u" Carol "_s, u"Carol@127.0.0.1:8080"_s, u"human"_s);
        QVERIFY(ok);
        QCOMPARE(ok->lnurlpUrl().toString(), u"http://127.0.0.1:8080/.well-known/lnurlp/carol"_s);
        QCOMPARE(proofLayerRegisterBody(u" Carol "_s, *ok, u"human"_s).value(u"display_name"_s),
                 QJsonValue(u"Carol"_s));
        QVERIFY(!validateWorkerRegistration(u""_s, u"carol@example.org"_s, u"human"_s));
        QVERIFY(!validateWorkerRegistration(QString(81, u'c'), u"c@example.org"_s, u"human"_s));
        QVERIFY(!validateWorkerRegistration(u"C"_s, u"not an address"_s, u"human"_s));
        QVERIFY(!validateWorkerRegistration(u"C"_s, u"c@example.org"_s, u"robot"_s));
    }
};

QTEST_GUILESS_MAIN(TestProofLayerJson)

#include "tst_prooflayerjson.moc"

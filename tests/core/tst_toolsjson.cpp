// SPDX-License-Identifier: GPL-3.0-or-later
// The tool market's JSON (research/market.md §1.2, references 001, 002, 004) read by the pure
// parsers, from a well-behaved and from a hostile server: the manifest in sats4ai's and the
// ngx-l402 shape, prices, schemas, estimates, paid answers, jobs, push-backs and refunds.
#include "markets/tools/toolsanswers.h"
#include "markets/tools/toolsdiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

const QUrl base(u"https://tools.example"_s);

QJsonObject service(const QString &id, const QJsonObject &extra = {})
{
    QJsonObject o{{u"id"_s, id},
                  {u"description"_s, u"Does %1"_s.arg(id)},
                  {u"endpoint"_s, QString(u"https://tools.example/api/l402/"_s + id)},
                  {u"async"_s, false},
                  {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

HttpResponse answer(int status, const QJsonValue &body, const HeaderList &headers = {})
{
    HttpResponse r;
    r.status = status;
    r.headers = headers;
    r.body = body.isObject()  ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
             : body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                              : body.toString().toUtf8();
    return r;
}

const QJsonObject refund{{u"charge_id"_s, 12345},
                         {u"refund_amount"_s, 200},
                         {u"lnurl_withdraw"_s, u"lnurl1dp68gurn8ghj7"_s},
                         {u"status"_s, u"pending"_s}};

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

class TestToolsJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sats4aiManifest()
    {
        const QJsonObject o{
            {u"version"_s, u"0.3.0"_s},
            {u"name"_s, u"Sats4AI"_s},
            {u"model_discovery"_s, u"/api/l402/models"_s},
            {u"estimate_cost_url"_s, u"https://elsewhere.example/api/estimate-cost"_s},
            {u"services"_s,
             QJsonArray{
                 service(u"translate-text"_s, {{u"pricing"_s, QJsonObject{{u"sats"_s, 2}}}}),
                 service(u"generate-image"_s, {{u"async"_s, true}, {u"price_sats"_s, 100}}),
                 // Relative endpoint, no id: the slug is the endpoint's last segment.
                 QJsonObject{{u"endpoint"_s, u"/api/l402/send-sms"_s}},
                 // An endpoint elsewhere is not used: the default path on our site is.
                 service(u"ai-call"_s, {{u"endpoint"_s, u"https://evil.example/steal"_s}})}}};
        const auto m = parseToolsManifest(o, base);
        QVERIFY(m);
        QCOMPARE(m->format, ToolsManifest::Format::Sats4ai);
        QCOMPARE(m->name, u"Sats4AI"_s);
        QCOMPARE(m->services.size(), 4);
        QCOMPARE(m->skipped, 0);
        QCOMPARE(m->services[0].slug, u"translate-text"_s);
        QCOMPARE(m->services[0].price, MilliSats::fromSats(2));
        QCOMPARE(m->services[0].inputSchema.value(u"type"_s).toString(), u"object"_s);
        QVERIFY(m->services[1].async);
        QCOMPARE(m->services[1].price, MilliSats::fromSats(100));
        QCOMPARE(m->services[2].slug, u"send-sms"_s);
        QCOMPARE(m->services[2].endpoint.toString(), u"https://tools.example/api/l402/send-sms"_s);
        QCOMPARE(m->services[3].endpoint.toString(), u"https://tools.example/api/l402/ai-call"_s);
        QCOMPARE(m->modelsUrl.toString(), u"https://tools.example/api/l402/models"_s);
        QCOMPARE(m->estimateUrl.toString(), u"https://tools.example/api/estimate-cost"_s);
        QVERIFY(m->find(u"send-sms"_s));
        QVERIFY(!m->find(u"generate-text"_s));
    }

    void servicesKeyedBySlugAndNgxRoutes()
    {
        const QJsonObject keyed{
            {u"services"_s,
             QJsonObject{{u"remove-background"_s, QJsonObject{{u"description"_s, u"BiRefNet"_s}}},
                         {u"../admin"_s, QJsonObject{}}}}};
        auto m = parseToolsManifest(keyed, base);
        QVERIFY(m);
        QCOMPARE(m->services.size(), 1);
        QCOMPARE(m->services[0].slug, u"remove-background"_s);
        QCOMPARE(m->skipped, 1);

        // The ngx-l402 module's manifest: routes with prices in msat.
        const QJsonObject ngx{
            {u"version"_s, 1},
            {u"service"_s, u"fortune"_s},
            {u"payment_methods"_s, QJsonArray{u"lightning"_s}},
            {u"routes"_s,
             QJsonArray{QJsonObject{{u"path"_s, u"/api/fortune"_s},
                                    {u"price"_s, QJsonObject{{u"amount_msat"_s, 21000}}},
                                    {u"caveats_required"_s, QJsonArray()}},
                        QJsonObject{{u"path"_s, u"/api/*"_s}}}}};
        m = parseToolsManifest(ngx, base);
        QVERIFY(m);
        QCOMPARE(m->format, ToolsManifest::Format::NgxL402);
        QCOMPARE(m->name, u"fortune"_s);
        QCOMPARE(m->services.size(), 1);
        QCOMPARE(m->services[0].slug, u"fortune"_s);
        QCOMPARE(m->services[0].price, std::optional(MilliSats(21000)));
        QCOMPARE(m->skipped, 1);
    }

    void hostileManifests()
    {
        for (const QJsonObject &o :
             {QJsonObject(), QJsonObject{{u"services"_s, u"all of them"_s}},
              QJsonObject{{u"routes"_s, QJsonObject()}}, QJsonObject{{u"tools"_s, QJsonArray()}}}) {
            const auto m = parseToolsManifest(o, base);
            QVERIFY(!m);
            QCOMPARE(m.error().kind, AppError::Kind::BadResponse);
        }
        // Bad entries are skipped and counted; wrong-typed optional fields take defaults.
        QJsonArray entries{5,
                           u"translate"_s,
                           QJsonArray(),
                           QJsonObject{{u"id"_s, u"a/b"_s}},
                           QJsonObject{{u"id"_s, u".."_s}},
                           QJsonObject{{u"id"_s, QString(101, u'x')}},
                           service(u"ok"_s, {{u"description"_s, 7},
                                             {u"async"_s, u"yes"_s},
                                             {u"input_schema"_s, QJsonArray{1}},
                                             {u"price_sats"_s, u"100"_s},
                                             {u"failure_codes"_s, u"TIMEOUT"_s}}),
                           service(u"ok"_s),
                           service(u"cheap"_s, {{u"price_sats"_s, 1.5}}),
                           service(u"huge"_s, {{u"price_sats"_s, 1e300}})};
        const auto m = parseToolsManifest({{u"services"_s, entries}}, base);
        QVERIFY(m);
        QCOMPARE(m->services.size(), 3);
        QCOMPARE(m->skipped, 7);
        const ToolService &ok = m->services[0];
        QCOMPARE(ok.slug, u"ok"_s);
        QVERIFY(ok.description.isEmpty());
        QVERIFY(!ok.async);
        QVERIFY(ok.inputSchema.isEmpty());
        QVERIFY(!ok.price);
        QVERIFY(ok.failureCodes.isEmpty());
        QVERIFY(!m->services[1].price);
        QVERIFY(!m->services[2].price);

        QJsonArray many;
        for (int i = 0; i < maxToolServices + 10; ++i)
            many.append(service(u"tool-%1"_s.arg(i)));
        const auto capped = parseToolsManifest({{u"services"_s, many}}, base);
        QCOMPARE(capped->services.size(), maxToolServices);
        QCOMPARE(capped->skipped, 10);
    }

    void pricesSchemasEstimates()
    {
        const QJsonObject models{
            {u"models"_s,
             QJsonArray{QJsonObject{{u"service"_s, u"edit-image"_s}, {u"price_sats"_s, 450}},
                        QJsonObject{{u"service"_s, u"edit-image"_s}, {u"price_sats"_s, 200}},
                        QJsonObject{{u"service"_s, u"x/y"_s}, {u"price_sats"_s, 1}},
                        QJsonObject{{u"service"_s, u"free"_s}, {u"price_sats"_s, u"0"_s}}}}};
        const auto prices = parseToolPrices(models);
        QVERIFY(prices);
        QCOMPARE(prices->size(), 1);
        QCOMPARE(prices->value(u"edit-image"_s).lowest, *MilliSats::fromSats(200));
        QCOMPARE(prices->value(u"edit-image"_s).highest, *MilliSats::fromSats(450));
        QVERIFY(!parseToolPrices({{u"models"_s, u"many"_s}}));

        auto schema = parseToolSchema({{u"service"_s, u"a"_s},
                                       {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s}}},
                                       {u"example"_s, QJsonObject{{u"x"_s, 1}}},
                                       {u"price_sats"_s, 5}},
                                      u"a"_s);
        QVERIFY(schema);
        QCOMPARE(schema->price, MilliSats::fromSats(5));
        QCOMPARE(schema->example.toObject().value(u"x"_s).toInt(), 1);
        QVERIFY(!parseToolSchema({{u"service"_s, u"b"_s}, {u"description"_s, u"d"_s}}, u"a"_s));
        QVERIFY(!parseToolSchema({{u"input_schema"_s, u"text"_s}}, u"a"_s));

        QCOMPARE(parseToolEstimate({{u"service"_s, u"a"_s}, {u"estimated_cost_sats"_s, 6}}, u"a"_s)
                     ->price,
                 *MilliSats::fromSats(6));
        for (const QJsonObject &bad :
             {QJsonObject{{u"estimated_cost_sats"_s, u"6"_s}},
              QJsonObject{{u"estimated_cost_sats"_s, -1}},
              QJsonObject{{u"estimated_cost_sats"_s, 0.5}},
              QJsonObject{{u"service"_s, u"b"_s}, {u"estimated_cost_sats"_s, 6}}, QJsonObject()}) {
            const auto e = parseToolEstimate(bad, u"a"_s);
            QVERIFY(!e);
            QCOMPARE(e.error().kind, AppError::Kind::BadResponse);
        }
    }

    void refunds()
    {
        auto r = parseToolRefund(refund);
        QVERIFY(r);
        QCOMPARE(r->chargeId, u"12345"_s);
        QCOMPARE(r->amount, *MilliSats::fromSats(200));
        QCOMPARE(r->status, u"pending"_s);
        QCOMPARE(parseToolRefund(with(refund, u"charge_id"_s, u"ch_9"_s))->chargeId, u"ch_9"_s);
        // Nothing to claim when the link is missing (status "expired"): still a refund record.
        QVERIFY(parseToolRefund(with(refund, u"lnurl_withdraw"_s, QJsonValue::Undefined))
                    ->lnurlWithdraw.isEmpty());
        for (const QJsonObject &bad :
             {with(refund, u"charge_id"_s, QJsonValue::Undefined),
              with(refund, u"charge_id"_s, QJsonObject()),
              with(refund, u"refund_amount"_s, u"200"_s), with(refund, u"refund_amount"_s, 2.5),
              with(refund, u"refund_amount"_s, -3), with(refund, u"lnurl_withdraw"_s, 5),
              with(refund, u"lnurl_withdraw"_s, QString(5000, u'l'))})
            QVERIFY(!parseToolRefund(bad));
    }

    void failuresCarryTheRefund()
    {
        const QJsonObject failed{{u"error"_s, u"Image generation timed out"_s},
                                 {u"error_code"_s, u"TIMEOUT"_s},
                                 {u"retry_after_seconds"_s, 20},
                                 {u"refund"_s, refund}};
        auto a = parseToolAnswer(answer(502, failed), base);
        QVERIFY(a);
        QCOMPARE(a->kind, ToolAnswer::Kind::Failed);
        QCOMPARE(a->failure.code, u"TIMEOUT"_s);
        QCOMPARE(a->failure.httpStatus, 502);
        QCOMPARE(a->failure.retryAfterSeconds, std::optional(20));
        QCOMPARE(a->failure.refund->chargeId, u"12345"_s);
        // Over MCP the refund is in data.refund; the code may come only as a header.
        a = parseToolAnswer(answer(500,
                                   QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"x"_s}}},
                                               {u"data"_s, QJsonObject{{u"refund"_s, refund}}}},
                                   {{"x-error-code", "SERVICE_ERROR"}}),
                            base);
        QCOMPARE(a->failure.code, u"SERVICE_ERROR"_s);
        QCOMPARE(a->failure.message, u"x"_s);
        QVERIFY(a->failure.refund);
        // A refund that cannot be read is reported, not dropped silently.
        a = parseToolAnswer(answer(502, with(failed, u"refund"_s, u"soon"_s)), base);
        QVERIFY(!a->failure.refund);
        QVERIFY(!a->failure.refundProblem.isEmpty());
        a = parseToolAnswer(
            answer(502, with(failed, u"refund"_s, with(refund, u"refund_amount"_s, u"lots"_s))),
            base);
        QVERIFY(!a->failure.refundProblem.isEmpty());
        // Not JSON at all (a proxy's page): still a failure, with nothing in it.
        a = parseToolAnswer(answer(502, u"<html>Bad Gateway</html>"_s), base);
        QCOMPARE(a->kind, ToolAnswer::Kind::Failed);
        QVERIFY(!a->failure.refund);
    }

    void jobsWithEitherIdName()
    {
        const QJsonObject readme{
            {u"requestId"_s, u"pred_abc123"_s},
            {u"status"_s, u"processing"_s},
            {u"poll_url"_s, u"/api/l402/job-status?requestId=pred_abc123&jobType=video"_s},
            {u"poll_interval_ms"_s, 5000}};
        auto a = parseToolAnswer(answer(202, readme), base);
        QVERIFY(a);
        QCOMPARE(a->kind, ToolAnswer::Kind::Job);
        QCOMPARE(a->job.id, u"pred_abc123"_s);
        QCOMPARE(a->job.intervalMs, 5000);
        QCOMPARE(
            a->job.pollUrl.toString(),
            u"https://tools.example/api/l402/job-status?requestId=pred_abc123&jobType=video"_s);
        // The manifest's names, and the headers alone.
        a = parseToolAnswer(answer(202, QJsonObject{{u"job_id"_s, u"j1"_s}}), base);
        QCOMPARE(a->job.id, u"j1"_s);
        QCOMPARE(a->job.pollUrl.path(), u"/api/l402/job-status"_s);
        a = parseToolAnswer(
            answer(202, QJsonObject(),
                   {{"x-job-id", "j2"}, {"x-poll-url", "/jobs/j2"}, {"x-poll-interval-ms", "250"}}),
            base);
        QCOMPARE(a->job.id, u"j2"_s);
        QCOMPARE(a->job.pollUrl.toString(), u"https://tools.example/jobs/j2"_s);
        QCOMPARE(a->job.intervalMs, 250);
        // A poll address elsewhere is never followed; a job with nothing to poll is unusable.
        QVERIFY(!parseToolAnswer(
            answer(202, with(readme, u"poll_url"_s, u"https://evil.example/p"_s)), base));
        QVERIFY(!parseToolAnswer(answer(202, QJsonObject{{u"status"_s, u"processing"_s}}), base));
        // The AI call: 200 with a poll_url and a state that is not final.
        a = parseToolAnswer(
            answer(200, QJsonObject{{u"state"_s, u"calling"_s},
                                    {u"status"_s, u"initiated"_s},
                                    {u"call_id"_s, u"call_1"_s},
                                    {u"poll_url"_s,
                                     u"https://tools.example/api/l402/ai-call?call_id=call_1"_s}}),
            base);
        QCOMPARE(a->kind, ToolAnswer::Kind::Job);
        QCOMPARE(a->job.id, u"call_1"_s);
    }

    void pushBackAndPlainAnswers()
    {
        const QJsonObject pushBack{
            {u"success"_s, true},
            {u"state"_s, u"pending_confirm"_s},
            {u"session_id"_s, u"uuid-1"_s},
            {u"questions"_s, QJsonArray{u"What date?"_s, 5, u"What time?"_s}}};
        auto a = parseToolAnswer(answer(200, pushBack), base);
        QCOMPARE(a->kind, ToolAnswer::Kind::PushBack);
        QCOMPARE(a->pushBack.sessionId, u"uuid-1"_s);
        QCOMPARE(a->pushBack.questions, QStringList({u"What date?"_s, u"What time?"_s}));
        QVERIFY(!parseToolAnswer(
            answer(200, with(pushBack, u"session_id"_s, QJsonValue::Undefined)), base));
        // sats4ai's SMS answers plain text (reference 002).
        a = parseToolAnswer(answer(200, u"Okay"_s), base);
        QCOMPARE(a->kind, ToolAnswer::Kind::Finished);
        QCOMPARE(a->output.kind, ToolOutput::Kind::Text);
        QCOMPARE(a->output.text, u"Okay"_s);
        a = parseToolAnswer(answer(200, QJsonArray{1, 2}), base);
        QCOMPARE(a->output.kind, ToolOutput::Kind::Json);
        QCOMPARE(a->output.data.toArray().size(), 2);
        a = parseToolAnswer(answer(200, QJsonObject{{u"translated_text"_s, u"hola"_s}}), base);
        QCOMPARE(a->output.kind, ToolOutput::Kind::Text);
        QCOMPARE(a->output.text, u"hola"_s);
    }

    void jobUpdates()
    {
        auto u = parseToolJobUpdate(answer(
            200, QJsonObject{{u"status"_s, u"processing"_s}, {u"poll_interval_ms"_s, 2500}}));
        QCOMPARE(u->kind, ToolJobUpdate::Kind::Running);
        QCOMPARE(u->intervalMs, 2500);
        u = parseToolJobUpdate(answer(
            200,
            QJsonObject{{u"status"_s, u"COMPLETED"_s},
                        {u"result"_s, QJsonObject{{u"image_url"_s, u"https://x.example/a.png"_s},
                                                  {u"mime_type"_s, u"image/png"_s}}}}));
        QCOMPARE(u->kind, ToolJobUpdate::Kind::Finished);
        QCOMPARE(u->output.kind, ToolOutput::Kind::ImageUrl);
        QCOMPARE(u->output.text, u"https://x.example/a.png"_s);
        QCOMPARE(u->output.mimeType, u"image/png"_s);
        u = parseToolJobUpdate(answer(200, QJsonObject{{u"status"_s, u"FAILED"_s},
                                                       {u"error_code"_s, u"TIMEOUT"_s},
                                                       {u"refund"_s, refund}}));
        QCOMPARE(u->kind, ToolJobUpdate::Kind::Failed);
        QCOMPARE(u->failure.refund->amount, *MilliSats::fromSats(200));
        // The AI call's poll: ended is the end, whatever task_completed says.
        u = parseToolJobUpdate(answer(200, QJsonObject{{u"status"_s, u"ended"_s},
                                                       {u"task_completed"_s, false},
                                                       {u"transcript"_s, u"Agent: hi"_s}}));
        QCOMPARE(u->kind, ToolJobUpdate::Kind::Finished);
        QCOMPARE(u->output.kind, ToolOutput::Kind::Json);
        QCOMPARE(u->output.data.toObject().value(u"task_completed"_s).toBool(true), false);
        // Errors the caller may poll again after; a 5xx with a refund is the job's failure.
        QCOMPARE(parseToolJobUpdate(answer(404, QJsonObject{{u"error"_s, u"Job not found"_s}}))
                     .error()
                     .kind,
                 AppError::Kind::NotFound);
        QVERIFY(!parseToolJobUpdate(answer(200, u"processing"_s)));
        u = parseToolJobUpdate(answer(500, QJsonObject{{u"refund"_s, refund}}));
        QCOMPARE(u->kind, ToolJobUpdate::Kind::Failed);
    }

    void outputsStayData()
    {
        ToolOutput o =
            toolOutputOf(QJsonObject{{u"result"_s, u"data:image/png;base64,iVBORw0KGgo="_s}});
        QCOMPARE(o.kind, ToolOutput::Kind::ImageBase64);
        QCOMPARE(o.mimeType, u"image/png"_s);
        QCOMPARE(o.text, u"iVBORw0KGgo="_s);
        o = toolOutputOf(QJsonObject{{u"b64_json"_s, u"AAAA"_s}});
        QCOMPARE(o.kind, ToolOutput::Kind::ImageBase64);
        // A "url" is an image only when the type says so; javascript: is never one.
        o = toolOutputOf(QJsonObject{{u"url"_s, u"https://x.example/doc.pdf"_s}});
        QCOMPARE(o.kind, ToolOutput::Kind::Json);
        o = toolOutputOf(QJsonObject{{u"image_url"_s, u"javascript:alert(1)"_s}});
        QCOMPARE(o.kind, ToolOutput::Kind::Json);
        // Whatever it is, the whole of it is kept.
        const QJsonObject nested{{u"text"_s, u"a\u202Eb"_s},
                                 {u"extra"_s, QJsonObject{{u"k"_s, 1}}}};
        o = toolOutputOf(nested);
        QCOMPARE(o.kind, ToolOutput::Kind::Text);
        QCOMPARE(o.data.toObject(), nested);
    }
};

QTEST_APPLESS_MAIN(TestToolsJson)
#include "tst_toolsjson.moc"

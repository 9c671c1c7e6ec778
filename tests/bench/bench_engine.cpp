// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's local costs: syncing a 10,000-task board (parse + upsert + change set) and the
// payment journal's durable write per state (WAL, synchronous=FULL, on this disk).
#include "accounts/accountstore.h"
#include "common/crypto.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/hirecache.h"
#include "pay/paymentjournal.h"
#include "secrets/secretbox.h"
#include "store/appschema.h"
#include "store/marketcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int taskCount = 10'000;

QByteArray board(int changed)
{
    QJsonArray tasks;
    for (int i = 0; i < taskCount; ++i) {
        const bool touched = i < changed;
        tasks.append(QJsonObject{
            {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'))},
            {u"buyer_account_id"_s, u"acct_buyer_%1"_s.arg(i % 97)},
            {u"title"_s, u"Task number %1: translate a short text"_s.arg(i)},
            {u"description"_s, u"Some words about task %1, as people write them."_s.arg(i)},
            {u"budget_sats"_s, 100 + i % 900},
            {u"status"_s, touched ? u"in_escrow"_s : u"open"_s},
            {u"quote_count"_s, touched ? 1 : 0},
            {u"created_at"_s, u"2026-11-21T10:27:22.213746+00:00"_s},
            {u"updated_at"_s, touched ? u"2026-11-21T11:00:00.000000+00:00"_s
                                      : u"2026-11-21T10:27:22.213746+00:00"_s}});
    }
    return QJsonDocument(QJsonObject{{u"tasks"_s, tasks}}).toJson(QJsonDocument::Compact);
}

struct Timing {
    double parseMs = 0, applyMs = 0;
    ChangeSet changes;
};

Timing syncOnce(MarketCache &cache, qint64 account, const QByteArray &body, qint64 now)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    const auto tasks = parseHireTasks(QJsonDocument::fromJson(body).object());
    const CacheSnapshot snapshot = hireFeedSnapshot(account, *tasks);
    t.parseMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    t.changes = *cache.apply(snapshot, now);
    t.applyMs = double(timer.nsecsElapsed()) / 1e6;
    return t;
}

void benchSync(const QString &folder)
{
    auto db = Database::open(folder + u"/sync.sqlite3"_s, appMigrations());
    AccountStore accounts(**db);
    const auto profile = accounts.addProfile(u"bench"_s);
    MarketAccount a;
    a.profileId = profile->id;
    a.name = u"402ai"_s;
    a.kind = MarketKind::AiForHire;
    a.baseUrl = QUrl(u"https://402ai.net"_s);
    const qint64 account = accounts.addAccount(a)->id;
    MarketCache cache(**db);

    const QByteArray first = board(0);
    const QByteArray later = board(100);
    std::printf("Sync of a %d-task board (%.1f MB of JSON)\n", taskCount,
                double(first.size()) / 1e6);
    const Timing fill = syncOnce(cache, account, first, 1);
    std::printf("  first fill      parse %7.1f ms   upsert %7.1f ms   change set: %lld inserted\n",
                fill.parseMs, fill.applyMs, qlonglong(fill.changes.inserted.size()));
    const Timing same = syncOnce(cache, account, first, 2);
    std::printf("  nothing changed parse %7.1f ms   diff   %7.1f ms   change set: %lld items\n",
                same.parseMs, same.applyMs, qlonglong(same.changes.size()));
    const Timing hundred = syncOnce(cache, account, later, 3);
    std::printf("  100 changed     parse %7.1f ms   upsert %7.1f ms   change set: %lld updated\n",
                hundred.parseMs, hundred.applyMs, qlonglong(hundred.changes.updated.size()));
}

void benchJournal(const QString &folder)
{
    auto db = Database::open(folder + u"/journal.sqlite3"_s, appMigrations());
    const SecretBox box(*DataKey::fromBytes(crypto::randomBytes(DataKey::size)));
    PaymentJournal journal(**db, box);
    constexpr int rounds = 200;
    const char *names[] = {"intent", "invoice", "paying", "paid", "credential sent", "done"};
    QList<double> ms[6];
    PaymentHash hash;
    for (int i = 0; i < rounds; ++i) {
        JournalEntry e;
        e.action = u"402ai.post_task"_s;
        e.method = "POST";
        e.url = QUrl(u"https://402ai.net/api/v1/ai-for-hire/tasks"_s);
        e.body = R"({"title":"t","description":"d","budget_sats":300})";
        e.agreed = MilliSats(50'000);
        QElapsedTimer t;
        const auto step = [&](int n, const auto &f) {
            t.restart();
            f();
            ms[n].append(double(t.nsecsElapsed()) / 1e6);
        };
        qint64 id = 0;
        step(0, [&] { id = *journal.recordIntent(e); });
        hash.data()[0] = static_cast<unsigned char>(i);
        hash.data()[1] = static_cast<unsigned char>(i >> 8);
        step(1, [&] {
            (void)journal.recordInvoice(id, u"lnbcrt500n1..."_s, hash, MilliSats(50'000), u"L402"_s,
                                        QByteArray(300, 'm'), QByteArray(400, 'c'));
        });
        step(2, [&] { (void)journal.markPaying(id); });
        step(3, [&] { (void)journal.recordPaid(id, Preimage{}, MilliSats(0)); });
        step(4, [&] { (void)journal.markCredentialSent(id); });
        step(5, [&] { (void)journal.markDone(id, u"posted"_s); });
    }
    std::printf("\nPayment journal, durable write per state (%d entries; WAL, synchronous=FULL)\n",
                rounds);
    for (int n = 0; n < 6; ++n) {
        std::sort(ms[n].begin(), ms[n].end());
        std::printf("  %-16s median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n", names[n],
                    ms[n].at(rounds / 2), ms[n].at(rounds * 95 / 100), ms[n].last());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    benchSync(dir.path());
    benchJournal(dir.path());
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The 402ai commands: account and top-up, tasks, quotes, messages, delivery, confirm, collect.
#include "cliawait.h"
#include "commandcontext.h"
#include "commands.h"
#include "common/safefilename.h"
#include "delivery.h"
#include "earningscollect.h"
#include "hirecommand.h"
#include "hireoutput.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "markets/aiforhire/hirecache.h"
#include "output.h"
#include "paidcommand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HireCommands)
};

//! Ledger trouble is noted, never fails the command: the sats moved anyway.
void noteLedger(const QString &problem)
{
    if (!problem.isEmpty())
        note(Text::tr("The ledger could not be updated: %1").arg(problem));
}

QJsonObject paidJson(QJsonObject out, qint64 journalId, const std::optional<OutgoingPayment> &p)
{
    out.insert(QStringLiteral("journal_id"), journalId);
    out.insert(QStringLiteral("paid_by"),
               p ? QStringLiteral("lightning") : QStringLiteral("balance"));
    if (p)
        out.insert(QStringLiteral("payment"), paymentJson(*p));
    return out;
}

QJsonObject changeSetJson(const ChangeSet &changes)
{
    return {{QStringLiteral("inserted"), QJsonArray::fromStringList(changes.inserted)},
            {QStringLiteral("updated"), QJsonArray::fromStringList(changes.updated)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(changes.removed)}};
}

QJsonObject cachedTasksJson(const QList<CacheItem> &tasks, const QString &status, qint64 syncedMs)
{
    QJsonArray items;
    for (const CacheItem &t : tasks) {
        if (!status.isEmpty() && t.status != status)
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), t.remoteId},
                                 {QStringLiteral("title"), t.title},
                                 {QStringLiteral("status"), t.status},
                                 {QStringLiteral("budget_sats"), t.amount.toSatsDecimal()},
                                 {QStringLiteral("quote_count"), t.extra.value(u"quote_count")},
                                 {QStringLiteral("created_at"), t.createdAt}});
    }
    return {{QStringLiteral("tasks"), items},
            {QStringLiteral("synced_at"),
             syncedMs > 0
                 ? QDateTime::fromMSecsSinceEpoch(syncedMs, Qt::UTC).toString(Qt::ISODateWithMs)
                 : QString()}};
}

//! A fee paid from the balance is the market's movement; one paid by L402 is the journal's.
void recordFee(HireCommand &h, qint64 journalId, const std::optional<OutgoingPayment> &payment,
               LedgerReason reason, qint64 feeSats, const QString &reference)
{
    noteLedger(recordHireFee(h.c.session().engine(), h.client->accountId(), journalId, payment,
                             reason, feeSats, reference));
}

const QCommandLineOption lightningOption(
    QStringLiteral("lightning"),
    QStringLiteral("When the balance is short, pay the fee from the wallet by L402."));

} // namespace

int runTopup(const QStringList &arguments)
{
    HireCommand h(Text::tr("Top up the 402ai account from the wallet (an account is created "
                           "first when there is none)."));
    if (auto code = h.start(arguments, 1, 1, Text::tr("an amount in sats")))
        return *code;
    int code = Success;
    const auto amount = h.c.sats(h.c.args().first(), Text::tr("the amount"), &code);
    if (!amount)
        return code;
    if (auto err = validateTopup(*amount))
        return h.c.report(*err);
    if (auto failed = h.topUp(*amount))
        return *failed;
    auto me = await(h.client->me());
    if (!me)
        return h.c.report(me.error());
    emitResult({{QStringLiteral("account_id"), me->accountId},
                {QStringLiteral("balance_sats"), me->balance.toSatsDecimal()}},
               h.c.json());
    return Success;
}

int runMe(const QStringList &arguments)
{
    HireCommand h(Text::tr("Show the 402ai account and its balance."));
    if (auto code = h.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    if (!h.client->hasToken())
        return h.c.report(AppError::make(AppError::Kind::Invalid,
                                         Text::tr("The account has no token yet: lightwork-cli "
                                                  "topup creates one.")));
    auto me = await(h.client->me());
    if (!me)
        return h.c.report(me.error());
    (void)h.c.session().accounts().setRemoteId(h.client->accountId(), me->accountId);
    emitResult({{QStringLiteral("account_id"), me->accountId},
                {QStringLiteral("balance_sats"), me->balance.toSatsDecimal()}},
               h.c.json());
    return Success;
}

int runTasks(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    HireCommand h(Text::tr("402ai tasks: list, show, post."));
    const QCommandLineOption status(QStringLiteral("status"), Text::tr("Only tasks in this state."),
                                    QStringLiteral("status"));
    const QCommandLineOption title(QStringLiteral("title"), Text::tr("The task's title."),
                                   QStringLiteral("text"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         Text::tr("What is to be done."), QStringLiteral("text"));
    const QCommandLineOption budget(QStringLiteral("budget"), Text::tr("The budget in sats."),
                                    QStringLiteral("sats"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     Text::tr("List the tasks as last synced; ask no server."));
    h.c.parser.addOptions({status, title, description, budget, lightningOption, offline});
    const bool show = sub == u"show";
    if (auto code = h.start(arguments, show ? 1 : 0, show ? 1 : 0,
                            show ? Text::tr("a task id") : Text::tr("no arguments")))
        return *code;

    if (sub == u"list" || sub.isEmpty()) {
        MarketCache cache(h.c.session().database());
        const qint64 account = h.client->accountId();
        if (h.c.parser.isSet(offline)) {
            auto cached = cache.items(account, CacheKind::Task);
            if (!cached)
                return h.c.report(cached.error());
            emitResult(cachedTasksJson(*cached, h.c.parser.value(status),
                                       *cache.lastSynced(account, CacheKind::Task)),
                       h.c.json());
            return Success;
        }
        auto tasks = await(h.client->tasks(h.c.parser.value(status)));
        if (!tasks)
            return h.c.report(tasks.error());
        CacheSnapshot snapshot = hireFeedSnapshot(account, *tasks);
        // A filtered list is not the whole board: it must not remove the other tasks.
        snapshot.complete = snapshot.complete && !h.c.parser.isSet(status);
        auto changes = cache.apply(snapshot, QDateTime::currentMSecsSinceEpoch());
        if (!changes)
            return h.c.report(changes.error());
        QJsonObject out = listJson(QStringLiteral("tasks"), *tasks, taskJson);
        out.insert(QStringLiteral("changes"), changeSetJson(*changes));
        emitResult(out, h.c.json());
        return Success;
    }
    if (show) {
        auto task = await(h.client->task(h.c.args().first()));
        if (!task)
            return h.c.report(task.error());
        emitResult(taskJson(*task), h.c.json());
        return Success;
    }
    if (sub == u"post") {
        int code = Success;
        const auto amount = h.c.sats(h.c.parser.value(budget), QStringLiteral("--budget"), &code);
        if (!amount)
            return code;
        if (auto err =
                validatePostTask(h.c.parser.value(title), h.c.parser.value(description), *amount))
            return h.c.report(*err);
        if (auto failed = h.ensureAccount())
            return *failed;
        note(Text::tr("Posting costs %1 sat.").arg(hirePostTaskFeeSats));
        auto posted =
            await(h.client->postTask(h.c.parser.value(title), h.c.parser.value(description),
                                     *amount, h.c.parser.isSet(lightningOption)));
        if (!posted)
            return reportPaidError(h.c, posted.error());
        recordFee(h, posted->journalId, posted->payment, LedgerReason::PostFee, hirePostTaskFeeSats,
                  posted->value.id);
        emitResult(paidJson(taskJson(posted->value), posted->journalId, posted->payment),
                   h.c.json());
        return Success;
    }
    return fail(Text::tr("unknown tasks command \"%1\"").arg(sub));
}

int runQuote(QStringList arguments)
{
    QString sub = takeSubcommand(arguments);
    const bool update = sub == u"update";
    if (!update && !sub.isEmpty())
        arguments.insert(1, sub); // `quote TASK …`: the task id, not a subcommand
    HireCommand h(Text::tr("Send a quote on a 402ai task (10 sat), or update one."));
    const QCommandLineOption price(QStringLiteral("price"), Text::tr("Your price in sats."),
                                   QStringLiteral("sats"));
    const QCommandLineOption description(QStringLiteral("description"), Text::tr("What you offer."),
                                         QStringLiteral("text"));
    h.c.parser.addOptions({price, description, lightningOption});
    if (auto code = h.start(arguments, update ? 2 : 1, update ? 2 : 1,
                            update ? Text::tr("a task id and a quote id") : Text::tr("a task id")))
        return *code;
    const QString taskId = h.c.args().first();
    int code = Success;
    std::optional<MilliSats> amount;
    if (h.c.parser.isSet(price) || !update) {
        amount = h.c.sats(h.c.parser.value(price), QStringLiteral("--price"), &code);
        if (!amount)
            return code;
    }
    if (update) {
        std::optional<QString> text;
        if (h.c.parser.isSet(description))
            text = h.c.parser.value(description);
        if (auto err = validateQuoteUpdate(amount, text))
            return h.c.report(*err);
        auto updated = await(h.client->updateQuote(taskId, h.c.args().at(1), amount, text));
        if (!updated)
            return h.c.report(updated.error());
        emitResult(quoteJson(*updated), h.c.json());
        return Success;
    }
    if (auto failed = h.ensureAccount())
        return *failed;
    auto me = h.myAccountId();
    if (!me)
        return h.c.report(me.error());
    // The fee is taken before the server looks at the task: check it is open and not ours.
    auto task = await(h.client->task(taskId));
    if (!task)
        return h.c.report(task.error());
    note(Text::tr("Quoting costs %1 sat.").arg(hirePostQuoteFeeSats));
    auto sent = await(h.client->sendQuote(*task, *me, *amount, h.c.parser.value(description),
                                          h.c.parser.isSet(lightningOption)));
    if (!sent)
        return reportPaidError(h.c, sent.error());
    recordFee(h, sent->journalId, sent->payment, LedgerReason::QuoteFee, hirePostQuoteFeeSats,
              sent->value.id);
    emitResult(paidJson(quoteJson(sent->value), sent->journalId, sent->payment), h.c.json());
    return Success;
}

int runAccept(const QStringList &arguments)
{
    HireCommand h(Text::tr("Accept a quote: its price moves from the balance into escrow."));
    const QCommandLineOption topup(QStringLiteral("topup"),
                                   Text::tr("When the balance is short, top up the missing sats "
                                            "from the wallet first."));
    h.c.parser.addOption(topup);
    if (auto code = h.start(arguments, 2, 2, Text::tr("a task id and a quote id")))
        return *code;
    const QString taskId = h.c.args().at(0);
    const QString quoteId = h.c.args().at(1);
    auto task = await(h.client->task(taskId));
    if (!task)
        return h.c.report(task.error());
    const std::optional<MilliSats> price = hireQuotePrice(*task, quoteId);
    if (!price)
        return h.c.report(AppError::make(
            AppError::Kind::NotFound, Text::tr("Task %1 has no quote %2.").arg(taskId, quoteId)));
    auto me = await(h.client->me());
    if (!me)
        return h.c.report(me.error());
    // 402ai takes an L402 payment on accept without crediting it: escrow comes from the
    // balance only, so a short balance is topped up first (when the user says so).
    if (me->balance < *price) {
        const MilliSats missing(price->msat() - me->balance.msat());
        if (!h.c.parser.isSet(topup))
            return h.c.report(AppError::make(
                AppError::Kind::Refused,
                Text::tr("The quote is %1 sat and the balance %2 sat: %3 sat are missing. Run "
                         "again with --topup to top up %3 sat from the wallet first.")
                    .arg(price->toSatsDecimal(), me->balance.toSatsDecimal(),
                         missing.toSatsDecimal())));
        if (auto failed = h.topUp(MilliSats(missing.ceilSats() * 1000)))
            return *failed;
    }
    auto accepted = await(h.client->accept(taskId, quoteId));
    if (!accepted)
        return reportPaidError(h.c, accepted.error());
    const HireAcceptResult &a = accepted->value;
    noteLedger(recordEscrowLocked(h.c.session().engine(), h.client->accountId(), taskId, quoteId,
                                  a.escrowed));
    emitResult({{QStringLiteral("task_id"), a.taskId},
                {QStringLiteral("quote_id"), a.quoteId},
                {QStringLiteral("status"), a.statusText},
                {QStringLiteral("escrowed_sats"), a.escrowed.toSatsDecimal()},
                {QStringLiteral("journal_id"), accepted->journalId}},
               h.c.json());
    return Success;
}

int runDeliver(const QStringList &arguments)
{
    HireCommand h(Text::tr("Deliver a file for a task (once: it cannot be replaced)."));
    const QCommandLineOption notes(QStringLiteral("notes"), Text::tr("Notes for the buyer."),
                                   QStringLiteral("text"));
    h.c.parser.addOption(notes);
    if (auto code = h.start(arguments, 2, 2, Text::tr("a task id and a file")))
        return *code;
    auto file = readDeliveryFile(h.c.args().at(1), deliveryCapBytes(h.c.session().http().limits()));
    if (!file)
        return h.c.report(file.error());
    if (auto err = validateDeliver(file->filename, file->contentBase64, h.c.parser.value(notes)))
        return h.c.report(*err);
    note(Text::tr("Delivering %1 (%2 bytes, SHA-256 %3)…")
             .arg(file->filename)
             .arg(file->sizeBytes)
             .arg(QString::fromLatin1(file->sha256.toHex())));
    auto delivered = await(h.client->deliver(h.c.args().at(0), *file, h.c.parser.value(notes)));
    if (!delivered)
        return h.c.report(delivered.error());
    QJsonObject out = deliveryJson(*delivered);
    out.insert(QStringLiteral("size_bytes"), file->sizeBytes);
    out.insert(QStringLiteral("sha256"), QString::fromLatin1(file->sha256.toHex()));
    emitResult(out, h.c.json());
    return Success;
}

int runDeliveries(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    HireCommand h(Text::tr("Save what was delivered for a task, when the market returns it."));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("The folder to save into."),
                                QStringLiteral("dir"), QDir::currentPath());
    h.c.parser.addOption(to);
    if (auto code = h.start(arguments, 1, 1, Text::tr("a task id")))
        return *code;
    if (sub != u"save")
        return fail(Text::tr("unknown deliveries command \"%1\"").arg(sub));
    auto task = await(h.client->task(h.c.args().first()));
    if (!task)
        return h.c.report(task.error());
    QJsonArray saved;
    for (const HireDelivery &d :
         task->deliveries ? task->deliveries->items : QList<HireDelivery>()) {
        if (!d.content)
            continue;
        // The name is the server's: only a sanitised last component, never replacing a file.
        auto written = saveDelivery(h.c.parser.value(to), d.filename, *d.content);
        if (!written)
            return h.c.report(written.error());
        saved.append(
            QJsonObject{{QStringLiteral("delivery_id"), d.id},
                        {QStringLiteral("filename"), d.filename},
                        {QStringLiteral("path"), written->path},
                        {QStringLiteral("size_bytes"), written->sizeBytes},
                        {QStringLiteral("sha256"), QString::fromLatin1(written->sha256.toHex())}});
    }
    if (saved.isEmpty())
        return h.c.report(AppError::make(AppError::Kind::NotFound,
                                         Text::tr("The market returned no delivered content for "
                                                  "this task (402ai lists only names and "
                                                  "notes).")));
    emitResult({{QStringLiteral("saved"), saved}}, h.c.json());
    return Success;
}

int runConfirm(const QStringList &arguments)
{
    HireCommand h(Text::tr("Confirm a delivery: the escrow goes to the worker."));
    if (auto code = h.start(arguments, 1, 1, Text::tr("a task id")))
        return *code;
    auto confirmed = await(h.client->confirm(h.c.args().first()));
    if (!confirmed)
        return h.c.report(confirmed.error());
    noteLedger(recordReleased(h.c.session().engine(), h.client->accountId(), confirmed->taskId,
                              confirmed->released));
    emitResult({{QStringLiteral("task_id"), confirmed->taskId},
                {QStringLiteral("status"), confirmed->statusText},
                {QStringLiteral("released_sats"), confirmed->released.toSatsDecimal()},
                {QStringLiteral("contractor_account_id"), confirmed->contractorAccountId}},
               h.c.json());
    return Success;
}

int runCollect(const QStringList &arguments)
{
    HireCommand h(Text::tr("Move earnings from the 402ai balance to your wallet (the whole "
                           "balance unless an amount is given)."));
    if (auto code = h.start(arguments, 0, 1, Text::tr("an optional amount in sats")))
        return *code;
    std::optional<MilliSats> amount;
    if (!h.c.args().isEmpty()) {
        int code = Success;
        amount = h.c.sats(h.c.args().first(), Text::tr("the amount"), &code);
        if (!amount)
            return code;
    }
    auto collected = await(lw::collectEarnings(h.c.session().engine(), h.client, amount));
    if (!collected)
        return h.c.report(collected.error());
    if (!collected->ledgerProblem.isEmpty())
        note(Text::tr("The ledger could not be updated: %1").arg(collected->ledgerProblem));
    const QString hash = collected->paymentHash.toHex();
    QJsonObject out{{QStringLiteral("amount_sats"), collected->amount.toSatsDecimal()},
                    {QStringLiteral("payment_hash"), hash}};
    if (collected->status == CollectReceipt::Status::Paid) {
        out.insert(QStringLiteral("status"), QStringLiteral("paid"));
        emitResult(out, h.c.json());
        return Success;
    }
    out.insert(QStringLiteral("status"), QStringLiteral("unproven"));
    emitResult(out, h.c.json());
    note(Text::tr("The market gave no proof of payment; check the wallet for hash %1.").arg(hash));
    return Pending;
}

} // namespace lw::cli

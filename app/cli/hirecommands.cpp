// SPDX-License-Identifier: GPL-3.0-or-later
// The 402ai commands: account and top-up, tasks, quotes, messages, delivery, confirm, collect.
#include "cliawait.h"
#include "commandcontext.h"
#include "commands.h"
#include "common/safefilename.h"
#include "hireoutput.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "output.h"
#include "paidcommand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HireCommands)
};

//! A 402ai command: its options, the session, and the account's client.
class HireCommand {
public:
    explicit HireCommand(const QString &description)
        : c(description)
    {
        c.parser.addOption(m_account);
    }

    std::optional<int> start(const QStringList &arguments, int minArgs, int maxArgs,
                             const QString &help)
    {
        if (auto code = c.start(arguments, minArgs, maxArgs, help))
            return code;
        auto hire = c.session().hire(c.parser.value(m_account));
        if (!hire)
            return c.report(hire.error());
        client = *hire;
        return std::nullopt;
    }

    //! The account must exist on the server: one is made (nothing paid) when it has no token.
    std::optional<int> ensureAccount()
    {
        if (client->hasToken())
            return std::nullopt;
        note(Text::tr("Creating an account at %1 (nothing is paid for this)…")
                 .arg(client->baseUrl().host()));
        auto token = await(client->createAccount());
        if (!token)
            return c.report(token.error());
        // The token reaches the keychain before anything is paid into the account.
        if (auto saved = c.session().saveToken(client->accountId(), *token); !saved)
            return c.report(saved.error());
        if (auto me = await(client->me()))
            (void)c.session().accounts().setRemoteId(client->accountId(), me->accountId);
        return std::nullopt;
    }

    //! Pays a top-up of `amount` into the account and claims it.
    std::optional<int> topUp(MilliSats amount)
    {
        if (auto wallet = c.session().requireWallet(); !wallet)
            return c.report(wallet.error());
        if (auto code = ensureAccount())
            return code;
        auto invoice = await(client->requestTopup(amount));
        if (!invoice)
            return c.report(invoice.error());
        auto gate = c.session().gate();
        if (!gate)
            return c.report(gate.error());
        auto paid = await((*gate)->payInvoice(JournalEntry::Kind::Topup,
                                              QStringLiteral("402ai.topup"), client->accountId(),
                                              invoice->invoice, amount, client->baseUrl()));
        if (!paid)
            return reportPaidError(c, paid.error());
        note(Text::tr("Topped up %1 sat (%2).").arg(amount.toSatsDecimal(), paid->note));
        return std::nullopt;
    }

    //! The account's id at the market (stored, or asked once).
    Result<QString, AppError> myAccountId()
    {
        auto stored = c.session().accounts().accountById(client->accountId());
        if (stored && !stored->remoteId.isEmpty())
            return stored->remoteId;
        auto me = await(client->me());
        if (!me)
            return lw::fail(me.error());
        (void)c.session().accounts().setRemoteId(client->accountId(), me->accountId);
        return me->accountId;
    }

    CommandContext c;
    HireClient *client = nullptr;

private:
    QCommandLineOption m_account{QStringLiteral("account"),
                                 Text::tr("The 402ai account (when the profile has several)."),
                                 QStringLiteral("name")};
};

QJsonObject paidJson(QJsonObject out, qint64 journalId, const std::optional<OutgoingPayment> &p)
{
    out.insert(QStringLiteral("journal_id"), journalId);
    out.insert(QStringLiteral("paid_by"),
               p ? QStringLiteral("lightning") : QStringLiteral("balance"));
    if (p)
        out.insert(QStringLiteral("payment"), paymentJson(*p));
    return out;
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
    h.c.parser.addOptions({status, title, description, budget, lightningOption});
    const bool show = sub == u"show";
    if (auto code = h.start(arguments, show ? 1 : 0, show ? 1 : 0,
                            show ? Text::tr("a task id") : Text::tr("no arguments")))
        return *code;

    if (sub == u"list" || sub.isEmpty()) {
        auto tasks = await(h.client->tasks(h.c.parser.value(status)));
        if (!tasks)
            return h.c.report(tasks.error());
        emitResult(listJson(QStringLiteral("tasks"), *tasks, taskJson), h.c.json());
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
    std::optional<MilliSats> price;
    for (const HireQuote &q : task->quotes ? task->quotes->items : QList<HireQuote>())
        if (q.id == quoteId)
            price = q.price;
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
    emitResult({{QStringLiteral("task_id"), a.taskId},
                {QStringLiteral("quote_id"), a.quoteId},
                {QStringLiteral("status"), a.statusText},
                {QStringLiteral("escrowed_sats"), a.escrowed.toSatsDecimal()},
                {QStringLiteral("journal_id"), accepted->journalId}},
               h.c.json());
    return Success;
}

int runMessages(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    HireCommand h(Text::tr("Messages on a quote's thread."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Text::tr("Only messages after this message id."),
                                   QStringLiteral("id"));
    h.c.parser.addOption(since);
    const bool send = sub == u"send";
    if (auto code = h.start(arguments, send ? 3 : 2, send ? 3 : 2,
                            send ? Text::tr("a task id, a quote id and the message")
                                 : Text::tr("a task id and a quote id")))
        return *code;
    const QString taskId = h.c.args().at(0);
    const QString quoteId = h.c.args().at(1);
    if (send) {
        if (auto err = validateMessage(h.c.args().at(2)))
            return h.c.report(*err);
        auto sent = await(h.client->sendMessage(taskId, quoteId, h.c.args().at(2)));
        if (!sent)
            return h.c.report(sent.error());
        emitResult(messageJson(*sent), h.c.json());
        return Success;
    }
    if (sub != u"list" && !sub.isEmpty())
        return fail(Text::tr("unknown messages command \"%1\"").arg(sub));
    std::optional<qint64> sinceId;
    if (h.c.parser.isSet(since)) {
        bool ok = false;
        sinceId = h.c.parser.value(since).toLongLong(&ok);
        if (!ok)
            return fail(Text::tr("--since needs a message id"));
    }
    auto list = await(h.client->messages(taskId, quoteId, sinceId));
    if (!list)
        return h.c.report(list.error());
    emitResult(listJson(QStringLiteral("messages"), *list, messageJson), h.c.json());
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
    auto file =
        readDeliveryFile(h.c.args().at(1), h.c.session().http().limits().maxJsonBytes / 4 * 3);
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
        auto path = saveNewFile(h.c.parser.value(to), d.filename, *d.content);
        if (!path)
            return h.c.report(path.error());
        saved.append(QJsonObject{
            {QStringLiteral("delivery_id"), d.id},
            {QStringLiteral("filename"), d.filename},
            {QStringLiteral("path"), *path},
            {QStringLiteral("size_bytes"), d.content->size()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(*d.content, QCryptographicHash::Sha256).toHex())}});
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
    return collectEarnings(h.c, h.client, h.c.args().value(0));
}

} // namespace lw::cli

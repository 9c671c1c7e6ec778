// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli prooflayer …: the ProofLayer market. Workers register, claim, submit and are
// paid at their Lightning Address; buyers post paid tasks (L402, the budget exactly) and
// release payouts.
#include "cliawait.h"
#include "commandcontext.h"
#include "commands.h"
#include "hireoutput.h"
#include "markets/prooflayer/prooflayerrequests.h"
#include "output.h"
#include "paidcommand.h"
#include "prooflayerflow.h"
#include "prooflayeroutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <functional>

namespace lw::cli {

namespace {

using namespace prooflayer;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProofLayerCommands)
};

//! A ProofLayer subcommand: its options, the session, and the account's client.
class ProofLayerCommand {
public:
    explicit ProofLayerCommand(const QString &description)
        : c(description)
    {
        c.parser.addOption(m_account);
    }

    std::optional<int> start(const QStringList &arguments, int minArgs, int maxArgs,
                             const QString &help)
    {
        if (auto code = c.start(arguments, minArgs, maxArgs, help))
            return code;
        auto found = c.session().proofLayer(c.parser.value(m_account));
        if (!found)
            return c.report(found.error());
        client = *found;
        return std::nullopt;
    }

    //! The worker this account registered (its remote id).
    Result<QString, AppError> myWorkerId()
    {
        return proofLayerWorkerId(c.session().accounts(), client->accountId());
    }

    //! The first argument when given, else this account's worker.
    Result<QString, AppError> workerArgument()
    {
        if (!c.args().isEmpty())
            return c.args().first();
        return myWorkerId();
    }

    //! A whole number of sats from an option; nullopt when not given; the exit code in `code`.
    std::optional<MilliSats> satsOption(const QCommandLineOption &option, int *code)
    {
        if (!c.parser.isSet(option))
            return std::nullopt;
        return c.sats(c.parser.value(option), QStringLiteral("--") + option.names().first(), code);
    }

    template <typename T>
    int show(const Result<T, AppError> &result, QJsonObject (*toJson)(const T &))
    {
        if (!result)
            return c.report(result.error());
        emitResult(toJson(*result), c.json());
        return Success;
    }

    CommandContext c;
    ProofLayerClient *client = nullptr;

private:
    QCommandLineOption m_account{QStringLiteral("account"),
                                 Text::tr("The ProofLayer account (when the profile has several)."),
                                 QStringLiteral("name")};
};

QCommandLineOption textOption(const char *name, const QString &description)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QStringLiteral("text"));
}

int registerWorker(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("Register this account as a ProofLayer worker. Payouts go to "
                                 "the Lightning Address, which is checked first."));
    const QCommandLineOption name = textOption("name", Text::tr("The name buyers see."));
    const QCommandLineOption address(QStringLiteral("address"),
                                     Text::tr("Your Lightning Address (name@domain)."),
                                     QStringLiteral("address"));
    const QCommandLineOption type(QStringLiteral("type"), Text::tr("human or agent."),
                                  QStringLiteral("type"), QStringLiteral("human"));
    p.c.parser.addOptions({name, address, type});
    if (auto code = p.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    if (!p.c.parser.isSet(name) || !p.c.parser.isSet(address))
        return fail(Text::tr("register needs --name and --address"));
    const QString payee = p.c.parser.value(address);
    if (auto checked =
            checkProofLayerRegistration(p.c.session().accounts(), p.client->accountId(),
                                        p.c.parser.value(name), payee, p.c.parser.value(type));
        !checked)
        return p.c.report(checked.error());
    note(Text::tr("Checking that %1 can receive payments…").arg(payee));
    auto worker = await(registerProofLayerWorker(
        p.c.session().accounts(), p.client, p.c.parser.value(name), payee, p.c.parser.value(type)));
    if (!worker)
        return p.c.report(worker.error());
    emitResult(workerJson(*worker), p.c.json());
    return Success;
}

int showWorker(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("A worker's profile: payout address, completed jobs, reputation "
                                 "score and tier (yours when no id is given)."));
    if (auto code = p.start(arguments, 0, 1, Text::tr("an optional worker id")))
        return *code;
    auto id = p.workerArgument();
    if (!id)
        return p.c.report(id.error());
    return p.show(await(p.client->worker(*id)), workerJson);
}

int listPayouts(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("A worker's payouts and total earnings (yours when no id is "
                                 "given)."));
    if (auto code = p.start(arguments, 0, 1, Text::tr("an optional worker id")))
        return *code;
    auto id = p.workerArgument();
    if (!id)
        return p.c.report(id.error());
    return p.show(await(p.client->payouts(*id)), payoutsJson);
}

int listFeed(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("Open tasks, newest first."));
    const QCommandLineOption type(QStringLiteral("type"), Text::tr("Only this task type."),
                                  QStringLiteral("type"));
    const QCommandLineOption workerType(QStringLiteral("worker-type"),
                                        Text::tr("Only tasks for human or agent workers."),
                                        QStringLiteral("type"));
    const QCommandLineOption minBudget(QStringLiteral("min-budget"),
                                       Text::tr("Only tasks with at least this budget."),
                                       QStringLiteral("sats"));
    p.c.parser.addOptions({type, workerType, minBudget});
    if (auto code = p.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    int code = Success;
    ProofLayerFeedFilter filter{p.c.parser.value(type), p.c.parser.value(workerType),
                                p.satsOption(minBudget, &code)};
    if (code != Success)
        return code;
    return p.show(await(p.client->feed(filter)), feedJson);
}

int showTask(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("A task: its input, status, worker, result and payout."));
    if (auto code = p.start(arguments, 1, 1, Text::tr("a task id")))
        return *code;
    return p.show(await(p.client->task(p.c.args().first())), taskJson);
}

int showContract(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("The market's own contract: task types, worker types, trust "
                                 "modes."));
    if (auto code = p.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    return p.show(await(p.client->contract()), contractJson);
}

int createTask(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("Post a task, paid by L402 from the wallet: exactly the budget, "
                                 "70 % of which goes to the worker."));
    const QCommandLineOption type(QStringLiteral("type"),
                                  Text::tr("verify, execute, judge, recover or agent-to-agent."),
                                  QStringLiteral("type"));
    const QCommandLineOption title = textOption("title", Text::tr("The task's title."));
    const QCommandLineOption budget(QStringLiteral("budget"), Text::tr("The budget in sats."),
                                    QStringLiteral("sats"));
    const QCommandLineOption question = textOption("question", Text::tr("What to answer."));
    const QCommandLineOption context = textOption("context", Text::tr("Background."));
    const QCommandLineOption instructions = textOption("instructions", Text::tr("How to do it."));
    const QCommandLineOption url(QStringLiteral("url"), Text::tr("The page concerned."),
                                 QStringLiteral("url"));
    const QCommandLineOption imageUrl(QStringLiteral("image-url"), Text::tr("A reference image."),
                                      QStringLiteral("url"));
    const QCommandLineOption attachImage(QStringLiteral("attach-image"),
                                         Text::tr("An image attachment (repeatable)."),
                                         QStringLiteral("url"));
    const QCommandLineOption attachLink(QStringLiteral("attach-link"),
                                        Text::tr("A link attachment (repeatable)."),
                                        QStringLiteral("url"));
    const QCommandLineOption workerType(QStringLiteral("worker-type"),
                                        Text::tr("human (default) or agent."),
                                        QStringLiteral("type"));
    const QCommandLineOption trustMode(QStringLiteral("trust-mode"),
                                       Text::tr("proof_required or result_only (default: by "
                                                "type)."),
                                       QStringLiteral("mode"));
    p.c.parser.addOptions({type, title, budget, question, context, instructions, url, imageUrl,
                           attachImage, attachLink, workerType, trustMode});
    if (auto code = p.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    if (!p.c.parser.isSet(budget))
        return fail(Text::tr("create needs --budget"));
    int code = Success;
    ProofLayerTaskDraft draft;
    draft.budget = p.satsOption(budget, &code).value_or(MilliSats());
    if (code != Success)
        return code;
    draft.taskType = p.c.parser.value(type);
    draft.title = p.c.parser.value(title);
    draft.input = {p.c.parser.value(question),     p.c.parser.value(context),
                   p.c.parser.value(instructions), p.c.parser.value(url),
                   p.c.parser.value(imageUrl),     {}};
    for (const QString &u : p.c.parser.values(attachImage))
        draft.input.attachments.append({QStringLiteral("image"), u, {}});
    for (const QString &u : p.c.parser.values(attachLink))
        draft.input.attachments.append({QStringLiteral("link"), u, {}});
    draft.workerType = p.c.parser.value(workerType);
    draft.trustMode = p.c.parser.value(trustMode);
    if (auto wallet = p.c.session().requireWallet(); !wallet)
        return p.c.report(wallet.error());
    // The market's own spellings when it publishes them; reference 003's otherwise.
    auto contract = await(p.client->contract());
    const ProofLayerVocabulary vocabulary =
        contract ? ProofLayerVocabulary::from(*contract) : ProofLayerVocabulary::known();
    if (auto checked = normalizeTaskDraft(draft, vocabulary); !checked)
        return p.c.report(checked.error());
    note(Text::tr("Posting costs the budget, %1 sat.").arg(draft.budget.toSatsDecimal()));
    auto created = await(p.client->createTask(draft, vocabulary));
    if (!created)
        return reportPaidError(p.c, created.error());
    QJsonObject out = created->value.task
                          ? taskJson(*created->value.task)
                          : QJsonObject{{QStringLiteral("id"), created->value.taskId},
                                        {QStringLiteral("status"), created->value.statusText}};
    out.insert(QStringLiteral("journal_id"), created->journalId);
    if (created->payment)
        out.insert(QStringLiteral("payment"), paymentJson(*created->payment));
    emitResult(out, p.c.json());
    return Success;
}

int claimTask(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("Claim an open task for this account's worker."));
    if (auto code = p.start(arguments, 1, 1, Text::tr("a task id")))
        return *code;
    auto me = p.myWorkerId();
    if (!me)
        return p.c.report(me.error());
    return p.show(await(p.client->claim(p.c.args().first(), *me)), taskJson);
}

int submitResult(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("Submit the result of a claimed task; the market then pays the "
                                 "worker's Lightning Address."));
    const QCommandLineOption answer = textOption("answer", Text::tr("The answer as text."));
    const QCommandLineOption answerJson(QStringLiteral("answer-json"),
                                        Text::tr("The answer as a JSON object."),
                                        QStringLiteral("json"));
    const QCommandLineOption confidence(QStringLiteral("confidence"),
                                        Text::tr("How sure you are, from 0 to 1."),
                                        QStringLiteral("number"));
    const QCommandLineOption proofUrl(QStringLiteral("proof-url"),
                                      Text::tr("Where the proof is (needed by verify, judge and "
                                               "recover tasks)."),
                                      QStringLiteral("url"));
    p.c.parser.addOptions({answer, answerJson, confidence, proofUrl});
    if (auto code = p.start(arguments, 1, 1, Text::tr("a task id")))
        return *code;
    if (p.c.parser.isSet(answer) == p.c.parser.isSet(answerJson))
        return fail(Text::tr("submit needs one of --answer and --answer-json"));
    ProofLayerSubmission submission;
    if (p.c.parser.isSet(answer)) {
        submission.answer = {{QStringLiteral("answer"), p.c.parser.value(answer)}};
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(p.c.parser.value(answerJson).toUtf8());
        if (!doc.isObject())
            return fail(Text::tr("--answer-json needs a JSON object"));
        submission.answer = doc.object();
    }
    bool ok = false;
    submission.confidence = p.c.parser.value(confidence).toDouble(&ok);
    if (!ok)
        return fail(Text::tr("submit needs --confidence, a number from 0 to 1"));
    submission.proofUrl = p.c.parser.value(proofUrl);
    auto me = p.myWorkerId();
    if (!me)
        return p.c.report(me.error());
    return p.show(await(submitProofLayerResult(p.client, p.c.args().first(), *me, submission)),
                  taskJson);
}

int releasePayout(const QStringList &arguments)
{
    ProofLayerCommand p(Text::tr("Pay the worker of a submitted task (again: the market pays "
                                 "once)."));
    if (auto code = p.start(arguments, 1, 1, Text::tr("a task id")))
        return *code;
    return p.show(await(p.client->release(p.c.args().first())), releaseJson);
}

} // namespace

int runProofLayer(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    const QList<std::pair<QString, std::function<int(const QStringList &)>>> subcommands = {
        {QStringLiteral("register"), registerWorker}, {QStringLiteral("profile"), showWorker},
        {QStringLiteral("payouts"), listPayouts},     {QStringLiteral("feed"), listFeed},
        {QStringLiteral("task"), showTask},           {QStringLiteral("contract"), showContract},
        {QStringLiteral("create"), createTask},       {QStringLiteral("claim"), claimTask},
        {QStringLiteral("submit"), submitResult},     {QStringLiteral("release"), releasePayout},
    };
    for (const auto &[name, run] : subcommands)
        if (sub == name)
            return run(arguments);
    return fail(Text::tr("unknown prooflayer command \"%1\" (register, profile, payouts, feed, "
                         "task, contract, create, claim, submit, release)")
                    .arg(sub));
}

} // namespace lw::cli

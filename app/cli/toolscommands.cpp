// SPDX-License-Identifier: GPL-3.0-or-later
// tools: the sats4ai-style L402 tool market. Browse the catalogue, call a tool (paid through
// the gate, jobs followed, push-backs answered), and claim refunds into the wallet.
#include "cliawait.h"
#include "cliledger.h"
#include "commandcontext.h"
#include "commands.h"
#include "output.h"
#include "paidcommand.h"
#include "toolrun.h"
#include "toolsoutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolsCommands)
};

constexpr qint64 maxInputBytes = 1024 * 1024;

//! A JSON object given inline or as @file.
Result<QJsonObject, QString> jsonArgument(const QString &text, const QString &what)
{
    QByteArray bytes = text.toUtf8();
    if (text.startsWith(u'@')) {
        QFile file(text.sliced(1));
        if (!file.open(QIODevice::ReadOnly))
            return lw::fail(Text::tr("%1: cannot read %2").arg(what, file.fileName()));
        bytes = file.read(maxInputBytes + 1);
        if (bytes.size() > maxInputBytes)
            return lw::fail(Text::tr("%1: %2 is larger than 1 MiB").arg(what, file.fileName()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return lw::fail(Text::tr("%1 must be a JSON object").arg(what));
    return doc.object();
}

//! A tools command: its options, the session, the account's client and the catalogue.
class ToolsCommand {
public:
    explicit ToolsCommand(const QString &description)
        : c(description)
    {
        c.parser.addOption(m_account);
    }

    //! Opens the session; with `needsAccount`, the profile's tools account and its client.
    std::optional<int> start(const QStringList &arguments, int args, const QString &help,
                             bool needsAccount)
    {
        if (auto code = c.start(arguments, args, args, help))
            return code;
        if (!needsAccount)
            return std::nullopt;
        auto account = findAccount(c.parser.value(m_account));
        if (!account)
            return c.report(account.error());
        auto gate = c.session().gate();
        if (!gate)
            return c.report(gate.error());
        client = std::make_unique<ToolsClient>(&c.session().http(), *gate, account->baseUrl,
                                               account->id);
        client->setFollowups(&c.session().toolFollowups());
        QObject::connect(client.get(), &ToolsClient::jobProgress,
                         [](const QString &job, int poll, const QString &status) {
                             note(Text::tr("job %1: %2 (poll %3)").arg(job, status).arg(poll));
                         });
        return std::nullopt;
    }

    //! The catalogue, and the tool named `slug` in it.
    std::optional<int> load(const QString &slug = {})
    {
        auto m = await(client->manifest());
        if (!m)
            return c.report(m.error());
        manifest = *m;
        if (slug.isEmpty())
            return std::nullopt;
        service = manifest.find(slug);
        if (!service)
            return c.report(AppError::make(
                AppError::Kind::Invalid,
                Text::tr("The market has no tool \"%1\" (see lightwork-cli tools list).")
                    .arg(slug.left(100))));
        return std::nullopt;
    }

    CommandContext c;
    std::unique_ptr<ToolsClient> client; // declared after c: goes before the session
    ToolsManifest manifest;
    const ToolService *service = nullptr;

private:
    Result<MarketAccount, AppError> findAccount(const QString &name)
    {
        auto all = c.session().accounts().accounts(c.session().profile().id);
        if (!all)
            return lw::fail(all.error());
        QList<MarketAccount> matches;
        for (const MarketAccount &a : *all)
            if (a.kind == MarketKind::L402Tools && (name.isEmpty() || a.name == name))
                matches.append(a);
        if (matches.size() == 1)
            return matches.first();
        return lw::fail(AppError::make(
            AppError::Kind::Invalid,
            matches.isEmpty()
                ? Text::tr("No tools account%1 (see lightwork-cli account add NAME --kind tools "
                           "--url URL).")
                      .arg(name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name))
                : Text::tr("Several tools accounts: choose one with --account.")));
    }

    QCommandLineOption m_account{QStringLiteral("account"),
                                 Text::tr("The tools account (when the profile has several)."),
                                 QStringLiteral("name")};
};

const QCommandLineOption inputOption(QStringLiteral("input"),
                                     QStringLiteral("The request body: JSON, or @file."),
                                     QStringLiteral("json"));
const QCommandLineOption answersOption(QStringLiteral("answers"),
                                       QStringLiteral("Answers by question: JSON, or @file."),
                                       QStringLiteral("json"));
const QCommandLineOption noClaimOption(QStringLiteral("no-refund-claim"),
                                       QStringLiteral("Leave a refund to claim later."));

//! A refund the wallet received, in the ledger (once per invoice).
void recordRefund(CliSession &session, const RefundClaim &claim, qint64 accountId)
{
    if (auto written = recordToolRefund(session.database(), claim, accountId); !written)
        note(Text::tr("The ledger could not be updated: %1").arg(written.error().describe()));
}

void markClaimed(CliSession &session, qint64 journalId, const RefundClaim &claim)
{
    (void)markToolRefundClaimed(session.toolFollowups(), journalId, claim);
}

//! Claims a failed call's refund into the wallet unless told not to; adds what happened.
void settleRefund(ToolsCommand &t, qint64 journalId, const ToolRefund &refund, bool claim,
                  QJsonObject &refundOut)
{
    note(Text::tr("Refund offered: %1 sat for charge %2 (quote the charge id to the market's "
                  "support).")
             .arg(refund.amount.toSatsDecimal(), refund.chargeId));
    if (!isClaimableRefund(refund))
        return;
    auto wallet = t.c.session().requireWallet();
    if (!claim || !wallet) {
        if (!wallet)
            note(wallet.error().message);
        refundOut.insert(QStringLiteral("lnurl_withdraw"), refund.lnurlWithdraw);
        note(Text::tr("Claim it with: lightwork-cli tools refund %1").arg(refund.lnurlWithdraw));
        return;
    }
    auto claimed = await(t.client->claimRefund(refund.lnurlWithdraw, refund.amount, *wallet));
    if (!claimed) {
        refundOut.insert(QStringLiteral("lnurl_withdraw"), refund.lnurlWithdraw);
        refundOut.insert(QStringLiteral("claim_error"), claimed.error().describe());
        note(Text::tr("The refund could not be claimed: %1").arg(claimed.error().describe()));
        return;
    }
    refundOut.insert(QStringLiteral("claim"), claimJson(*claimed));
    recordRefund(t.c.session(), *claimed, t.client->accountId());
    markClaimed(t.c.session(), journalId, *claimed);
    note(claimed->status == RefundClaim::Status::Claimed
             ? Text::tr("Refund of %1 sat received by the wallet.")
                   .arg(claimed->amount.toSatsDecimal())
             : Text::tr("Refund claimed, not yet received (invoice hash %1).")
                   .arg(claimed->paymentHash.toHex()));
}

//! Prints a call's (or a confirmation's) outcome; returns the exit code.
int finish(ToolsCommand &t, const ToolsResult<ToolCallResult> &r, bool claimRefund)
{
    if (!r)
        return reportPaidError(t.c, r.error());
    QJsonObject out = callJson(t.service->slug, *r);
    if (r->payment) {
        recordJournalInLedger(t.c.session(), r->journalId);
        note(Text::tr("Paid %1 sat (journal entry %2).")
                 .arg(r->payment->amount.toSatsDecimal())
                 .arg(r->journalId));
    }
    switch (r->kind) {
    case ToolCallResult::Kind::Finished:
        if (t.c.json())
            printJson(out);
        else
            printOutput(r->output);
        return Success;
    case ToolCallResult::Kind::PushBack:
        emitResult(out, t.c.json());
        note(Text::tr("The market needs answers first; nothing more is paid for them: "
                      "lightwork-cli tools confirm %1 %2 --answers '{\"question\":\"answer\",…}'")
                 .arg(t.service->slug, r->pushBack.sessionId));
        return Success;
    case ToolCallResult::Kind::Failed:
        break;
    }
    note(Text::tr("The tool failed: %1 (%2)").arg(r->failure.message, r->failure.code));
    if (r->failure.refund) {
        QJsonObject refund = out.value(QStringLiteral("refund")).toObject();
        settleRefund(t, r->journalId, *r->failure.refund, claimRefund, refund);
        out.insert(QStringLiteral("refund"), refund);
    } else if (r->payment) {
        note(Text::tr("No refund was offered%1.")
                 .arg(r->failure.refundProblem.isEmpty()
                          ? QString()
                          : QStringLiteral(": %1").arg(r->failure.refundProblem)));
    }
    emitResult(out, t.c.json());
    return Failure;
}

int toolsList(ToolsCommand &t)
{
    if (auto code = t.load())
        return *code;
    // Prices are a convenience: the invoice is checked against the agreed price anyway.
    auto prices = await(t.client->prices(t.manifest));
    const QHash<QString, ToolPrice> known = prices ? *prices : QHash<QString, ToolPrice>();
    if (!t.c.json()) {
        printCatalogue(t.manifest, known);
        return Success;
    }
    QJsonArray services;
    for (const ToolService &s : t.manifest.services) {
        std::optional<ToolPrice> price;
        if (known.contains(s.slug))
            price = known.value(s.slug);
        else if (s.price)
            price = ToolPrice{*s.price, *s.price};
        services.append(serviceJson(s, price));
    }
    printJson({{QStringLiteral("market"), t.manifest.name},
               {QStringLiteral("services"), services},
               {QStringLiteral("skipped"), t.manifest.skipped}});
    return Success;
}

int toolsShow(ToolsCommand &t)
{
    if (auto code = t.load(t.c.args().first()))
        return *code;
    auto schema = await(t.client->schema(*t.service));
    ToolSchema s;
    if (schema) {
        s = *schema;
    } else { // the manifest's copy will do
        s.slug = t.service->slug;
        s.description = t.service->description;
        s.async = t.service->async;
        s.inputSchema = t.service->inputSchema;
        s.price = t.service->price;
    }
    emitResult(schemaJson(s), t.c.json());
    return Success;
}

//! The price to show and agree to (quoteToolPrice), with where it came from.
std::pair<std::optional<MilliSats>, QString> priceOf(ToolsCommand &t)
{
    const ToolQuote quote = await(quoteToolPrice(t.client.get(), t.manifest, *t.service));
    switch (quote.source) {
    case ToolQuote::Source::Estimate:
        return {quote.price, Text::tr("the market's estimate")};
    case ToolQuote::Source::Catalogue:
        return {quote.price, Text::tr("the market's catalogue")};
    case ToolQuote::Source::Models:
        return {quote.price, Text::tr("at most, by the market's models")};
    case ToolQuote::Source::None:
        break;
    }
    return {std::nullopt, QString()};
}

int toolsCall(ToolsCommand &t)
{
    if (!t.c.parser.isSet(inputOption))
        return fail(Text::tr("tools call needs --input JSON (or @file)"));
    const auto body = jsonArgument(t.c.parser.value(inputOption), QStringLiteral("--input"));
    if (!body)
        return fail(body.error());
    if (auto wallet = t.c.session().requireWallet(); !wallet)
        return t.c.report(wallet.error());
    if (auto code = t.load(t.c.args().first()))
        return *code;
    const std::optional<MilliSats> maxSats = t.c.session().options().maxSats;
    const auto [price, source] = priceOf(t);
    if (price)
        note(
            Text::tr("%1 costs %2 sat (%3).").arg(t.service->slug, price->toSatsDecimal(), source));
    if (maxSats && price && *price > *maxSats)
        return t.c.report(AppError::make(
            AppError::Kind::Refused, Text::tr("%1 sat is above --max-sats %2; nothing was sent.")
                                         .arg(price->toSatsDecimal(), maxSats->toSatsDecimal())));
    // What the user accepts: up to --max-sats when given, else the price shown.
    const std::optional<MilliSats> agreed = maxSats ? maxSats : price;
    if (!agreed)
        return t.c.report(AppError::make(
            AppError::Kind::Refused,
            Text::tr("The market states no price for %1; give what you accept with --max-sats.")
                .arg(t.service->slug)));
    auto r = await(t.client->call(*t.service, *body, *agreed));
    return finish(t, r, !t.c.parser.isSet(noClaimOption));
}

int toolsConfirm(ToolsCommand &t)
{
    if (!t.c.parser.isSet(answersOption))
        return fail(Text::tr("tools confirm needs --answers JSON (or @file)"));
    const auto answers = jsonArgument(t.c.parser.value(answersOption), QStringLiteral("--answers"));
    if (!answers)
        return fail(answers.error());
    if (auto code = t.load(t.c.args().first()))
        return *code;
    auto r = await(t.client->confirm(*t.service, t.c.args().at(1), *answers));
    return finish(t, r, !t.c.parser.isSet(noClaimOption));
}

int toolsRefund(ToolsCommand &t)
{
    std::optional<MilliSats> amount;
    if (t.c.parser.isSet(QStringLiteral("amount"))) {
        int code = Success;
        amount =
            t.c.sats(t.c.parser.value(QStringLiteral("amount")), QStringLiteral("--amount"), &code);
        if (!amount)
            return code;
    }
    auto wallet = t.c.session().requireWallet();
    if (!wallet)
        return t.c.report(wallet.error());
    // Any link will do: no market account is needed to receive a refund.
    RefundClaimer claimer(&t.c.session().http(), *wallet);
    auto claimed = await(claimer.claim(t.c.args().first(), amount, Text::tr("Lightwork: refund")));
    if (!claimed)
        return t.c.report(claimed.error());
    emitResult(claimJson(*claimed), t.c.json());
    recordRefund(t.c.session(), *claimed, 0);
    // A link a paid call left to claim later is settled now.
    if (auto open = t.c.session().toolFollowups().open())
        for (const ToolFollowup &f : *open)
            if (f.refund.lnurlWithdraw == t.c.args().first())
                markClaimed(t.c.session(), f.journalId, *claimed);
    if (claimed->status == RefundClaim::Status::Claimed)
        return Success;
    note(Text::tr("The wallet has not received it yet; look for invoice hash %1 in the wallet.")
             .arg(claimed->paymentHash.toHex()));
    return Pending;
}

} // namespace

int runTools(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    ToolsCommand t(Text::tr("The L402 tool market (sats4ai style): list, show, call, confirm, "
                            "refund."));
    t.c.parser.addOptions(
        {inputOption, answersOption, noClaimOption,
         QCommandLineOption(QStringLiteral("amount"), Text::tr("refund: the amount to claim"),
                            QStringLiteral("sats"))});
    struct Shape {
        const char16_t *name;
        int args;
        const char *help;
        bool needsAccount;
        int (*run)(ToolsCommand &);
    };
    static constexpr Shape shapes[] = {
        {u"list", 0, QT_TRANSLATE_NOOP("ToolsCommands", "no arguments"), true, toolsList},
        {u"show", 1, QT_TRANSLATE_NOOP("ToolsCommands", "a tool's name"), true, toolsShow},
        {u"call", 1, QT_TRANSLATE_NOOP("ToolsCommands", "a tool's name"), true, toolsCall},
        {u"confirm", 2, QT_TRANSLATE_NOOP("ToolsCommands", "a tool's name and a session id"), true,
         toolsConfirm},
        {u"refund", 1, QT_TRANSLATE_NOOP("ToolsCommands", "an LNURL-withdraw link"), false,
         toolsRefund},
    };
    for (const Shape &s : shapes) {
        if (sub != QStringView(s.name) && !(sub.isEmpty() && s.run == toolsList))
            continue;
        if (auto code = t.start(arguments, s.args, Text::tr(s.help), s.needsAccount))
            return *code;
        return s.run(t);
    }
    return fail(
        Text::tr("unknown tools command \"%1\" (list, show, call, confirm, refund)").arg(sub));
}

} // namespace lw::cli

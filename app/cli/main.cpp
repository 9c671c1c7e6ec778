// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common/version.h"
#include "decodecommand.h"
#include "output.h"

#include <QCoreApplication>

#include <functional>

using namespace lw;

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usage()
{
    return CliText::tr(
        "usage: lightwork-cli <command> [arguments] [--json] [--data DIR] [--profile NAME]\n"
        "\n"
        "set-up:\n"
        "  profile add|list|use|remove|limits   profiles and their spending limits\n"
        "  wallet add|list|test|default|remove  wallet connections (secret on stdin)\n"
        "  account add|list|remove              market accounts\n"
        "402ai:\n"
        "  topup SATS            top up the account from the wallet (creates it first)\n"
        "  me                    the account and its balance\n"
        "  tasks list|show ID|post --title T --budget SATS [--lightning]\n"
        "  quote TASK --price SATS [--description T] [--lightning]\n"
        "  quote update TASK QUOTE [--price SATS] [--description T]\n"
        "  accept TASK QUOTE [--topup]   escrow from the balance\n"
        "  messages list|send|retry TASK QUOTE [TEXT | ID] [--since ID] [--offline]\n"
        "                        a thread; messages go out once, queued while offline\n"
        "  deliver TASK FILE [--notes T]\n"
        "  deliveries save TASK [--to DIR]   delivered files, names made safe\n"
        "  confirm TASK          release the escrow to the worker\n"
        "  collect [SATS]        earnings to your wallet\n"
        "L402 tools (sats4ai style; an account of --kind tools):\n"
        "  tools list|show TOOL  the catalogue with prices; one tool's input schema\n"
        "  tools call TOOL --input JSON|@file [--no-refund-claim]   pay and run a tool\n"
        "  tools confirm TOOL SESSION --answers JSON|@file   answer a tool's questions\n"
        "  tools refund LNURL    claim a refund into the wallet\n"
        "ProofLayer (prooflayer …):\n"
        "  register --name N --address ADDR [--type human|agent]   become a worker\n"
        "  profile|payouts [WORKER]   a worker (yours by default) and its payouts\n"
        "  feed [--type T] [--worker-type W] [--min-budget SATS]   open tasks\n"
        "  task ID | contract   one task; the market's task types and trust modes\n"
        "  create --type T --title T --budget SATS --question Q …   paid: the budget\n"
        "  claim TASK | submit TASK --answer A --confidence X [--proof-url U] | release TASK\n"
        "paying:\n"
        "  pay <invoice | lightning: link | LNURL | address> [--amount SATS]\n"
        "  journal list          every payment and how it ended\n"
        "  resume                finish payments an interruption left open\n"
        "  ledger [--csv] [--reason R] [--since DATE]   every sat in and out, and why\n"
        "  decode <text | ->     describe an invoice, LNURL, address, L402 challenge, macaroon\n"
        "  version               print the version\n"
        "\n"
        "Before any payment above the profile's threshold the command asks (--yes skips the\n"
        "question; the caps still apply; --max-sats caps one payment). Exit codes: 0 done,\n"
        "1 failed, 2 bad input, 3 refused or declined, 4 payment pending (run resume),\n"
        "5 no keychain, 6 local storage failed.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lightwork"));
    QCoreApplication::setApplicationName(QStringLiteral("lightwork"));
    QCoreApplication::setApplicationVersion(version::string());

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return cli::fail(CliText::tr("no command given (try lightwork-cli help)"));
    const QString command = args.at(1);
    args.removeAt(1); // the command's own parser sees argv[0] and its arguments

    using Runner = std::function<int(QStringList)>;
    const QList<std::pair<QString, Runner>> commands = {
        {QStringLiteral("decode"), cli::runDecode},
        {QStringLiteral("profile"), cli::runProfile},
        {QStringLiteral("wallet"), cli::runWallet},
        {QStringLiteral("account"), cli::runAccount},
        {QStringLiteral("topup"), cli::runTopup},
        {QStringLiteral("me"), cli::runMe},
        {QStringLiteral("tasks"), cli::runTasks},
        {QStringLiteral("quote"), cli::runQuote},
        {QStringLiteral("accept"), cli::runAccept},
        {QStringLiteral("messages"), cli::runMessages},
        {QStringLiteral("deliver"), cli::runDeliver},
        {QStringLiteral("deliveries"), cli::runDeliveries},
        {QStringLiteral("confirm"), cli::runConfirm},
        {QStringLiteral("collect"), cli::runCollect},
        {QStringLiteral("tools"), cli::runTools},
        {QStringLiteral("prooflayer"), cli::runProofLayer},
        {QStringLiteral("pay"), cli::runPay},
        {QStringLiteral("journal"), cli::runJournal},
        {QStringLiteral("resume"), cli::runResume},
        {QStringLiteral("ledger"), cli::runLedger},
    };
    for (const auto &[name, run] : commands)
        if (command == name)
            return run(args);
    if (command == u"version" || command == u"--version") {
        cli::printLine(version::applicationName() + u' ' + version::string());
        return cli::Success;
    }
    if (command == u"help" || command == u"--help" || command == u"-h") {
        cli::printLine(usage());
        return cli::Success;
    }
    return cli::fail(CliText::tr("unknown command \"%1\" (try lightwork-cli help)").arg(command));
}

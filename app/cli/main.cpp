// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"
#include "decodecommand.h"
#include "output.h"

#include <QCoreApplication>

using namespace lw;

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usage()
{
    return CliText::tr("usage: lightwork-cli <command> [arguments]\n"
                       "\n"
                       "commands:\n"
                       "  decode <text | ->   describe an invoice, LNURL, Lightning Address,\n"
                       "                      payment link, L402 challenge or macaroon as JSON\n"
                       "  version             print the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lightwork-cli"));
    QCoreApplication::setApplicationVersion(version::string());

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return cli::fail(CliText::tr("no command given (try lightwork-cli help)"));
    const QString command = args.at(1);
    args.removeAt(1); // the command's own parser sees argv[0] and its arguments

    if (command == u"decode")
        return cli::runDecode(args);
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

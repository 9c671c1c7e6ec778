// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-sandbox: prints one JSON line ({"url": …, …}) once it listens, then serves until
// it is stopped (SIGINT/SIGTERM end it cleanly, so the SQLite file is closed properly).
#include "sandbox.h"
#include "sandboxoptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

// For people trying the sandbox by hand: where everything is and a first round trip.
void printBanner(const QJsonObject &info)
{
    const QString url = info.value(u"url").toString();
    QString text =
        QStringLiteral("\nLightwork sandbox on %1 (regtest, play money)\n"
                       "  402ai, ProofLayer and sats4ai-style tools all answer at that address.\n"
                       "  Admin API: %1/_sandbox/ with header X-Admin-Key: %2\n\nWallets:\n")
            .arg(url, info.value(u"admin_key").toString());
    QString firstPassword;
    for (const QJsonValue &v : info.value(u"wallets").toArray()) {
        const QJsonObject w = v.toObject();
        const QString password = w.value(u"phoenixd").toObject().value(u"password").toString();
        if (firstPassword.isEmpty())
            firstPassword = password;
        text += QStringLiteral("  %1: %2 sat, Lightning Address %3\n"
                               "    phoenixd: %4  password %5\n"
                               "    LNbits:   %6  admin key %7  invoice key %8\n")
                    .arg(w.value(u"name").toString())
                    .arg(w.value(u"balance_sat").toInteger())
                    .arg(w.value(u"lightning_address").toString(),
                         w.value(u"phoenixd").toObject().value(u"url").toString(), password,
                         w.value(u"lnbits").toObject().value(u"url").toString(),
                         w.value(u"lnbits").toObject().value(u"admin_key").toString(),
                         w.value(u"lnbits").toObject().value(u"invoice_key").toString());
    }
    text += QStringLiteral(
                "\nA first round trip (a 402ai top-up paid from the first wallet):\n"
                "  curl -s -X POST %1/api/v1/topup -H 'content-type: application/json' "
                "-d '{\"amount_sats\":1000}'\n"
                "  build/main/app/cli/lightwork-cli decode '<the invoice>'\n"
                "  curl -s -u :%2 -d invoice=<the invoice> %1/phoenixd/payinvoice\n"
                "  curl -s -X POST %1/api/v1/topup/claim -H 'content-type: application/json' "
                "-d '{\"preimage\":\"<paymentPreimage>\"}'\n\n")
                .arg(url, firstPassword);
    std::fputs(qPrintable(text), stderr);
    std::fflush(stderr);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lightwork-sandbox"));
    quitOnSignals(app);

    QString error;
    const auto options = lw::sandbox::parseSandboxOptions(QCoreApplication::arguments(), &error);
    if (!options) {
        const bool usage = error.startsWith(u"Usage");
        std::fprintf(usage ? stdout : stderr, "%s\n", qPrintable(error));
        return usage ? 0 : 2;
    }
    lw::sandbox::Sandbox sandbox(*options);
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "lightwork-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray line = QJsonDocument(sandbox.info()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    if (options->banner)
        printBanner(sandbox.info());
    return QCoreApplication::exec();
}

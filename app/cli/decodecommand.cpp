// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodecommand.h"

#include "inspect/inputinspector.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace lw::cli {

namespace {

struct DecodeText {
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)
};

// stdin is untrusted too: read at most a little more than any valid input could be.
constexpr qint64 maxStdinBytes = 256 * 1024;

} // namespace

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DecodeText::tr("Decode an invoice, LNURL, Lightning Address, "
                                                    "payment link, L402 challenge or macaroon."));
    parser.addPositionalArgument(QStringLiteral("text"),
                                 DecodeText::tr("What to decode, or - to read standard input."));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       DecodeText::tr("Judge expiry at this Unix time."),
                                       QStringLiteral("seconds"));
    parser.addOption(nowOption);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(DecodeText::tr("decode takes exactly one argument (use - for standard input)"));

    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(nowOption)) {
        bool ok = false;
        now = parser.value(nowOption).toLongLong(&ok);
        if (!ok)
            return fail(DecodeText::tr("--now needs a Unix time in seconds"));
    }

    QString text = positional.first();
    if (text == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(DecodeText::tr("cannot read standard input"));
        // A pipe hands data over in pieces: read until end of input or past the limit.
        QByteArray bytes;
        while (bytes.size() <= maxStdinBytes) {
            const QByteArray chunk = in.read(maxStdinBytes + 1 - bytes.size());
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (bytes.size() > maxStdinBytes)
            return fail(DecodeText::tr("the input is too large"));
        text = QString::fromUtf8(bytes);
    }

    const auto result = inspectInput(text, now);
    if (!result)
        return fail(result.error().message);
    printJson(*result);
    return Success;
}

} // namespace lw::cli

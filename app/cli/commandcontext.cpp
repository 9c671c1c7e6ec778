// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "output.h"

#include <QCoreApplication>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
};

} // namespace

CommandContext::CommandContext(const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    m_globals.addTo(parser);
}

std::optional<int> CommandContext::start(const QStringList &arguments, int minArgs, int maxArgs,
                                         const QString &argsHelp)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return int(Success);
    }
    auto options = m_globals.read(parser);
    if (!options)
        return fail(options.error());
    m_options = *options;
    m_args = parser.positionalArguments();
    if (m_args.size() < minArgs || (maxArgs >= 0 && m_args.size() > maxArgs))
        return fail(Text::tr("expected %1").arg(argsHelp));
    auto session = CliSession::open(m_options);
    if (!session)
        return cli::report(session.error(), m_options.json);
    m_session = std::move(*session);
    return std::nullopt;
}

int CommandContext::report(const AppError &error) const
{
    return cli::report(error, m_options.json);
}

std::optional<MilliSats> CommandContext::sats(const QString &text, const QString &what,
                                              int *exitCode) const
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    const auto amount = ok && n > 0 ? MilliSats::fromSats(n) : std::nullopt;
    if (!amount)
        *exitCode = fail(Text::tr("%1 needs a whole number of sats above zero").arg(what));
    return amount;
}

} // namespace lw::cli

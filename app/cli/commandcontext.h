// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisession.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace lw::cli {

//! What every data-folder command does first: parse its options plus the global ones, check
//! the number of arguments, and open the session.
class CommandContext {
public:
    explicit CommandContext(const QString &description);

    QCommandLineParser parser;

    //! nullopt to go on, or the exit code to return (usage error, no keychain, …).
    std::optional<int> start(const QStringList &arguments, int minArgs, int maxArgs,
                             const QString &argsHelp);
    CliSession &session() { return *m_session; }
    const QStringList &args() const { return m_args; }
    bool json() const { return m_options.json; }
    //! Reports an error the way every command does and returns its exit code.
    int report(const AppError &error) const;
    //! A whole number of sats from an option or argument (usage error otherwise).
    std::optional<MilliSats> sats(const QString &text, const QString &what, int *exitCode) const;

private:
    GlobalOptionSet m_globals;
    GlobalOptions m_options;
    QStringList m_args;
    std::unique_ptr<CliSession> m_session;
};

} // namespace lw::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// lightwork-cli run as a person would run it (LW_CLI), for the CLI tests against a sandbox:
// one data folder per person, --json on every command, and the set-up every such person needs.

#include "sandbox/sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace lwtest {

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

//! One person's lightwork-cli: their own data folder, wallet and accounts.
class User {
public:
    explicit User(const QString &dataDir)
        : m_data(dataDir)
    {}

    enum class Output { Json, Text };

    //! `Output::Text`: without --json, what a person reads in a terminal.
    Run run(QStringList args, const QByteArray &input = {}, const QProcessEnvironment &extra = {},
            Output output = Output::Json) const
    {
        args << QStringLiteral("--data") << m_data;
        if (output == Output::Json)
            args << QStringLiteral("--json");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LW_CLI"), args);
        if (!p.waitForStarted(10'000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120'000);
        Run r;
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QString data() const { return m_data; }

    //! Runs `args` with LIGHTWORK_ABORT_AT=`stage`: the process stops at that journal stage.
    Run runAbortingAt(const QStringList &args, const QString &stage) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LIGHTWORK_ABORT_AT"), stage);
        return run(args, {}, env);
    }

    //! Runs a set-up step that must work; the test cannot go on otherwise.
    void setUp(const QStringList &args, const QByteArray &input = {}) const
    {
        const Run r = run(args, input);
        if (r.exitCode != 0)
            qFatal("%s: %s", qPrintable(args.join(u' ')), r.err.constData());
    }

private:
    QString m_data;
};

//! A person in `dataDir` whose profile pays from a new sandbox wallet `walletName` (phoenixd,
//! funded with `walletSats`), asking above `confirmAboveSats` and capped at 100 000 sat.
inline User walletUser(SandboxProcess &sandbox, const QString &dataDir, const QString &walletName,
                       qint64 walletSats, qint64 confirmAboveSats = 100'000)
{
    User u(dataDir);
    const QJsonObject phoenixd =
        sandbox.addWallet(walletName, walletSats).value(u"phoenixd").toObject();
    u.setUp({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("main"),
             QStringLiteral("--url"), phoenixd.value(u"url").toString(),
             QStringLiteral("--network"), QStringLiteral("regtest")},
            phoenixd.value(u"password").toString().toLatin1() + '\n');
    u.setUp({QStringLiteral("profile"), QStringLiteral("limits"), QStringLiteral("--confirm-above"),
             QString::number(confirmAboveSats), QStringLiteral("--per-payment-cap"),
             QStringLiteral("100000")});
    return u;
}

//! A "stage" column with one row per journal stage LIGHTWORK_ABORT_AT can stop a command at.
inline void addAbortStageRows()
{
    QTest::addColumn<QString>("stage");
    for (const char *s : {"after_intent", "after_invoice", "after_paying", "after_wallet_paid",
                          "after_paid", "after_credential_sent", "after_response"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

} // namespace lwtest

//! The run, with its output in the test log when it did not exit 0.
#define RUN_OK(run)                                                                                \
    [&] {                                                                                          \
        const lwtest::Run r_ = (run);                                                              \
        if (r_.exitCode != 0)                                                                      \
            qWarning("exit %d: %s %s", r_.exitCode, r_.err.constData(), r_.out.constData());       \
        return r_;                                                                                 \
    }()

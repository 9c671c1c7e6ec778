// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli against a hostile market: the sandbox tampers its L402 challenges and answers
// (POST /_sandbox/tamper) and another user posts text meant for terminals. Each case must end in
// a clear error, with nothing paid (checked at the sandbox: wallet balances and the request
// log), the journal saying why, and nothing written outside the data folder. Real keychain
// (label keychain, as tst_cli_flow).
#include "cli/cliuser.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString postRoute = u"POST /api/v1/ai-for-hire/tasks"_s;
const QString listRoute = u"GET /api/v1/ai-for-hire/tasks"_s;
const QString payRoute = u"POST /phoenixd/payinvoice"_s;

QJsonObject errorOf(const Run &r)
{
    return r.json().value(u"error").toObject();
}

//! The largest resident size (KB) of any child this test has waited for, -1 where unknown.
qint64 childrenMaxRssKb()
{
#if defined(Q_OS_LINUX)
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        return usage.ru_maxrss;
#endif
    return -1;
}

//! What a terminal would act on: ESC and other C0 controls but newline, C1 controls, bidi
//! controls, zero-width characters, line and paragraph separators.
QStringList rawControls(const QByteArray &output)
{
    static const QRegularExpression pattern(
        u"[\\x{0}-\\x{8}\\x{b}-\\x{1f}\\x{7f}-\\x{9f}\\x{200b}-\\x{200f}\\x{2028}-\\x{202e}"
        u"\\x{2066}-\\x{2069}\\x{061c}\\x{feff}]"_s);
    QStringList found;
    auto it = pattern.globalMatch(QString::fromUtf8(output));
    while (it.hasNext())
        found << u"U+%1"_s.arg(uint(it.next().captured().at(0).unicode()), 4, 16, QChar(u'0'));
    return found;
}

} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    //! HOME, the XDG folders and the working folder of every run: must stay empty.
    QTemporaryDir outside;
    QProcessEnvironment env;
    std::optional<User> payer;

    Run run(const User &u, const QStringList &args) const { return u.run(args, {}, env); }
    //! As run(), without --json: what a person reads in a terminal.
    Run runText(const User &u, const QStringList &args) const
    {
        return u.run(args, {}, env, User::Output::Text);
    }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }
    void clearLog() { sandbox.admin("POST", u"/log/clear"_s); }
    int tasksTitled(const QString &title)
    {
        int n = 0;
        for (const QJsonValue &t :
             sandbox.get(u"/api/v1/ai-for-hire/tasks"_s).json.value(u"tasks").toArray())
            n += t.toObject().value(u"title").toString() == title;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LW_CLI"), "LW_CLI is not set");
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid() && outside.isValid());
        QVERIFY(sandbox.start({u"--wallet"_s, u"funder:1000000"_s}));
        const QDir root(outside.path());
        QVERIFY(root.mkpath(u"home"_s) && root.mkpath(u"cwd"_s));
        env.insert(u"HOME"_s, root.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"home/.config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"home/.cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"home/.local/share"_s));
        env.insert(u"XDG_STATE_HOME"_s, root.filePath(u"home/.local/state"_s));
        QVERIFY(QDir::setCurrent(root.filePath(u"cwd"_s))); // the CLI's working folder

        // A 402ai account with 1 sat: the 50 sat post fee is then asked for by L402.
        payer = walletUser(sandbox, dir.filePath(u"payer"_s), u"payer"_s, 100'000);
        payer->setUp({u"account"_s, u"add"_s, u"ai"_s, u"--url"_s, sandbox.url().toString()});
        payer->setUp({u"topup"_s, u"1"_s});
    }

    // The premise: a tampered challenge carries a real invoice, so wrongly paying it moves sats.
    void tamperedInvoicesArePayable_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<qint64>("sats");
        QTest::newRow("overprice") << u"overprice"_s << qint64(500);
        QTest::newRow("hash_mismatch") << u"hash_mismatch"_s << qint64(50);
        QTest::newRow("wrong_network") << u"wrong_network"_s << qint64(50);
    }
    void tamperedInvoicesArePayable()
    {
        QFETCH(QString, mode);
        QFETCH(qint64, sats);
        QVERIFY(sandbox.tamper({{u"mode"_s, mode}, {u"count"_s, 1}}));
        const auto challenge = sandbox.post(
            u"/api/v1/ai-for-hire/tasks"_s,
            json({{u"title"_s, u"Probe"_s}, {u"description"_s, u"d"_s}, {u"budget_sats"_s, 100}}));
        QCOMPARE(challenge.status, 402);
        const QString invoice = QString::fromLatin1(challenge.header("x-lightning-invoice"));
        QCOMPARE(invoice.startsWith(u"lnbc"_s) && !invoice.startsWith(u"lnbcrt"_s),
                 mode == u"wrong_network");
        const qint64 before = sandbox.walletBalance(u"funder"_s);
        QCOMPARE(sandbox.pay(u"funder"_s, invoice).status, 200);
        QCOMPARE(sandbox.walletBalance(u"funder"_s), before - sats);
    }

    void refusesTamperedChallenges_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason"); // in the message, the JSON error and the journal
        QTest::newRow("10x the price") << u"overprice"_s << u"above_price"_s << u"500 sat"_s;
        QTest::newRow("hash mismatch")
            << u"hash_mismatch"_s << u"hash_mismatch"_s << u"payment hash differs"_s;
        QTest::newRow("expired") << u"expired"_s << u"expired"_s << u"expired"_s;
        QTest::newRow("mainnet invoice") << u"wrong_network"_s << u"wrong_network"_s
                                         << u"for mainnet but the wallet pays on regtest"_s;
        QTest::newRow("no invoice") << u"no_invoice"_s << u"bad_challenge"_s << u"no invoice"_s;
    }
    void refusesTamperedChallenges()
    {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const QString title = u"Tampered "_s + mode;
        const qint64 wallet = sandbox.walletBalance(u"payer"_s);
        const qint64 market = sandbox.walletBalance(u"market-402ai"_s);
        QVERIFY(sandbox.tamper({{u"mode"_s, mode}, {u"count"_s, 1}}));
        clearLog();

        Run r = run(*payer, {u"tasks"_s, u"post"_s, u"--title"_s, title, u"--budget"_s, u"100"_s,
                             u"--lightning"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 3, r.err.constData()); // refused: a check before paying
        const QJsonObject error = errorOf(r);
        QCOMPARE(error.value(u"kind").toString(), u"refused"_s);
        QCOMPARE(error.value(u"code").toString(), code);
        QVERIFY2(error.value(u"message").toString().contains(reason), r.out.constData());
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());

        // Nothing paid: the wallet was never asked, no sat moved, no paid retry, no task.
        QCOMPARE(routeCount(payRoute), 0);
        QCOMPARE(routeCount(postRoute), 1);
        QCOMPARE(sandbox.walletBalance(u"payer"_s), wallet);
        QCOMPARE(sandbox.walletBalance(u"market-402ai"_s), market);
        QCOMPARE(tasksTitled(title), 0);

        // The journal says refused and why, and leaves nothing for resume to pay.
        r = run(*payer, {u"journal"_s, u"list"_s});
        const QJsonObject last = r.json().value(u"entries").toArray().first().toObject();
        QCOMPARE(last.value(u"action").toString(), u"402ai.post_task"_s);
        QCOMPARE(last.value(u"state").toString(), u"abandoned"_s);
        QVERIFY2(last.value(u"error").toString().contains(reason), r.out.constData());
        QCOMPARE(last.value(u"amount_sats").toString(), u"0"_s);
        r = run(*payer, {u"resume"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"resumed").toArray().size(), 0);
        QCOMPARE(routeCount(payRoute), 0);
        QCOMPARE(sandbox.walletBalance(u"payer"_s), wallet);
    }

    void refusesHostileBodies_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("50 MB body") << u"huge_body"_s << u"too_large"_s << u"larger than allowed"_s;
        QTest::newRow("100k nested [")
            << u"nested_json"_s << u"bad_response"_s << u"not a JSON object"_s;
        QTest::newRow("HTML, status 200")
            << u"non_json"_s << u"bad_response"_s << u"not a JSON object"_s;
    }
    void refusesHostileBodies()
    {
        QFETCH(QString, mode);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QCOMPARE(run(*payer, {u"tasks"_s, u"list"_s}).exitCode, 0);
        const qint64 rssBefore = childrenMaxRssKb();
        QVERIFY(sandbox.tamper({{u"mode"_s, mode},
                                {u"count"_s, 1},
                                {u"path"_s, u"/api/v1/ai-for-hire/tasks"_s},
                                {u"method"_s, u"GET"_s}}));
        clearLog();

        QElapsedTimer clock;
        clock.start();
        Run r = run(*payer, {u"tasks"_s, u"list"_s});
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(r.exitCode == 1, r.err.constData()); // the market failed
        QCOMPARE(errorOf(r).value(u"kind").toString(), kind);
        QVERIFY2(errorOf(r).value(u"message").toString().contains(reason), r.out.constData());
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QCOMPARE(routeCount(listRoute), 1);
        // Cut off at once, not after the 30 s request timeout, and without holding the body:
        // the 4 MiB cap and Qt's buffers, not 50 MB.
        QVERIFY2(elapsed < 10'000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        const qint64 rssAfter = childrenMaxRssKb();
        if (rssBefore >= 0)
            QVERIFY2(rssAfter - rssBefore < 16 * 1024,
                     qPrintable(u"peak %1 KB, before %2 KB"_s.arg(rssAfter).arg(rssBefore)));

        // Only that answer was hostile: the next list works, the board is intact.
        r = run(*payer, {u"tasks"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(u"tasks").isArray());
    }

    void remoteTextCannotSteerTheTerminal()
    {
        // Another user, through the market's own API.
        const QByteArray other = sandbox.hireAccount(u"funder"_s, 100);
        const QString title = u"<script>alert(1)</script>\x1b[2J\x1b]0;pwned\x07"
                              u"\u202Egnp.exe\u009B31m\u200B\u2028\u2066end"_s;
        const auto posted = sandbox.post(u"/api/v1/ai-for-hire/tasks"_s,
                                         json({{u"title"_s, title},
                                               {u"description"_s, u"\x1b[31mred\u202E"_s},
                                               {u"budget_sats"_s, 10}}),
                                         {{"x-token", other}});
        QCOMPARE(posted.status, 201);
        const QString taskId = posted.json.value(u"id").toString();

        const Run json = run(*payer, {u"tasks"_s, u"list"_s});
        QCOMPARE(json.exitCode, 0);
        const Run text = runText(*payer, {u"tasks"_s, u"list"_s});
        QCOMPARE(text.exitCode, 0);
        for (const Run *r : {&json, &text}) {
            QVERIFY2(rawControls(r->out).isEmpty(), qPrintable(rawControls(r->out).join(u' ')));
            QVERIFY2(rawControls(r->err).isEmpty(), qPrintable(rawControls(r->err).join(u' ')));
            QVERIFY(r->out.contains("<script>alert(1)</script>")); // markup stays text
        }
        // Escaped, not dropped: the JSON still reads back as exactly what was posted.
        QString listed;
        for (const QJsonValue &t : json.json().value(u"tasks").toArray())
            if (t.toObject().value(u"id").toString() == taskId)
                listed = t.toObject().value(u"title").toString();
        QCOMPARE(listed, title);
        QVERIFY(json.out.contains("\\u001b[2J"));
        QVERIFY(text.out.contains("\\u{001b}[2J"));
        QVERIFY(text.out.contains("\\u{202e}gnp.exe"));
    }

    void nothingWrittenOutsideTheDataFolder()
    {
        QStringList written;
        QDirIterator it(outside.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path != QDir(outside.path()).filePath(u"home"_s)
                && path != QDir(outside.path()).filePath(u"cwd"_s))
                written << path;
        }
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
    }

    void cleanupTestCase()
    {
        QDir::setCurrent(QDir::tempPath());
        QVERIFY(sandbox.stopCleanly());
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"

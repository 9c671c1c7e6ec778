// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace lwtest {

//! Runs one of the npm peer scripts in tests/peers with Node.js and returns its stdout. The peers
//! must be installed (./dev test runs `npm ci`); a missing node or package fails the test.
inline QByteArray runPeer(const QString &script, const QStringList &args,
                          const QByteArray &input = {})
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        QTest::qFail("node is not installed (./dev test installs it)", __FILE__, __LINE__);
        return {};
    }
    const QDir peers(QStringLiteral(LW_PEERS_DIR));
    if (!peers.exists(QStringLiteral("node_modules/bolt11"))) {
        QTest::qFail("npm peers missing: run `npm ci` in tests/peers (./dev test does)", __FILE__,
                     __LINE__);
        return {};
    }
    QProcess process;
    process.setWorkingDirectory(peers.path());
    process.start(node, QStringList{peers.filePath(script)} + args);
    if (!process.waitForStarted(10'000)) {
        QTest::qFail("node did not start", __FILE__, __LINE__);
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 failed: %2")
                           .arg(script, QString::fromUtf8(process.readAllStandardError()))),
            __FILE__, __LINE__);
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace lwtest

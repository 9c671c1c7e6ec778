// SPDX-License-Identifier: GPL-3.0-or-later
// The test bed for keychain integration: a real Secret Service (gnome-keyring inside a private
// D-Bus session, started by ./dev test) that QtKeychain can write to, read back and delete
// from. Secret-store tests build on this; if this fails, they can't mean anything.
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString service = u"org.lightwork.test"_s;

template <typename Job>
QKeychain::Error run(Job &job)
{
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(10'000))
        return QKeychain::OtherError;
    return job.error();
}

} // namespace

class TestKeychainService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writeReadDelete();
};

void TestKeychainService::writeReadDelete()
{
    const QString key = u"probe-"_s + QString::number(QCoreApplication::applicationPid());
    const QByteArray secret("s3cr3t \x00\xff bytes", 16);

    QKeychain::WritePasswordJob write(service);
    write.setAutoDelete(false);
    write.setKey(key);
    write.setBinaryData(secret);
    QCOMPARE(run(write), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(service);
    read.setAutoDelete(false);
    read.setKey(key);
    QCOMPARE(run(read), QKeychain::NoError);
    QCOMPARE(read.binaryData(), secret);

    QKeychain::DeletePasswordJob remove(service);
    remove.setAutoDelete(false);
    remove.setKey(key);
    QCOMPARE(run(remove), QKeychain::NoError);

    QKeychain::ReadPasswordJob gone(service);
    gone.setAutoDelete(false);
    gone.setKey(key);
    QCOMPARE(run(gone), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychainService)
#include "tst_keychain_service.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session,
// started by ./dev test), and, in child processes of this binary, against no keychain at all:
// there it must fail with Unavailable and leave no copy of the secret on disk.
#include "common/crypto.h"
#include "common/hex.h"
#include "secrets/keychainsecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString service = u"org.lightwork.test.secretstore"_s;
const char childFlag[] = "LW_KEYCHAIN_CHILD_SECRET";

template <typename T>
std::optional<T> await(const QFuture<T> &future)
{
    // Spins the event loop, as the GUI thread would: the store never blocks on its own.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20'000) || future.isCanceled())
        return std::nullopt;
    return future.result();
}

template <typename T>
bool succeeded(const std::optional<Result<T, SecretError>> &result)
{
    return result && result->hasValue();
}

QString uniqueKey(const QString &name)
{
    return u"test/"_s + name + u'/' + hex::encode(crypto::randomBytes(6));
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

QString kindName(SecretError::Kind kind)
{
    switch (kind) {
    case SecretError::Kind::NotFound:
        return u"NotFound"_s;
    case SecretError::Kind::Unavailable:
        return u"Unavailable"_s;
    case SecretError::Kind::Denied:
        return u"Denied"_s;
    case SecretError::Kind::Failed:
        return u"Failed"_s;
    }
    return u"?"_s;
}

} // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSucceeds();
    void binaryRoundTrip();
    void emptyValue();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void overwrite();
    void servicesAreSeparate();
    void destroyedStoreCancels();
    void noKeychainMeansUnavailable_data();
    void noKeychainMeansUnavailable();

    //! The child side of noKeychainMeansUnavailable; skipped when run directly.
    void childWithoutKeychain();
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsSet(childFlag))
        return;
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run inside a D-Bus session with gnome-keyring, as ./dev test does");
}

void TestKeychainSecretStore::probeSucceeds()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore store(service);
    QVERIFY(store.isPersistent());
    QCOMPARE(store.service(), service);
    const auto probed = await(store.probe());
    QVERIFY(probed);
    QVERIFY2(*probed, qPrintable(probed->hasValue() ? QString() : probed->error().message));
}

void TestKeychainSecretStore::binaryRoundTrip()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore store(service);
    const QString key = uniqueKey(u"binary"_s);
    const QByteArray secret = QByteArray("\0lead", 5) + allByteValues() + QByteArray("\0", 1);

    const auto written = await(store.write(key, secret));
    QVERIFY(written);
    QVERIFY2(*written, qPrintable(written->hasValue() ? QString() : written->error().message));

    const auto read = await(store.read(key));
    QVERIFY(read && *read);
    QCOMPARE(read->value(), secret);

    // A second store on the same service sees it: it is in the keychain, not in the object.
    KeychainSecretStore again(service);
    const auto readAgain = await(again.read(key));
    QVERIFY(readAgain && *readAgain);
    QCOMPARE(readAgain->value(), secret);

    const auto removed = await(store.remove(key));
    QVERIFY(removed && *removed);
    const auto gone = await(store.read(key));
    QVERIFY(gone && !*gone);
    QCOMPARE(gone->error().kind, SecretError::Kind::NotFound);
}

void TestKeychainSecretStore::emptyValue()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore store(service);
    const QString key = uniqueKey(u"empty"_s);
    const auto written = await(store.write(key, QByteArray()));
    QVERIFY(written && *written);
    const auto read = await(store.read(key));
    QVERIFY(read && *read);
    QVERIFY(read->value().isEmpty());
    QVERIFY(succeeded(await(store.remove(key))));
}

void TestKeychainSecretStore::readMissingIsNotFound()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore store(service);
    const auto read = await(store.read(uniqueKey(u"missing"_s)));
    QVERIFY(read);
    QVERIFY(!*read);
    QCOMPARE(read->error().kind, SecretError::Kind::NotFound);
    QVERIFY(!read->error().message.isEmpty());
}

void TestKeychainSecretStore::removeMissingSucceeds()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore store(service);
    const auto removed = await(store.remove(uniqueKey(u"never-written"_s)));
    QVERIFY(removed);
    QVERIFY2(*removed, qPrintable(removed->hasValue() ? QString() : removed->error().message));
}

void TestKeychainSecretStore::overwrite()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore store(service);
    const QString key = uniqueKey(u"overwrite"_s);
    QVERIFY(succeeded(await(store.write(key, "first"))));
    QVERIFY(succeeded(await(store.write(key, QByteArray("second\0", 7)))));
    const auto read = await(store.read(key));
    QVERIFY(read && *read);
    QCOMPARE(read->value(), QByteArray("second\0", 7));
    QVERIFY(succeeded(await(store.remove(key))));
    // One delete removes it: the overwrite replaced the entry instead of adding another.
    const auto gone = await(store.read(key));
    QVERIFY(gone && !*gone);
    QCOMPARE(gone->error().kind, SecretError::Kind::NotFound);
}

void TestKeychainSecretStore::servicesAreSeparate()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    KeychainSecretStore mine(service);
    KeychainSecretStore theirs(service + u".other"_s);
    const QString key = uniqueKey(u"separate"_s);
    QVERIFY(succeeded(await(mine.write(key, "mine"))));
    const auto read = await(theirs.read(key));
    QVERIFY(read && !*read);
    QCOMPARE(read->error().kind, SecretError::Kind::NotFound);
    QVERIFY(succeeded(await(mine.remove(key))));
}

void TestKeychainSecretStore::destroyedStoreCancels()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    QFuture<SecretRead> pending;
    {
        KeychainSecretStore store(service);
        pending = store.read(uniqueKey(u"pending"_s));
    }
    // The job outlives the store and finishes into nothing; the future ends cancelled.
    QVERIFY(QTest::qWaitFor([&] { return pending.isFinished(); }, 5'000));
    QVERIFY(pending.isCanceled());
    QTest::qWait(200); // let the orphaned job finish and delete itself without crashing
}

void TestKeychainSecretStore::noKeychainMeansUnavailable_data()
{
    QTest::addColumn<bool>("withBus");
    QTest::addColumn<bool>("kwallet");
    QTest::newRow("no session bus") << false << false;
    QTest::newRow("session bus without a Secret Service") << true << false;
    // QtKeychain picks KWallet in a KDE 4 session without asking; its KWallet code is where the
    // plaintext fallback lives, so this is the case that proves it stays off.
    QTest::newRow("KWallet, no session bus") << false << true;
    QTest::newRow("KWallet, session bus without KWallet") << true << true;
}

void TestKeychainSecretStore::noKeychainMeansUnavailable()
{
    if (qEnvironmentVariableIsSet(childFlag))
        QSKIP("child process");
    QFETCH(bool, withBus);
    QFETCH(bool, kwallet);

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString root = scratch.path();
    for (const char *dir : {"home", "data", "config", "cache", "runtime", "services"})
        QVERIFY(QDir(root).mkpath(QString::fromLatin1(dir)));
    QFile::setPermissions(root + u"/runtime"_s,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QByteArray secret = "never-on-disk-" + crypto::randomBytes(16).toHex();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childFlag), QString::fromLatin1(secret.toHex()));
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, root + u"/runtime"_s);
    // Nothing that would steer QtKeychain towards KWallet or let libdbus autolaunch a bus.
    for (const QString &name :
         {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_CURRENT_DESKTOP"_s, u"DESKTOP_SESSION"_s,
          u"KDE_FULL_SESSION"_s, u"KDE_SESSION_VERSION"_s, u"GNOME_DESKTOP_SESSION_ID"_s})
        env.remove(name);
    if (kwallet) {
        env.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
        env.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
    }

    QString program = QCoreApplication::applicationFilePath();
    QStringList arguments{u"childWithoutKeychain"_s};
    if (withBus) {
        const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        if (dbusRunSession.isEmpty())
            QSKIP("dbus-run-session is not installed");
        // A bus of our own whose only service directory is empty, so nothing (gnome-keyring
        // included) can be activated on it.
        const QString config = root + u"/session.conf"_s;
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir="
                   + root.toUtf8() + "/runtime</listen><servicedir>" + root.toUtf8()
                   + "/services</servicedir><auth>EXTERNAL</auth><policy context=\"default\">"
                     "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                     "<allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        arguments.prepend(program);
        arguments.prepend(u"--"_s);
        arguments.prepend(u"--config-file="_s + config);
        program = dbusRunSession;
    } else {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, arguments);
    QVERIFY(child.waitForFinished(60'000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : TestKeychainSecretStore::childWithoutKeychain()"_s),
             qPrintable(output));

    // No plaintext fallback: no file anywhere under the child's home holds the secret.
    const QList<QByteArray> forms = {secret, secret.toBase64(), secret.toHex()};
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(u"secret found in "_s + path));
    }
}

void TestKeychainSecretStore::childWithoutKeychain()
{
    if (!qEnvironmentVariableIsSet(childFlag))
        QSKIP("runs only as a child process of noKeychainMeansUnavailable");
    const QByteArray secret = QByteArray::fromHex(qgetenv(childFlag));
    QVERIFY(!secret.isEmpty());

    // The secret goes first: a store that fell back to a file would leave it for the parent.
    KeychainSecretStore store(service);
    const auto written = await(store.write(u"test/child"_s, secret));
    QVERIFY(written && !*written);
    QCOMPARE(written->error().kind, SecretError::Kind::Unavailable);

    const auto read = await(store.read(u"test/child"_s));
    QVERIFY(read && !*read);
    QCOMPARE(read->error().kind, SecretError::Kind::Unavailable);
    QVERIFY(!read->error().message.isEmpty());

    const auto removed = await(store.remove(u"test/child"_s));
    QVERIFY(removed && !*removed);
    QCOMPARE(removed->error().kind, SecretError::Kind::Unavailable);

    const auto probed = await(store.probe());
    QVERIFY(probed && !*probed);
    qInfo("probe: %s: %s", qPrintable(kindName(probed->error().kind)),
          qPrintable(probed->error().message));
    QCOMPARE(probed->error().kind, SecretError::Kind::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychain_secretstore.moc"

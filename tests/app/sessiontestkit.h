// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Session tests share: the sandbox's wallets, a memory keychain that outlives one
// Session (a restart), the options and the set-up by "Try the sandbox", and waiting for an
// engine future.

#include "enginesession.h"
#include "secrets/memorysecretstore.h"
#include "session.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QStringList>
#include <QTest>

#include <memory>

namespace lwtest {

//! Forwards to a store the test keeps, so a second Session sees the first one's secrets.
class SharedSecretStore : public lw::SecretStore {
public:
    explicit SharedSecretStore(std::shared_ptr<lw::MemorySecretStore> store)
        : m_store(std::move(store))
    {}
    QFuture<lw::SecretWrite> probe() override { return m_store->probe(); }
    QFuture<lw::SecretRead> read(const QString &key) override { return m_store->read(key); }
    QFuture<lw::SecretWrite> write(const QString &key, const QByteArray &value) override
    {
        return m_store->write(key, value);
    }
    QFuture<lw::SecretWrite> remove(const QString &key) override { return m_store->remove(key); }
    bool isPersistent() const override { return true; }

private:
    std::shared_ptr<lw::MemorySecretStore> m_store;
};

template <typename T>
T wait(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

//! True when any file under `dir` holds `needle`.
inline bool folderContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

//! What a test sandbox starts with: the buyer's and the worker's wallets (the ones "Try the
//! sandbox" sets up) and, when asked, bots that post tasks every `botIntervalMs`.
struct SandboxWallets {
    qint64 buyerSats = 1'000'000;
    qint64 workerSats = 100'000;
    int bots = 0;
    int botIntervalMs = 0; //!< 0: the sandbox's own pace
};

//! The arguments for SandboxProcess::start() that give `w`.
inline QStringList sandboxArgs(const SandboxWallets &w = {})
{
    QStringList args{QStringLiteral("--wallet"), QStringLiteral("buyer:%1").arg(w.buyerSats),
                     QStringLiteral("--wallet"), QStringLiteral("worker:%1").arg(w.workerSats)};
    if (w.bots > 0)
        args << QStringLiteral("--bots") << QString::number(w.bots);
    if (w.botIntervalMs > 0)
        args << QStringLiteral("--bot-interval-ms") << QString::number(w.botIntervalMs);
    return args;
}

//! A Session's options: data in `dataDir`, secrets in `store` and, when given, the sandbox at
//! `sandboxUrl` for "Try the sandbox".
inline lw::Session::Options sessionOptions(const QString &dataDir,
                                           std::shared_ptr<lw::MemorySecretStore> store,
                                           const QUrl &sandboxUrl = {},
                                           const QByteArray &sandboxAdminKey = {})
{
    lw::Session::Options o;
    o.dataDir = dataDir;
    o.sandboxUrl = sandboxUrl;
    o.sandboxAdminKey = sandboxAdminKey;
    o.keychain = [store] { return std::make_unique<SharedSecretStore>(store); };
    return o;
}

//! The same, on the running sandbox `sandbox`.
template <typename Sandbox>
lw::Session::Options sandboxOptions(const Sandbox &sandbox, const QString &dataDir,
                                    std::shared_ptr<lw::MemorySecretStore> store)
{
    return sessionOptions(dataDir, std::move(store), sandbox.url(), sandbox.adminKey().toUtf8());
}

//! Waits until `session` has opened its data folder, runs "Try the sandbox" and waits for its
//! end; false, with why in `why`, unless it ended Ready.
inline bool setUpSandbox(lw::Session &session, QString *why)
{
    using State = lw::Session::SetupState;
    if (!QTest::qWaitFor([&] { return session.setupState() == State::NeedsSetup; }, 10'000)) {
        *why = QStringLiteral("the session did not open its data folder");
        return false;
    }
    session.trySandbox();
    (void)QTest::qWaitFor(
        [&] {
            return session.setupState() == State::Ready || session.setupState() == State::Failed;
        },
        120'000);
    if (session.setupState() != State::Ready) {
        *why = session.errorText();
        return false;
    }
    return true;
}

//! A Session with `options`, set up by "Try the sandbox" (its Buyer and Worker profiles); null,
//! with why in `why`, when the set-up did not end Ready.
inline std::unique_ptr<lw::Session> sandboxSession(const lw::Session::Options &options,
                                                   QString *why)
{
    auto session = std::make_unique<lw::Session>(options);
    if (!setUpSandbox(*session, why))
        return nullptr;
    return session;
}

//! The same on the sandbox at `sandbox`, data in `dataDir`, secrets in `store`.
template <typename Sandbox>
std::unique_ptr<lw::Session> sandboxSession(const Sandbox &sandbox, const QString &dataDir,
                                            std::shared_ptr<lw::MemorySecretStore> store,
                                            QString *why)
{
    return sandboxSession(sandboxOptions(sandbox, dataDir, std::move(store)), why);
}

//! Approves every payment the engine would ask about, as the Pay dialog would.
inline void approvePayments(lw::Session &session)
{
    session.engine()->setConfirmer(
        [](const lw::PaymentPrompt &) { return QtFuture::makeReadyFuture(true); });
}

//! Makes `profile` the current one.
inline void useProfile(lw::Session &session, const QString &profile)
{
    session.setCurrentProfile(int(session.profiles().indexOf(profile)));
    QCOMPARE(session.profiles().at(session.currentProfile()), profile);
}

} // namespace lwtest

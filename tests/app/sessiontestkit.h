// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Session tests share: a running sandbox, a memory keychain that outlives one Session
// (a restart), and waiting for an engine future.

#include "enginesession.h"
#include "secrets/memorysecretstore.h"
#include "session.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
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

//! A Session on the sandbox at `sandbox`, set up by "Try the sandbox" (its Buyer and Worker
//! profiles), data in `dataDir`, secrets in `store`; null, with why in `why`, when the set-up
//! did not end Ready.
template <typename Sandbox>
std::unique_ptr<lw::Session> sandboxSession(const Sandbox &sandbox, const QString &dataDir,
                                            std::shared_ptr<lw::MemorySecretStore> store,
                                            QString *why)
{
    using State = lw::Session::SetupState;
    lw::Session::Options o;
    o.dataDir = dataDir;
    o.sandboxUrl = sandbox.url();
    o.sandboxAdminKey = sandbox.adminKey().toUtf8();
    o.keychain = [store] { return std::make_unique<SharedSecretStore>(store); };
    auto session = std::make_unique<lw::Session>(o);
    if (!QTest::qWaitFor([&] { return session->setupState() == State::NeedsSetup; }, 10'000)) {
        *why = QStringLiteral("the session did not open its data folder");
        return nullptr;
    }
    session->trySandbox();
    (void)QTest::qWaitFor(
        [&] {
            return session->setupState() == State::Ready || session->setupState() == State::Failed;
        },
        120'000);
    if (session->setupState() != State::Ready) {
        *why = session->errorText();
        return nullptr;
    }
    return session;
}

} // namespace lwtest

// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include "common/crypto.h"
#include "common/hex.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPromise>
#include <QStringList>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

template <typename T>
using Callback = std::function<void(T)>;

template <typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T>
void settle(QPromise<T> &promise, T value)
{
    promise.addResult(std::move(value));
    promise.finish();
}

SecretError makeError(SecretError::Kind kind, const QString &message)
{
    return SecretError{kind, message};
}

// --- Is there a keychain at all? ------------------------------------------------------------

// The bus names QtKeychain's Linux backends talk to.
bool namesKeychain(const QStringList &names)
{
    static const QStringList services = {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s,
                                         u"org.kde.kwalletd5"_s, u"org.kde.kwalletd"_s};
    for (const QString &service : services)
        if (names.contains(service))
            return true;
    return false;
}

void askBus(const QDBusConnection &bus, const QString &method, QObject *context,
            Callback<std::optional<QStringList>> done)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, method);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5'000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *finished;
                         if (reply.isError())
                             done(std::nullopt);
                         else
                             done(reply.value());
                     });
}

// libsecret reports "no session bus" and "no Secret Service on the bus" as OtherError like any
// other failure; asking the bus itself (asynchronously) tells them apart.
void findKeychainService(QObject *context, Callback<bool> done)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return done(false);
    askBus(bus, u"ListNames"_s, context, [bus, context, done](std::optional<QStringList> names) {
        if (!names)
            return done(false);
        if (namesKeychain(*names))
            return done(true);
        askBus(bus, u"ListActivatableNames"_s, context,
               [done](std::optional<QStringList> activatable) {
                   done(activatable && namesKeychain(*activatable));
               });
    });
}

// --- QKeychain::Error → SecretError ---------------------------------------------------------

void classify(QKeychain::Error error, const QString &backendMessage, const QString &key,
              QObject *context, Callback<SecretError> done)
{
    const auto unavailable = [backendMessage] {
        return makeError(SecretError::Kind::Unavailable,
                         SecretText::tr("No keychain is available to keep secrets (a Secret "
                                        "Service such as GNOME Keyring, or KWallet). The "
                                        "keychain said: %1")
                             .arg(backendMessage));
    };
    const auto failed = [backendMessage] {
        return makeError(SecretError::Kind::Failed,
                         SecretText::tr("The keychain reported an error: %1").arg(backendMessage));
    };

    switch (error) {
    case QKeychain::EntryNotFound:
        return done(
            makeError(SecretError::Kind::NotFound,
                      SecretText::tr("Nothing is stored in the keychain under %1.").arg(key)));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return done(unavailable());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return done(
            makeError(SecretError::Kind::Denied,
                      SecretText::tr("Access to the keychain was denied: %1").arg(backendMessage)));
    case QKeychain::OtherError:
        return findKeychainService(context, [done, unavailable, failed](bool present) {
            done(present ? failed() : unavailable());
        });
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    done(failed());
}

// --- Jobs -----------------------------------------------------------------------------------

// No parent: QtKeychain's backends call back into a job until it finishes, so it must outlive
// the store if need be; it deletes itself after finished. The context drops the callback (and
// with it the promise, which cancels the future) when the store goes first.
template <typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    // The default today, but this must never become a plaintext file in the home directory.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

template <typename Job, typename OnSuccess, typename Value>
void run(Job *job, QObject *context, OnSuccess onSuccess, Callback<Value> done,
         bool missingIsSuccess)
{
    // finished is emitted before the job schedules its own deletion, so job is valid here.
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, context, onSuccess, done, missingIsSuccess] {
                         const QKeychain::Error error = job->error();
                         if (error == QKeychain::NoError
                             || (missingIsSuccess && error == QKeychain::EntryNotFound))
                             return done(onSuccess(job));
                         classify(error, job->errorString(), job->key(), context,
                                  [done](SecretError e) { done(fail(std::move(e))); });
                     });
    job->start();
}

void readSecret(const QString &service, const QString &key, QObject *context,
                Callback<SecretRead> done)
{
    run(
        newJob<QKeychain::ReadPasswordJob>(service, key), context,
        [](QKeychain::ReadPasswordJob *job) { return SecretRead(job->binaryData()); }, done, false);
}

void writeSecret(const QString &service, const QString &key, const QByteArray &value,
                 QObject *context, Callback<SecretWrite> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(service, key);
    // The KWallet backend deletes the entry when handed a null array; store an empty one.
    job->setBinaryData(value.isNull() ? QByteArray("", 0) : value);
    run(
        job, context, [](QKeychain::WritePasswordJob *) { return SecretWrite(SecretDone{}); }, done,
        false);
}

void removeSecret(const QString &service, const QString &key, QObject *context,
                  Callback<SecretWrite> done)
{
    run(
        newJob<QKeychain::DeletePasswordJob>(service, key), context,
        [](QKeychain::DeletePasswordJob *) { return SecretWrite(SecretDone{}); }, done, true);
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return u"org.lightwork.Lightwork"_s;
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QFuture<SecretWrite> KeychainSecretStore::probe()
{
    auto promise = startedPromise<SecretWrite>();
    // A key of its own per probe, so two instances probing at once can't disturb each other.
    const QString key = u"probe/"_s + hex::encode(crypto::randomBytes(8));
    const QByteArray sentinel = crypto::randomBytes(32);
    const QString service = m_service;
    writeSecret(
        service, key, sentinel, this, [this, promise, service, key, sentinel](SecretWrite w) {
            if (!w)
                return settle(*promise, std::move(w));
            readSecret(service, key, this, [this, promise, service, key, sentinel](SecretRead r) {
                // Clean up whatever the read said, then report the first thing that went wrong.
                removeSecret(service, key, this, [promise, r, sentinel](SecretWrite removed) {
                    if (!r)
                        return settle(*promise, SecretWrite(fail(r.error())));
                    if (!crypto::constantTimeEquals(*r, sentinel))
                        return settle(*promise,
                                      SecretWrite(fail(makeError(
                                          SecretError::Kind::Failed,
                                          SecretText::tr("The keychain returned something other "
                                                         "than what was stored in it.")))));
                    settle(*promise, std::move(removed));
                });
            });
        });
    return promise->future();
}

QFuture<SecretRead> KeychainSecretStore::read(const QString &key)
{
    auto promise = startedPromise<SecretRead>();
    readSecret(m_service, key, this, [promise](SecretRead r) { settle(*promise, std::move(r)); });
    return promise->future();
}

QFuture<SecretWrite> KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    auto promise = startedPromise<SecretWrite>();
    writeSecret(m_service, key, value, this,
                [promise](SecretWrite w) { settle(*promise, std::move(w)); });
    return promise->future();
}

QFuture<SecretWrite> KeychainSecretStore::remove(const QString &key)
{
    auto promise = startedPromise<SecretWrite>();
    removeSecret(m_service, key, this,
                 [promise](SecretWrite w) { settle(*promise, std::move(w)); });
    return promise->future();
}

} // namespace lw

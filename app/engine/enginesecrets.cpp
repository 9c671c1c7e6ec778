// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginesecrets.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EngineSecrets)
};

} // namespace

AppError secretError(const SecretError &e)
{
    AppError out = AppError::make(AppError::Kind::Storage, e.message);
    if (e.kind == SecretError::Kind::Unavailable)
        out.code = QStringLiteral("no_keychain");
    else if (e.kind == SecretError::Kind::NotFound)
        out.kind = AppError::Kind::NotFound;
    return out;
}

EngineSecrets::EngineSecrets(std::unique_ptr<SecretStore> store)
    : m_store(std::move(store))
{}

// The store's futures finish on the thread that owns it (the keychain's jobs report on the
// main thread), so these continuations need no context object.
QFuture<Result<QByteArray, AppError>> EngineSecrets::read(const QString &key)
{
    return m_store->read(key).then([](const SecretRead &r) -> Result<QByteArray, AppError> {
        if (!r)
            return lw::fail(secretError(r.error()));
        return *r;
    });
}

QFuture<Result<bool, AppError>> EngineSecrets::write(const QString &key, const QByteArray &value)
{
    using Written = Result<bool, AppError>;
    return m_store->write(key, value)
        .then([this, key, value](const SecretWrite &w) -> QFuture<Written> {
            if (!w)
                return QtFuture::makeReadyFuture(Written(lw::fail(secretError(w.error()))));
            return read(key).then([value](const Result<QByteArray, AppError> &back) -> Written {
                if (!back)
                    return lw::fail(back.error());
                if (*back != value)
                    return lw::fail(
                        AppError::make(AppError::Kind::Storage,
                                       Text::tr("The keychain did not keep the secret.")));
                return true;
            });
        })
        .unwrap();
}

QFuture<Result<bool, AppError>> EngineSecrets::remove(const QString &key)
{
    return m_store->remove(key).then([](const SecretWrite &w) -> Result<bool, AppError> {
        if (!w)
            return lw::fail(secretError(w.error()));
        return true;
    });
}

} // namespace lw

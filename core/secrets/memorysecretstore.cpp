// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

template <typename T>
QFuture<Result<T, SecretError>> ready(Result<T, SecretError> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

QFuture<SecretWrite> done()
{
    return ready<SecretDone>(SecretDone{});
}

} // namespace

QFuture<SecretWrite> MemorySecretStore::probe()
{
    if (m_failure)
        return ready<SecretDone>(fail(*m_failure));
    return done();
}

QFuture<SecretRead> MemorySecretStore::read(const QString &key)
{
    if (m_failure)
        return ready<QByteArray>(fail(*m_failure));
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return ready<QByteArray>(
            fail(SecretError{SecretError::Kind::NotFound,
                             SecretText::tr("No secret is stored under %1.").arg(key)}));
    return ready<QByteArray>(*it);
}

QFuture<SecretWrite> MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    if (m_failure)
        return ready<SecretDone>(fail(*m_failure));
    if (!m_discardWrites)
        m_values.insert(key, value);
    return done();
}

QFuture<SecretWrite> MemorySecretStore::remove(const QString &key)
{
    if (m_failure)
        return ready<SecretDone>(fail(*m_failure));
    m_values.remove(key);
    return done();
}

} // namespace lw

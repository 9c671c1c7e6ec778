// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>

//! Reproducible random test data (seeded generators, so a failure can be replayed).
namespace lwtest {

inline QByteArray randomBlob(QRandomGenerator &rng, qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

//! A random FixedBytes (PaymentHash, PrivateKey, …).
template <typename Bytes>
Bytes randomFixed(QRandomGenerator &rng)
{
    return *Bytes::fromBytes(randomBlob(rng, qsizetype(Bytes::size)));
}

} // namespace lwtest

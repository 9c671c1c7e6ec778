// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QtGlobal>

#include <optional>

namespace lwtest {

//! Runs the event loop until the future has its result (the engine's calls are asynchronous).
template <typename T>
T await(QFuture<T> future, int timeoutMs = 60'000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !done.wait(timeoutMs))
        qFatal("a future never finished");
    return future.result();
}

//! Like await(), but std::nullopt on timeout or when the future ended without a result, for
//! tests that check a call never hangs.
template <typename T>
std::optional<T> tryAwait(QFuture<T> future, int timeoutMs = 30'000)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            done.wait(timeoutMs);
    }
    if (!future.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace lwtest

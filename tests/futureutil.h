// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QtGlobal>

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

} // namespace lwtest

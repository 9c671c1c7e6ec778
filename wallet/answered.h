// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"

#include <QFuture>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>

namespace lw {

//! Runs handler(answer, deliver) once the request ends. The handler runs only while guard
//! lives; otherwise, or when the request was cancelled, fallback is delivered. No continuation
//! ever touches a deleted wallet, and every returned future gets a result.
template <typename T>
QFuture<T> whenAnswered(QFuture<HttpResult> call, QPointer<const QObject> guard, T fallback,
                        std::function<void(const HttpResult &, std::function<void(T)>)> handler)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> out = promise->future();
    std::function<void(T)> deliver = [promise](T value) {
        promise->addResult(std::move(value));
        promise->finish();
    };
    call.then(QtFuture::Launch::Sync,
              [guard, fallback, handler, deliver](QFuture<HttpResult> f) {
                  if (!guard || f.resultCount() == 0)
                      return deliver(fallback);
                  handler(f.result(), deliver);
              })
        .onCanceled([fallback, deliver] { deliver(fallback); });
    return out;
}

//! whenAnswered() for a handler that maps the answer to its result at once.
template <typename T>
QFuture<T> mapAnswer(QFuture<HttpResult> call, QPointer<const QObject> guard, T fallback,
                     std::function<T(const HttpResult &)> mapper)
{
    return whenAnswered<T>(
        std::move(call), std::move(guard), std::move(fallback),
        [mapper](const HttpResult &r, std::function<void(T)> deliver) { deliver(mapper(r)); });
}

} // namespace lw

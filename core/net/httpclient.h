// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace lw {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

//! Caps that hold for every request unless the request narrows them.
struct HttpLimits {
    qint64 maxJsonBytes = 4 * 1024 * 1024;  //!< API answers
    qint64 maxFileBytes = 64 * 1024 * 1024; //!< downloads (deliveries, images)
    int timeoutMs = 30'000;
    int maxRedirects = 5;
};

struct HttpRequest {
    enum class Body { Json, File }; //!< which cap applies to the answer

    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    HeaderList headers; //!< credentials included; dropped when a redirect leaves the origin
    Body expect = Body::Json;
    int timeoutMs = 0; //!< 0: HttpLimits::timeoutMs
    //! A certificate the user pinned for their own node: accepted for this request even when
    //! it is self-signed, and nothing else is.
    std::optional<QSslCertificate> pinnedCertificate;
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    //! For answers that stream (NDJSON): called with each new piece of a 2xx answer's body as it
    //! arrives, once the status is known; other statuses are not streamed. Returning false ends
    //! the request at once with what was received so far, as a value (not an error). The body
    //! cap, the deadline and the final HttpResponse are as for any request.
    std::function<bool(const QByteArray &chunk)> onData;
    //! When this object is destroyed the request ends at once (nothing more is read) with a
    //! Cancelled error: a long-lived stream goes with whatever reads it.
    QPointer<QObject> cancelWith;

    static HttpRequest get(const QUrl &url);
    static HttpRequest json(const QByteArray &method, const QUrl &url, const QJsonDocument &body);
    static HttpRequest form(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

//! An HTTP answer of any status. Header names are lower-case; a repeated header is one entry
//! per line where Qt keeps them apart (it joins some with ", ", which the parsers accept).
struct HttpResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QUrl url; //!< after redirects

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerLines(const QByteArray &name) const;
    //! The body as a JSON object, or an error when it is not one.
    Result<QJsonObject, AppError> jsonObject() const;
    //! The typed error for a non-2xx answer, with the server's code and message read from any
    //! of the envelopes the markets use.
    AppError toError() const;
};

using HttpResult = Result<HttpResponse, AppError>;

//! True for http(s) URLs to 127.0.0.0/8, ::1 or "localhost": the only places plain HTTP may go.
bool isLoopback(const QUrl &url);
//! https anywhere, http only on loopback.
bool isAllowedScheme(const QUrl &url);

//! The one HTTP seam. Every request has a deadline and a body cap; redirects are followed by
//! hand (GET only, never to plain HTTP off loopback, credentials dropped when the origin
//! changes); TLS errors end the request unless the peer shows the pinned certificate.
//! Only GET and HEAD may be sent again by Qt itself; any other method goes out once, on a
//! connection of its own, and a connection lost before the answer is a Network error.
//! The answer of any status is a value; only transport failures are errors.
class HttpClient : public QObject {
    Q_OBJECT

public:
    explicit HttpClient(QNetworkAccessManager *network, HttpLimits limits = {},
                        QObject *parent = nullptr);

    const HttpLimits &limits() const { return m_limits; }
    void setLimits(const HttpLimits &limits) { m_limits = limits; }

    QFuture<HttpResult> send(const HttpRequest &request);

private:
    void start(std::shared_ptr<class PendingCall> call);

    QNetworkAccessManager *m_network;
    HttpLimits m_limits;
};

} // namespace lw

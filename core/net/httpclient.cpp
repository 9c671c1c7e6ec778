// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80)
                  == b.port(b.scheme() == u"https" ? 443 : 80);
}

AppError transportError(AppError::Kind kind, const QString &message)
{
    return AppError::make(kind, message);
}

//! How far Qt's network thread may read ahead of the body cap check.
constexpr qint64 readBufferBytes = 256 * 1024;

//! Reads: the only requests Qt may send again by itself.
//! Whether the certificate behind this reply is one the request may trust: the pinned one, or
//! one the system's CAs vouch for under the URL's host. Checked on every answer, not only at the
//! handshake: Qt reuses a kept-alive connection (and resumes TLS sessions) for the next request
//! to the same host and port, so a certificate excused for one pinned request would otherwise
//! carry over to a request that pins another one, or none.
bool trustedPeer(const HttpRequest &request, const QNetworkReply *reply)
{
    if (request.url.scheme() != u"https")
        return true;
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (chain.isEmpty())
        return false;
    if (request.pinnedCertificate && chain.first() == *request.pinnedCertificate)
        return true;
    return QSslCertificate::verify(chain, request.url.host()).isEmpty();
}

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

//! A request body that Qt reads once and cannot rewind. Qt's HTTP/1 layer sends a request again
//! on its own when the connection ends before the answer: not only on a kept-alive connection
//! the server had closed, but also when the server read the whole request and then closed or
//! reset the connection. It rewinds the body first; when that fails the request ends with
//! ContentReSendError instead, so a change reaches the server at most once.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_read >= m_data.size())
            return -1;
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_read);
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

// One request in flight: the promise, the current reply and what the redirects did to it.
class PendingCall {
public:
    HttpRequest request;
    QPromise<HttpResult> promise;
    QPointer<QNetworkReply> reply;
    QTimer deadline;
    int redirects = 0;
    qint64 uploaded = -1; //!< the last upload progress reported
    bool timedOut = false;
    bool tooLarge = false;
    bool done = false;
    bool stopped = false;       //!< onData asked to stop reading: what was received is the answer
    bool untrustedPeer = false; //!< the connection's certificate is not one this call trusts
    bool peerChecked = false;
    QMetaObject::Connection cancelling; //!< to HttpRequest::cancelWith's destruction

    //! False (and the reply aborted) when the peer is not trusted; checked once per reply.
    bool checkPeer(QNetworkReply *current);
    QByteArray body; //!< what the current reply has delivered so far

    //! Hands a piece of a 2xx body to onData; stops the reply when onData says so.
    void stream(QNetworkReply *current, int status, const QByteArray &chunk)
    {
        if (!request.onData || stopped || chunk.isEmpty() || status < 200 || status >= 300)
            return;
        if (!request.onData(chunk)) {
            stopped = true;
            current->abort();
        }
    }

    void finish(HttpResult result)
    {
        if (done)
            return;
        done = true;
        deadline.stop();
        QObject::disconnect(cancelling);
        promise.addResult(std::move(result));
        promise.finish();
    }
};

bool PendingCall::checkPeer(QNetworkReply *current)
{
    if (!peerChecked) {
        peerChecked = true;
        untrustedPeer = !trustedPeer(request, current);
        if (untrustedPeer)
            current->abort();
    }
    return !untrustedPeer;
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.setHeader("accept", "application/json");
    return r;
}

HttpRequest HttpRequest::json(const QByteArray &method, const QUrl &url, const QJsonDocument &body)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.body = body.toJson(QJsonDocument::Compact);
    r.setHeader("content-type", "application/json");
    r.setHeader("accept", "application/json");
    return r;
}

HttpRequest HttpRequest::form(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(name)),
                           QString::fromUtf8(QUrl::toPercentEncoding(value)));
    r.body = query.query(QUrl::FullyEncoded).toUtf8();
    r.setHeader("content-type", "application/x-www-form-urlencoded");
    return r;
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    headers.removeIf([&](const auto &h) { return h.first.toLower() == lower; });
    headers.append(qMakePair(lower, value));
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[n, v] : headers)
        if (n.toLower() == lower)
            return v;
    return {};
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = headerLines(name);
    return lines.isEmpty() ? QByteArray() : lines.join(", ");
}

QList<QByteArray> HttpResponse::headerLines(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    QList<QByteArray> out;
    for (const auto &[n, v] : headers)
        if (n == lower)
            out.append(v);
    return out;
}

Result<QJsonObject, AppError> HttpResponse::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        AppError e = AppError::make(AppError::Kind::BadResponse,
                                    Text::tr("The server's answer is not a JSON object."));
        e.httpStatus = status;
        return fail(e);
    }
    return doc.object();
}

AppError HttpResponse::toError() const
{
    using Kind = AppError::Kind;
    AppError e;
    e.httpStatus = status;
    if (status == 401 || status == 403) {
        e.kind = Kind::Unauthorised;
        e.message = status == 401 ? Text::tr("The server did not accept the credentials.")
                                  : Text::tr("The server does not allow this action.");
    } else if (status == 402) {
        e.kind = Kind::PaymentRequired;
        e.message = Text::tr("The server asks for a payment.");
    } else if (status == 404) {
        e.kind = Kind::NotFound;
        e.message = Text::tr("The server does not know this item.");
    } else if (status == 409) {
        e.kind = Kind::Conflict;
        e.message = Text::tr("The item is not in a state that allows this action.");
    } else if (status == 429) {
        e.kind = Kind::RateLimited;
        e.message = Text::tr("Too many requests; the server asks to slow down.");
    } else if (status >= 500) {
        e.kind = Kind::Server;
        e.message = Text::tr("The server failed (HTTP %1).").arg(status);
    } else if (status >= 400) {
        e.kind = Kind::Invalid;
        e.message = Text::tr("The server refused the request (HTTP %1).").arg(status);
    } else {
        e.kind = Kind::BadResponse;
        e.message = Text::tr("Unexpected HTTP status %1.").arg(status);
    }

    // The envelopes seen: 402ai {"error":{"code","message"}}, sats4ai {"error","error_code"},
    // ProofLayer {"error"}, FastAPI {"detail"}, LNbits {"detail"}; phoenixd answers plain text.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(u"error");
        if (error.isObject()) {
            e.code = error.toObject().value(u"code").toString();
            e.serverMessage = error.toObject().value(u"message").toString();
        } else if (error.isString()) {
            e.serverMessage = error.toString();
        }
        if (o.value(u"error_code").isString())
            e.code = o.value(u"error_code").toString();
        if (e.serverMessage.isEmpty() && o.value(u"detail").isString())
            e.serverMessage = o.value(u"detail").toString();
        if (e.serverMessage.isEmpty() && o.value(u"message").isString())
            e.serverMessage = o.value(u"message").toString();
        if (e.serverMessage.isEmpty() && o.value(u"reason").isString())
            e.serverMessage = o.value(u"reason").toString();
    } else if (!body.isEmpty() && body.size() <= 2048 && !body.contains('<')) {
        e.serverMessage = QString::fromUtf8(body).trimmed();
    }
    e.code.truncate(100);
    e.serverMessage.truncate(500);
    return e;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedScheme(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && isLoopback(url);
}

HttpClient::HttpClient(QNetworkAccessManager *network, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{}

QFuture<HttpResult> HttpClient::send(const HttpRequest &request)
{
    auto call = std::make_shared<PendingCall>();
    call->request = request;
    call->promise.start();
    QFuture<HttpResult> future = call->promise.future();
    if (!isAllowedScheme(request.url)) {
        call->finish(fail(transportError(
            AppError::Kind::Insecure,
            Text::tr("Refusing %1: only HTTPS is allowed, except to this computer.")
                .arg(request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)))));
        return future;
    }
    const int timeout = request.timeoutMs > 0 ? request.timeoutMs : m_limits.timeoutMs;
    call->deadline.setSingleShot(true);
    call->deadline.setInterval(timeout);
    QObject::connect(&call->deadline, &QTimer::timeout, this, [call] {
        call->timedOut = true;
        if (call->reply)
            call->reply->abort();
    });
    call->deadline.start();
    if (request.cancelWith) {
        call->cancelling = QObject::connect(request.cancelWith, &QObject::destroyed, this, [call] {
            call->finish(fail(
                AppError::make(AppError::Kind::Cancelled, Text::tr("The request was cancelled."))));
            if (call->reply)
                call->reply->abort();
        });
    }
    start(call);
    return future;
}

void HttpClient::start(std::shared_ptr<PendingCall> call)
{
    const HttpRequest &r = call->request;
    QNetworkRequest nr(r.url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    // 402 answers must never come from or go into a cache.
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : r.headers)
        nr.setRawHeader(name, value);
    if (!r.body.isEmpty() || r.method != "GET")
        nr.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());

    QNetworkReply *reply = nullptr;
    if (isIdempotent(r.method)) {
        reply = m_network->sendCustomRequest(nr, r.method, r.body);
    } else {
        // Whether to send a change again is the journal's decision, never the transport's: the
        // body can be read once (with the length known, Qt streams it instead of buffering a
        // rewindable copy). So that this does not fail requests that never reached the server,
        // a change always goes out on a new connection rather than on a kept-alive one the
        // server may be closing: a peer verify name (the host itself, so TLS checks the same
        // name) puts it in a connection pool of its own, "Connection: close" ends that
        // connection after the answer, and the pool is dropped once idle.
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        nr.setPeerVerifyName(r.url.host());
        nr.setRawHeader("connection", "close");
        nr.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
        auto *body = new OneShotBody(r.body, nullptr);
        reply = m_network->sendCustomRequest(nr, r.method, body);
        body->setParent(reply);
    }
    call->reply = reply;
    call->peerChecked = false; // a redirect's new reply is checked again
    call->untrustedPeer = false;
    const qint64 cap =
        r.expect == HttpRequest::Body::File ? m_limits.maxFileBytes : m_limits.maxJsonBytes;
    // Qt reads on its own thread and reports progress at most every 100 ms: unthrottled, a fast
    // server fills memory with a body of any size before a progress check can stop it. A read
    // buffer throttles that thread, and readyRead drains it into the call, up to the cap. Qt 6.4
    // drops a size set before the request has started, which for a request sent with a body
    // device (all of them here) is a turn of the event loop later: it is set again then.
    call->body.clear();
    reply->setReadBufferSize(readBufferBytes);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(readBufferBytes); }, Qt::QueuedConnection);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [call, reply, cap] {
        if (!call->checkPeer(reply))
            return;
        const QByteArray chunk = reply->read(cap + 1 - call->body.size());
        call->body += chunk;
        if (call->body.size() > cap) {
            call->tooLarge = true;
            reply->abort();
            return;
        }
        if (call->request.onData)
            call->stream(reply, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         chunk);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [call, reply, cap](qint64 received, qint64 total) {
                         if (received > cap || total > cap) {
                             call->tooLarge = true;
                             reply->abort();
                         }
                     });
    if (r.uploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [call](qint64 sent, qint64) {
            // The size is known here; Qt reports a streamed body's total as what it sent so far,
            // and (0, 0) once the reply is done, which would read as the upload starting over.
            if (sent <= call->uploaded || !call->request.uploadProgress)
                return;
            call->uploaded = sent;
            call->request.uploadProgress(sent, call->request.body.size());
        });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [call, reply](const QList<QSslError> &errors) {
                         // Only the certificate the user pinned may excuse errors, and only
                         // when the peer presents exactly that certificate.
                         if (call->request.pinnedCertificate && !errors.isEmpty()
                             && reply->sslConfiguration().peerCertificate()
                                    == *call->request.pinnedCertificate) {
                             reply->ignoreSslErrors(errors);
                         }
                     });
    // Before any of the body is read or streamed.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply,
                     [call, reply] { call->checkPeer(reply); });
    QObject::connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        reply->deleteLater();
        if (call->done)
            return;
        const QUrl url = call->request.url;
        if (call->untrustedPeer
            || (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
                && !call->checkPeer(reply))) {
            call->finish(fail(
                transportError(AppError::Kind::Tls,
                               Text::tr("%1 presented a certificate that is not the trusted one.")
                                   .arg(url.host()))));
            return;
        }
        if (call->tooLarge) {
            call->finish(fail(transportError(
                AppError::Kind::TooLarge,
                Text::tr("The answer from %1 is larger than allowed.").arg(url.host()))));
            return;
        }
        if (call->timedOut && !call->stopped) {
            call->finish(fail(transportError(
                AppError::Kind::Timeout, Text::tr("%1 did not answer in time.").arg(url.host()))));
            return;
        }
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError netError = reply->error();
        if (!statusAttr.isValid()) {
            const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
            // Qt wanted to send a change again (see OneShotBody), or the connection ended under
            // it: the server may have acted on it.
            if (!isIdempotent(call->request.method)
                && (netError == QNetworkReply::ContentReSendError
                    || netError == QNetworkReply::RemoteHostClosedError)) {
                call->finish(fail(transportError(
                    AppError::Kind::Network,
                    Text::tr("The connection to %1 ended before the answer; the request may "
                             "have reached the server.")
                        .arg(url.host()))));
                return;
            }
            call->finish(fail(transportError(
                tls ? AppError::Kind::Tls : AppError::Kind::Network,
                tls ? Text::tr("The secure connection to %1 failed: %2")
                          .arg(url.host(), reply->errorString())
                    : Text::tr("Could not reach %1: %2").arg(url.host(), reply->errorString()))));
            return;
        }
        HttpResponse response;
        response.status = statusAttr.toInt();
        response.url = url;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.append(qMakePair(name.toLower(), value));
        const qint64 bodyCap = call->request.expect == HttpRequest::Body::File
                                   ? m_limits.maxFileBytes
                                   : m_limits.maxJsonBytes;
        response.body = std::exchange(call->body, {});
        // A stopped stream ends with what onData was given; the rest is not read.
        const QByteArray rest =
            call->stopped ? QByteArray() : reply->read(bodyCap + 1 - response.body.size());
        response.body += rest;
        if (response.body.size() > bodyCap) {
            call->finish(fail(transportError(
                AppError::Kind::TooLarge,
                Text::tr("The answer from %1 is larger than allowed.").arg(url.host()))));
            return;
        }

        const bool redirect = response.status == 301 || response.status == 302
                              || response.status == 303 || response.status == 307
                              || response.status == 308;
        if (!redirect) {
            call->stream(reply, response.status, rest);
            call->finish(std::move(response));
            return;
        }
        // Only reads follow redirects: re-sending a POST somewhere else could repeat a paid
        // action.
        const QUrl target = url.resolved(QUrl::fromEncoded(response.header("location")));
        if (call->request.method != "GET" || ++call->redirects > m_limits.maxRedirects) {
            AppError e = response.toError();
            e.kind = AppError::Kind::BadResponse;
            e.message = Text::tr("The server redirected a request that is not followed.");
            call->finish(fail(e));
            return;
        }
        if (!isAllowedScheme(target)) {
            call->finish(fail(transportError(
                AppError::Kind::Insecure,
                Text::tr("Refusing a redirect to %1: only HTTPS is allowed.")
                    .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)))));
            return;
        }
        if (!sameOrigin(url, target)) {
            // Credentials belong to the origin they were given for.
            call->request.headers.removeIf([](const auto &h) {
                const QByteArray n = h.first.toLower();
                return n != "accept" && n != "content-type" && n != "user-agent";
            });
            call->request.pinnedCertificate.reset();
        }
        call->request.url = target;
        start(call);
    });
}

} // namespace lw

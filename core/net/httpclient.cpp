// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

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

} // namespace

// One request in flight: the promise, the current reply and what the redirects did to it.
class PendingCall {
public:
    HttpRequest request;
    QPromise<HttpResult> promise;
    QPointer<QNetworkReply> reply;
    QTimer deadline;
    int redirects = 0;
    bool timedOut = false;
    bool tooLarge = false;
    bool done = false;

    void finish(HttpResult result)
    {
        if (done)
            return;
        done = true;
        deadline.stop();
        promise.addResult(std::move(result));
        promise.finish();
    }
};

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

    QNetworkReply *reply = m_network->sendCustomRequest(nr, r.method, r.body);
    call->reply = reply;
    const qint64 cap =
        r.expect == HttpRequest::Body::File ? m_limits.maxFileBytes : m_limits.maxJsonBytes;

    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [call, reply, cap](qint64 received, qint64 total) {
                         if (received > cap || total > cap) {
                             call->tooLarge = true;
                             reply->abort();
                         }
                     });
    if (r.uploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                         [call](qint64 sent, qint64 total) {
                             if (call->request.uploadProgress)
                                 call->request.uploadProgress(sent, total);
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
    QObject::connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        reply->deleteLater();
        if (call->done)
            return;
        const QUrl url = call->request.url;
        if (call->tooLarge) {
            call->finish(fail(transportError(
                AppError::Kind::TooLarge,
                Text::tr("The answer from %1 is larger than allowed.").arg(url.host()))));
            return;
        }
        if (call->timedOut) {
            call->finish(fail(transportError(
                AppError::Kind::Timeout, Text::tr("%1 did not answer in time.").arg(url.host()))));
            return;
        }
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError netError = reply->error();
        if (!statusAttr.isValid()) {
            const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
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
        response.body = reply->read(bodyCap + 1);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/nwcclient.h"

#include "nostr/nip04.h"
#include "nostr/nostrevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NwcWallet)
};

constexpr int kindInfo = 13194;
constexpr int kindRequest = 23194;
constexpr int kindResponse = 23195;
constexpr int kindNotificationNip04 = 23196;
constexpr int kindNotificationNip44 = 23197;
constexpr qint64 sinceSlackSeconds = 10;
constexpr qsizetype maxListItems = 64;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

//! A space, comma or bar separated list from the wallet, capped (Alby split on /[ |,]/).
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,|]+"_s);
    QStringList out = text.left(4096).split(separators, Qt::SkipEmptyParts);
    if (out.size() > maxListItems)
        out.resize(maxListItems);
    return out;
}

//! Every value of the tags named `name`, split into words.
QStringList tagWords(const nostr::Event &event, QStringView name)
{
    QStringList out;
    for (const QStringList &tag : event.tags)
        if (!tag.isEmpty() && tag.first() == name)
            for (qsizetype i = 1; i < tag.size(); ++i)
                out += splitList(tag.at(i));
    return out;
}

Result<NwcCapabilities, AppError> capabilitiesOf(const nostr::Event &info)
{
    NwcCapabilities caps;
    caps.methods = splitList(info.content);
    caps.notifications = tagWords(info, u"notifications");
    const bool hasTag = std::any_of(info.tags.cbegin(), info.tags.cend(), [](const QStringList &t) {
        return !t.isEmpty() && t.first() == u"encryption";
    });
    const QStringList schemes = tagWords(info, u"encryption");
    if (!hasTag || schemes.contains(u"nip44_v2"_s))
        caps.nip44 = hasTag; // no tag: a service from before negotiation, NIP-04 only
    else if (!schemes.contains(u"nip04"_s))
        return fail(AppError::make(AppError::Kind::Invalid,
                                   Text::tr("The wallet offers no encryption Lightwork supports "
                                            "(NIP-44 v2 or NIP-04).")));
    return caps;
}

NwcReply replyOf(NwcReply::Status status, const QString &detail)
{
    NwcReply r;
    r.status = status;
    r.detail = detail;
    return r;
}

} // namespace

NwcClient::NwcClient(const NwcUri &uri, RelayOptions options, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
    , m_pool(new RelayPool(uri.relays, options, this))
{
    m_clientPubkey = nostr::xOnlyPublicKey(m_uri.secret).value_or(nostr::XOnlyKey());
    m_conversationKey = nostr::nip44::conversationKey(m_uri.secret, m_uri.walletPubkey);
    m_sharedX = nostr::sharedX(m_uri.secret, m_uri.walletPubkey);
    m_pool->setAuthSigner([this](const QUrl &relay, const QString &challenge) {
        // NIP-42 with the connection key, never an identity key.
        return signedEvent(22242, {{u"relay"_s, relay.toString()}, {u"challenge"_s, challenge}},
                           QString());
    });
    connect(m_pool, &RelayPool::eventReceived, this, &NwcClient::onEvent);
    connect(m_pool, &RelayPool::endOfStoredEvents, this, &NwcClient::onEose);
    connect(m_pool, &RelayPool::published, this, &NwcClient::onPublished);
    connect(m_pool, &RelayPool::eventSent, this, [this](const QString &eventId) {
        for (Pending &p : m_pending)
            if (p.eventId == eventId)
                p.sent = true;
    });
}

NwcClient::~NwcClient()
{
    const QStringList ids = m_pending.keys();
    for (const QString &subId : ids) {
        const bool sent = m_pending.value(subId).sent;
        finish(subId, replyOf(sent ? NwcReply::Status::TimedOut : NwcReply::Status::NotSent,
                              Text::tr("The wallet connection was closed before the answer "
                                       "arrived.")));
    }
    if (m_discovery) {
        for (const auto &p : std::as_const(m_discovery->waiting)) {
            p->addResult(fail(AppError::make(AppError::Kind::Cancelled,
                                             Text::tr("The wallet connection was closed."))));
            p->finish();
        }
    }
}

void NwcClient::start()
{
    if (m_started)
        return;
    m_started = true;
    m_pool->open();
    capabilities();
}

QString NwcClient::nextSubId(const QString &prefix)
{
    return prefix + u'-' + QString::number(++m_counter) + u'-' + m_clientPubkey.toHex().left(8);
}

QFuture<Result<NwcCapabilities, AppError>> NwcClient::capabilities()
{
    using Out = Result<NwcCapabilities, AppError>;
    start();
    if (m_caps)
        return QtFuture::makeReadyFuture(Out(*m_caps));
    auto promise = std::make_shared<QPromise<Out>>();
    promise->start();
    if (!m_discovery) {
        m_discovery.emplace();
        m_discovery->subId = nextSubId(u"nwc-info"_s);
        m_discovery->timer = new QTimer(this);
        m_discovery->timer->setSingleShot(true);
        connect(m_discovery->timer, &QTimer::timeout, this, &NwcClient::finishDiscovery);
        m_discovery->timer->start(m_infoTimeout);
        m_pool->subscribe(m_discovery->subId,
                          QJsonObject{{u"kinds"_s, QJsonArray{kindInfo}},
                                      {u"authors"_s, QJsonArray{m_uri.walletPubkey.toHex()}},
                                      {u"limit"_s, 1}});
    }
    m_discovery->waiting.append(promise);
    return promise->future();
}

void NwcClient::finishDiscovery()
{
    if (!m_discovery)
        return;
    Discovery d = std::move(*m_discovery);
    m_discovery.reset();
    d.timer->deleteLater();
    m_pool->unsubscribe(d.subId);
    Result<NwcCapabilities, AppError> out = fail(AppError::make(
        m_pool->connectedCount() == 0 ? AppError::Kind::Network : AppError::Kind::Timeout,
        m_pool->connectedCount() == 0
            ? Text::tr("None of the wallet connection's relays could be reached.")
            : Text::tr("The wallet has not published what it offers (NIP-47 info event) on "
                       "its relays. Check that the wallet is online and the connection still "
                       "exists.")));
    if (d.best) {
        const auto event = nostr::Event::fromJson(*d.best);
        if (event)
            out = capabilitiesOf(*event);
    }
    if (out) {
        m_caps = *out;
        if (!m_caps->notifications.isEmpty() && m_notificationSubId.isEmpty()) {
            m_notificationsNip44 = m_caps->nip44;
            m_notificationSubId = nextSubId(u"nwc-note"_s);
            const int kind = m_notificationsNip44 ? kindNotificationNip44 : kindNotificationNip04;
            m_pool->subscribe(m_notificationSubId,
                              QJsonObject{{u"kinds"_s, QJsonArray{kind}},
                                          {u"authors"_s, QJsonArray{m_uri.walletPubkey.toHex()}},
                                          {u"#p"_s, QJsonArray{m_clientPubkey.toHex()}}},
                              nowSeconds() - sinceSlackSeconds);
        }
    }
    for (const auto &p : std::as_const(d.waiting)) {
        p->addResult(out);
        p->finish();
    }
}

void NwcClient::onEvent(const QString &subId, const QJsonObject &json)
{
    if (m_discovery && subId == m_discovery->subId) {
        const auto event = nostr::Event::fromJson(json);
        if (!event || event->pubkey != m_uri.walletPubkey || event->kind != kindInfo)
            return;
        const QString id = event->id.toHex();
        // Replaceable: the newest wins, the lowest id on a tie (NIP-01).
        if (event->createdAt > m_discovery->bestCreatedAt
            || (event->createdAt == m_discovery->bestCreatedAt && id < m_discovery->bestId)) {
            m_discovery->best = json;
            m_discovery->bestCreatedAt = event->createdAt;
            m_discovery->bestId = id;
        }
        return;
    }
    if (subId == m_notificationSubId)
        return onNotification(json);
    if (m_pending.contains(subId))
        onResponse(subId, json);
}

void NwcClient::onEose(const QString &subId, int remaining)
{
    if (m_discovery && subId == m_discovery->subId && (remaining == 0 || m_discovery->best))
        finishDiscovery();
}

QFuture<NwcReply> NwcClient::request(const QString &method, const QJsonObject &params,
                                     std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<QPromise<NwcReply>>();
    promise->start();
    QFuture<NwcReply> out = promise->future();
    const QString subId = nextSubId(u"nwc-r"_s);
    // Holds the promise until the request is sent (then m_pending holds it).
    Pending pending;
    pending.method = method;
    pending.params = params;
    pending.promise = promise;
    m_pending.insert(subId, pending);
    QPointer<NwcClient> guard(this);
    capabilities().then(QtFuture::Launch::Sync, [guard, subId, method, params, timeout](
                                                    QFuture<Result<NwcCapabilities, AppError>> f) {
        if (!guard || !guard->m_pending.contains(subId))
            return;
        if (f.resultCount() == 0 || !f.result())
            return guard->finish(subId, replyOf(NwcReply::Status::NotSent,
                                                f.resultCount() == 0 ? Text::tr("Cancelled.")
                                                                     : f.result().error().message));
        guard->send(subId, method, params, timeout, *f.result());
    });
    return out;
}

void NwcClient::send(const QString &subId, const QString &method, const QJsonObject &params,
                     std::chrono::milliseconds timeout, const NwcCapabilities &caps)
{
    const QByteArray plaintext =
        QJsonDocument(QJsonObject{{u"method"_s, method}, {u"params"_s, params}})
            .toJson(QJsonDocument::Compact);
    if (plaintext.size() > maxRequestBytes)
        return finish(subId, replyOf(NwcReply::Status::NotSent,
                                     Text::tr("The request is too large for NIP-47.")));
    const auto content = encrypt(plaintext, caps.nip44);
    if (!content)
        return finish(subId, replyOf(NwcReply::Status::NotSent,
                                     Text::tr("The request could not be encrypted.")));
    const qint64 created = nowSeconds();
    // The wallet must ignore the request once we have stopped waiting for it (NIP-40).
    const qint64 expiration = created + (timeout.count() + 999) / 1000 + 1;
    QList<QStringList> tags{{u"p"_s, m_uri.walletPubkey.toHex()}};
    if (caps.nip44)
        tags.append({u"encryption"_s, u"nip44_v2"_s});
    tags.append({u"expiration"_s, QString::number(expiration)});
    auto event = signedEvent(kindRequest, tags, *content);
    if (!event)
        return finish(subId, replyOf(NwcReply::Status::NotSent,
                                     Text::tr("The request could not be signed.")));
    Pending &p = m_pending[subId];
    p.eventId = event->value(u"id").toString();
    p.nip44 = caps.nip44;
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, subId] {
        const bool sent = m_pending.value(subId).sent;
        finish(subId,
               sent ? replyOf(NwcReply::Status::TimedOut,
                              Text::tr("The wallet did not answer in time."))
                    : replyOf(NwcReply::Status::NotSent,
                              Text::tr("No relay of the wallet connection could be reached.")));
    });
    p.timer->start(timeout);
    // Subscribe first: the response is ephemeral and reaches only subscriptions already open.
    m_pool->subscribe(subId,
                      QJsonObject{{u"kinds"_s, QJsonArray{kindResponse}},
                                  {u"authors"_s, QJsonArray{m_uri.walletPubkey.toHex()}},
                                  {u"#p"_s, QJsonArray{m_clientPubkey.toHex()}},
                                  {u"#e"_s, QJsonArray{p.eventId}}},
                      created - sinceSlackSeconds);
    m_pool->publish(*event, subId);
}

void NwcClient::onPublished(const QString &eventId, bool accepted, const QString &message)
{
    if (accepted)
        return;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->eventId == eventId) {
            // Every relay refused it, so the wallet cannot have seen it.
            return finish(
                it.key(),
                replyOf(NwcReply::Status::NotSent,
                        Text::tr("The relays refused the request: %1").arg(message.left(200))));
        }
    }
}

void NwcClient::onResponse(const QString &subId, const QJsonObject &json)
{
    const Pending p = m_pending.value(subId);
    const auto event = nostr::Event::fromJson(json);
    // Anything not signed by the wallet for this request is someone else's: ignore it.
    if (!event || event->pubkey != m_uri.walletPubkey || event->kind != kindResponse
        || event->tagValue(u"e") != p.eventId || event->tagValue(u"p") != m_clientPubkey.toHex())
        return;
    const auto unreadable = [&](const QString &why) {
        finish(subId, replyOf(NwcReply::Status::Unreadable, why));
    };
    const auto plaintext = decrypt(event->content, p.nip44);
    if (!plaintext)
        return unreadable(Text::tr("The wallet's answer could not be decrypted."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*plaintext, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(Text::tr("The wallet's answer is not a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(u"result_type").toString() != p.method)
        return unreadable(Text::tr("The wallet answered a different request (%1 instead of %2).")
                              .arg(o.value(u"result_type").toString().left(40), p.method));
    NwcReply reply;
    reply.status = NwcReply::Status::Answered;
    const QJsonValue err = o.value(u"error");
    if (err.isObject()) {
        const QJsonObject e = err.toObject();
        reply.errorCode = e.value(u"code").toString();
        reply.errorMessage = e.value(u"message").toString().left(500);
        if (reply.errorCode.isEmpty())
            reply.errorCode = u"OTHER"_s;
    } else if (!err.isNull() && !err.isUndefined()) {
        return unreadable(Text::tr("The wallet's answer has an unreadable error field."));
    } else if (o.value(u"result").isObject()) {
        reply.result = o.value(u"result").toObject();
    } else {
        return unreadable(Text::tr("The wallet's answer has neither a result nor an error."));
    }
    if (reply.errorCode == u"UNSUPPORTED_ENCRYPTION" && retryWithFreshInfo(subId, reply))
        return;
    finish(subId, reply);
}

bool NwcClient::retryWithFreshInfo(const QString &subId, const NwcReply &refusal)
{
    // The wallet no longer takes what its info event said when it was read: read it again, so
    // this and every later request use what it offers now.
    m_caps.reset();
    const auto it = m_pending.find(subId);
    // A refused payment is not sent again here: the caller learns it was not made, and its
    // next attempt reads the new offer.
    if (it == m_pending.end() || it->retried || it->method == u"pay_invoice" || !it->timer)
        return false;
    Pending p = *it;
    m_pending.erase(it);
    const std::chrono::milliseconds left(qMax(1, p.timer->remainingTime()));
    p.timer->deleteLater();
    p.timer = nullptr;
    m_pool->unsubscribe(subId);
    m_pool->forget(p.eventId);
    const bool usedNip44 = p.nip44;
    p.eventId.clear();
    p.sent = false;
    p.retried = true;
    const QString next = nextSubId(u"nwc-r"_s);
    m_pending.insert(next, p);
    QPointer<NwcClient> guard(this);
    capabilities().then(QtFuture::Launch::Sync, [guard, next, usedNip44, refusal, left](
                                                    QFuture<Result<NwcCapabilities, AppError>> f) {
        if (!guard || !guard->m_pending.contains(next))
            return;
        // Same scheme again (or no offer at all): the refusal stands.
        if (f.resultCount() == 0 || !f.result() || f.result()->nip44 == usedNip44)
            return guard->finish(next, refusal);
        const Pending &pending = guard->m_pending[next];
        guard->send(next, pending.method, pending.params, left, *f.result());
    });
    return true;
}

void NwcClient::onNotification(const QJsonObject &json)
{
    const auto event = nostr::Event::fromJson(json);
    const int kind = m_notificationsNip44 ? kindNotificationNip44 : kindNotificationNip04;
    if (!event || event->pubkey != m_uri.walletPubkey || event->kind != kind
        || event->tagValue(u"p") != m_clientPubkey.toHex())
        return;
    const auto plaintext = decrypt(event->content, m_notificationsNip44);
    if (!plaintext)
        return;
    const QJsonObject o = QJsonDocument::fromJson(*plaintext).object();
    const QString type = o.value(u"notification_type").toString();
    const QJsonObject body = o.value(u"notification").toObject();
    if (type.isEmpty() || body.isEmpty())
        return;
    Q_EMIT notificationReceived(type, body);
}

void NwcClient::finish(const QString &subId, NwcReply reply)
{
    const auto it = m_pending.find(subId);
    if (it == m_pending.end())
        return;
    const Pending p = *it;
    m_pending.erase(it);
    if (p.timer)
        p.timer->deleteLater();
    if (!p.eventId.isEmpty()) {
        m_pool->unsubscribe(subId);
        m_pool->forget(p.eventId); // never sent again once its request is over
    }
    p.promise->addResult(std::move(reply));
    p.promise->finish();
}

std::optional<QString> NwcClient::encrypt(const QByteArray &plaintext, bool nip44) const
{
    if (nip44) {
        if (!m_conversationKey)
            return std::nullopt;
        const auto r = nostr::nip44::encrypt(plaintext, *m_conversationKey);
        return r ? std::optional<QString>(*r) : std::nullopt;
    }
    if (!m_sharedX)
        return std::nullopt;
    const auto r = nostr::nip04::encrypt(plaintext, *m_sharedX);
    return r ? std::optional<QString>(*r) : std::nullopt;
}

std::optional<QByteArray> NwcClient::decrypt(const QString &payload, bool nip44First) const
{
    // Alby Hub answers some errors in NIP-44 whatever the request used (nwc.md §3.7).
    for (const bool nip44 : {nip44First, !nip44First}) {
        if (nip44 && m_conversationKey) {
            if (const auto r = nostr::nip44::decrypt(payload, *m_conversationKey))
                return *r;
        } else if (!nip44 && m_sharedX) {
            if (const auto r = nostr::nip04::decrypt(payload, *m_sharedX))
                return *r;
        }
    }
    return std::nullopt;
}

std::optional<QJsonObject> NwcClient::signedEvent(int kind, QList<QStringList> tags,
                                                  const QString &content) const
{
    nostr::Event event;
    event.pubkey = m_clientPubkey;
    event.createdAt = nowSeconds();
    event.kind = kind;
    event.tags = std::move(tags);
    event.content = content;
    const auto signedEvent = nostr::signEvent(std::move(event), m_uri.secret);
    if (!signedEvent)
        return std::nullopt;
    return signedEvent->toJson();
}

} // namespace lw

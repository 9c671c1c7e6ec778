// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushsocket.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PushSocket)
};

using Kind = AppError::Kind;

// A connection open this long worked, even if nothing was pushed on it.
constexpr qint64 workedMs = 10'000;

bool allowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme() == u"wss" || (url.scheme() == u"ws" && isLoopback(url));
}

// Counts the handling of one socket signal, so that a receiver deleting the PushSocket meanwhile
// leaves the socket to the event loop rather than deleting it under Qt's feet. The count is
// shared: it outlives a PushSocket deleted while its signal is handled.
class InSignal {
public:
    explicit InSignal(std::shared_ptr<int> depth)
        : m_depth(std::move(depth))
    {
        ++*m_depth;
    }
    ~InSignal() { --*m_depth; }
    InSignal(const InSignal &) = delete;
    InSignal &operator=(const InSignal &) = delete;

private:
    std::shared_ptr<int> m_depth;
};

} // namespace

PushSocket::PushSocket(QNetworkRequest request, QByteArrayList secrets, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_secrets(std::move(secrets))
    , m_options(options)
    , m_delay(options.firstDelay)
{
    m_retry.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    m_pongTimer.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PushSocket::open);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        ended(AppError::make(Kind::Timeout, Text::tr("The wallet did not open its event feed in "
                                                     "time.")),
              false);
    });
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        ended(AppError::make(Kind::Timeout, Text::tr("The wallet's event feed stopped answering.")),
              false);
    });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && !m_pongTimer.isActive()) {
            m_socket->ping();
            m_pongTimer.start(m_options.pongTimeout);
        }
    });
}

PushSocket::~PushSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    socket->disconnect(this);
    socket->abort();
    // Inside one of its signals (a receiver deleted the wallet), Qt still uses it afterwards.
    if (*m_signalDepth > 0) {
        // The application owns it until the event loop deletes it (or, at exit, its end does).
        socket->setParent(QCoreApplication::instance());
        socket->deleteLater();
    } else {
        delete socket;
    }
}

void PushSocket::start()
{
    if (m_state == State::Connecting || m_state == State::Connected || m_retry.isActive())
        return;
    m_delay = m_options.firstDelay;
    open();
}

void PushSocket::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    m_options.firstDelay = std::max(first, std::chrono::milliseconds(1));
    m_options.mostDelay = std::max(most, m_options.firstDelay);
    m_delay = m_options.firstDelay;
}

void PushSocket::open()
{
    if (m_socket)
        return;
    if (!allowed(m_request.url())) {
        m_error = AppError::make(Kind::Insecure,
                                 Text::tr("The wallet's event feed needs wss://; plain ws:// is "
                                          "only allowed to this computer."));
        setState(State::Refused);
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this] {
        const InSignal guard(m_signalDepth);
        onConnected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const InSignal guard(m_signalDepth);
        onText(text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        m_pongTimer.stop(); // alive, but no feed sends binary: nothing to pass on
    });
    connect(socket, &QWebSocket::pong, this, [this] { m_pongTimer.stop(); });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        const InSignal guard(m_signalDepth);
        onDisconnected();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                const InSignal guard(m_signalDepth);
                onError();
            });
    ++m_attempts;
    m_heard = false;
    setState(State::Connecting);
    m_connectTimer.start(m_options.connectTimeout);
    socket->open(m_request);
}

void PushSocket::onConnected()
{
    m_connectTimer.stop();
    m_opened.start();
    ++m_connections;
    m_error = AppError();
    m_pingTimer.start(m_options.pingInterval);
    setState(State::Connected);
    Q_EMIT connected(m_connections > 1);
}

void PushSocket::onText(const QString &text)
{
    m_pongTimer.stop(); // any message shows the peer is alive
    m_heard = true;
    Q_EMIT message(text);
}

void PushSocket::onDisconnected()
{
    if (!m_socket)
        return;
    const auto code = m_socket->closeCode();
    const QString reason = scrubbed(m_socket->closeReason().left(200));
    if (code == QWebSocketProtocol::CloseCodePolicyViolated) {
        AppError e = AppError::make(
            Kind::Unauthorised, Text::tr("The wallet refused its event feed: %1")
                                    .arg(reason.isEmpty() ? Text::tr("no reason given") : reason));
        e.serverMessage = reason;
        ended(e, true);
        return;
    }
    ended(AppError::make(Kind::Network,
                         reason.isEmpty()
                             ? Text::tr("The wallet's event feed was closed (code %1).").arg(code)
                             : Text::tr("The wallet's event feed was closed: %1").arg(reason)),
          false);
}

void PushSocket::onError()
{
    if (!m_socket)
        return;
    const QString text = scrubbed(m_socket->errorString().left(300));
    // Qt 6.4 reports a refused handshake only in words: "Unhandled http status code: 401 (…)".
    static const QRegularExpression refusal(u"\\b(401|403)\\b"_s);
    if (m_state == State::Connecting && refusal.match(text).hasMatch()) {
        ended(AppError::make(Kind::Unauthorised,
                             Text::tr("The wallet did not accept the credentials for its event "
                                      "feed.")),
              true);
        return;
    }
    ended(AppError::make(Kind::Network, Text::tr("The wallet's event feed failed: %1").arg(text)),
          false);
}

void PushSocket::ended(const AppError &error, bool refused)
{
    dropSocket();
    m_error = error;
    if (refused) {
        setState(State::Refused);
        return;
    }
    const bool worked = m_heard || (m_opened.isValid() && m_opened.elapsed() > workedMs);
    m_opened.invalidate();
    if (worked)
        m_delay = m_options.firstDelay;
    m_retry.start(m_delay);
    if (!worked)
        m_delay = std::min(m_delay * 2, m_options.mostDelay);
    setState(State::Waiting);
}

void PushSocket::dropSocket()
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater(); // possibly inside its own signal
}

void PushSocket::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString PushSocket::scrubbed(QString text) const
{
    for (const QByteArray &secret : m_secrets)
        if (!secret.isEmpty())
            text.replace(QString::fromUtf8(secret), u"••••"_s);
    return text;
}

} // namespace lw

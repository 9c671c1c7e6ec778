// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "handoffmessage.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcHandOff, "lightwork.singleinstance")

// A slow or silent peer gets this long to send its whole message.
constexpr int readTimeoutMs = 3000;
// Connections beyond this are refused until earlier ones finish or time out.
constexpr int maxOpenConnections = 8;

QString dataFolderKey()
{
    // The data folder the app and the command-line tool share (EngineSession::defaultDataDir).
    const QString folder = qEnvironmentVariable("LIGHTWORK_DATA");
    if (folder.isEmpty())
        return {};
    const QByteArray path = QDir::cleanPath(QDir(folder).absolutePath()).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

//! One incoming hand-off: reads a single message, acknowledges it and closes.
class HandOffConnection : public QObject {
    Q_OBJECT

public:
    HandOffConnection(QLocalSocket *socket, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(handoff::maxMessageBytes + 16);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HandOffConnection::timedOut);
        connect(m_socket, &QLocalSocket::readyRead, this, &HandOffConnection::read);
        connect(m_socket, &QLocalSocket::disconnected, this, &HandOffConnection::finish);
    }

    //! Call once the signals are connected: bytes may already be waiting.
    void start()
    {
        m_timer.start(readTimeoutMs);
        read();
    }

Q_SIGNALS:
    void received(const QStringList &arguments);
    void finished();

private:
    void read()
    {
        if (m_done)
            return;
        const QByteArray bytes = m_socket->readAll();
        if (bytes.isEmpty())
            return;
        switch (m_reader.feed(bytes)) {
        case handoff::Reader::State::NeedMore:
            return;
        case handoff::Reader::State::Invalid:
            drop("malformed or oversized");
            return;
        case handoff::Reader::State::Complete:
            m_done = true;
            m_socket->write(handoff::ack);
            m_socket->flush();
            m_socket->disconnectFromServer();
            Q_EMIT received(m_reader.arguments());
            return;
        }
    }

    void timedOut()
    {
        if (!m_done) {
            drop("timed out");
            return;
        }
        // Acknowledged, but the peer never closed its end.
        m_socket->abort();
        finish();
    }

    void drop(const char *why)
    {
        if (m_done)
            return;
        m_done = true;
        // The content is never logged: it may be an invoice or anything else.
        qCWarning(lcHandOff, "dropped a message from another launch: %s", why);
        m_socket->abort();
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        Q_EMIT finished();
        deleteLater();
    }

    QLocalSocket *m_socket;
    QTimer m_timer;
    handoff::Reader m_reader;
    bool m_done = false;
    bool m_finished = false;
};

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
    // Only this user may connect (the runtime folder is private too).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    m_server.setMaxPendingConnections(maxOpenConnections);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    QString name = u"lightwork-"_s + QString::number(::getuid());
    if (const QString key = dataFolderKey(); !key.isEmpty())
        name += u'-' + key;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (handOff(arguments)) {
        case HandOff::Delivered:
            return Role::Secondary;
        case HandOff::NoAnswer:
            qCWarning(lcHandOff, "a running instance did not accept the arguments");
            return Role::Failed;
        case HandOff::NoInstance:
            break;
        }
        if (listen())
            return Role::Primary;
        // Another launch may have won the race between the probe and listen(): try it again.
    }
    qCWarning(lcHandOff, "cannot listen for later launches: %s",
              qUtf8Printable(m_server.errorString()));
    return Role::Failed;
}

SingleInstance::HandOff SingleInstance::handOff(const QStringList &arguments, int timeoutMs) const
{
    const QByteArray message = handoff::encode(arguments);
    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return HandOff::NoInstance;
    if (message.isEmpty()) {
        // Too large to send: the running instance is raised, the arguments are not passed on.
        qCWarning(lcHandOff, "arguments too large to hand over; ignoring them");
        socket.write(handoff::encode({}));
    } else {
        socket.write(message);
    }
    QByteArray answer;
    while (answer.size() < qsizetype(sizeof handoff::ack) - 1 && !deadline.hasExpired()) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(deadline.remainingTime()));
        else if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.readAll();
    }
    return answer.startsWith(handoff::ack) ? HandOff::Delivered : HandOff::NoAnswer;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_serverName))
        return true;
    if (m_server.serverError() != QAbstractSocket::AddressInUseError || someoneAnswers())
        return false;
    // A socket file nobody answers on is left over from a killed instance.
    qCInfo(lcHandOff, "removing a stale socket from an earlier instance");
    QLocalServer::removeServer(m_serverName);
    return m_server.listen(m_serverName);
}

bool SingleInstance::someoneAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool connected = probe.waitForConnected(1000);
    probe.abort();
    return connected;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (m_openConnections >= maxOpenConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_openConnections;
        auto *connection = new HandOffConnection(socket, this);
        connect(connection, &HandOffConnection::received, this, &SingleInstance::argumentsReceived);
        connect(connection, &HandOffConnection::finished, this, [this] { --m_openConnections; });
        connection->start();
    }
}

} // namespace lw

#include "singleinstance.moc"

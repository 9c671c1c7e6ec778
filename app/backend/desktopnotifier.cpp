// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "lightwork.notify")

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;

QString oneLine(const QString &text, qsizetype limit)
{
    QString out = text.simplified();
    if (out.size() > limit)
        out = out.left(limit - 1) + u'…';
    return out;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{}

QString DesktopNotifier::summaryText(const QString &text)
{
    return oneLine(text, summaryLimit);
}

QString DesktopNotifier::bodyText(const QString &text, bool serverReadsMarkup)
{
    const QString plain = oneLine(text, bodyLimit);
    // The spec's markup is a small HTML subset: escaped, "<b>" stays text.
    return serverReadsMarkup ? plain.toHtmlEscaped() : plain;
}

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
    if (m_state == State::Disabled)
        return;
    const Pending note{summary, body};
    if (m_state == State::Ready) {
        send(note);
        return;
    }
    if (m_queue.size() < queueLimit)
        m_queue.append(note);
    if (m_state == State::Unknown)
        probe();
}

void DesktopNotifier::probe()
{
    if (!m_bus.isConnected()) {
        disable(u"no session bus"_s);
        return;
    }
    setState(State::Probing);
    const QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, service, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            disable(reply.error().name());
            return;
        }
        m_markup = reply.value().contains(u"body-markup"_s);
        setState(State::Ready);
        flush();
    });
}

void DesktopNotifier::flush()
{
    const QList<Pending> queued = std::exchange(m_queue, {});
    for (const Pending &note : queued)
        send(note);
}

void DesktopNotifier::send(const Pending &note)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"lightwork"_s},
                            {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    call << u"Lightwork"_s << uint(0) << u"lightwork"_s << summaryText(note.summary)
         << bodyText(note.body, m_markup) << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (!reply.isError()) {
            Q_EMIT shown(reply.value());
            return;
        }
        const QDBusError::ErrorType type = reply.error().type();
        if (type == QDBusError::ServiceUnknown || type == QDBusError::NoReply
            || type == QDBusError::Timeout || type == QDBusError::Disconnected)
            disable(reply.error().name());
        else
            qCDebug(lcNotify) << "notification refused:" << reply.error().name();
    });
}

void DesktopNotifier::disable(const QString &why)
{
    if (m_state == State::Disabled)
        return;
    // Error names only: a message could echo what was sent.
    qCInfo(lcNotify) << "desktop notifications are off:" << why;
    m_queue.clear();
    setState(State::Disabled);
}

void DesktopNotifier::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace lw

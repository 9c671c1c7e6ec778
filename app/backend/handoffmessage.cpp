// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoffmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace lw::handoff {

namespace {

constexpr qsizetype prefixBytes = 4;

} // namespace

QByteArray encode(const QStringList &arguments)
{
    if (arguments.size() > maxArguments)
        return {};
    const QByteArray body =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    if (body.size() > maxMessageBytes)
        return {};
    QByteArray out(prefixBytes, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

Reader::State Reader::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state = State::Invalid; // nothing may follow a message
    m_buffer += bytes;
    if (m_buffer.size() > prefixBytes + maxMessageBytes)
        return m_state = State::Invalid;
    if (m_buffer.size() < prefixBytes)
        return m_state;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length == 0 || length > quint32(maxMessageBytes))
        return m_state = State::Invalid;
    if (m_buffer.size() < prefixBytes + qsizetype(length))
        return m_state;
    if (m_buffer.size() > prefixBytes + qsizetype(length))
        return m_state = State::Invalid;
    return m_state = parse();
}

Reader::State Reader::parse()
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(m_buffer.mid(prefixBytes), &error);
    m_buffer.clear();
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return State::Invalid;
    const QJsonArray array = document.array();
    if (array.size() > maxArguments)
        return State::Invalid;
    QStringList arguments;
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return State::Invalid;
        arguments << value.toString();
    }
    m_arguments = arguments;
    return State::Complete;
}

} // namespace lw::handoff

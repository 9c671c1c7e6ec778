// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace lw::handoff {

//! Largest message a second launch may send (prefix excluded). Anything larger is dropped.
inline constexpr qsizetype maxMessageBytes = 64 * 1024;
//! More arguments than this is not a desktop launch; the message is dropped.
inline constexpr qsizetype maxArguments = 64;
//! What the running instance answers once it has taken the arguments.
inline constexpr char ack[] = "ok";

//! Frames `arguments` as a 4-byte big-endian length followed by a UTF-8 JSON array of strings.
//! Returns an empty array when the message would exceed the caps.
QByteArray encode(const QStringList &arguments);

//! Reads one framed message from untrusted bytes as they arrive. Anything that is not exactly
//! one well-formed message within the caps ends in Invalid, and stays there.
class Reader {
public:
    enum class State { NeedMore, Complete, Invalid };

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    //! The arguments once Complete; empty otherwise.
    QStringList arguments() const { return m_arguments; }

private:
    State parse();

    QByteArray m_buffer;
    QStringList m_arguments;
    State m_state = State::NeedMore;
};

} // namespace lw::handoff

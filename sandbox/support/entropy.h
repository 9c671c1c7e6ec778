// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace lw::sandbox {

//! Where ids, tokens, preimages and keys come from: OpenSSL's generator normally, a seeded one
//! with `--seed` so that two sandboxes given the same requests give the same answers. (The
//! sandbox only ever holds play money.)
class Entropy {
public:
    //! `boot` counts the starts of one data folder, so a restarted seeded sandbox continues with
    //! fresh values instead of repeating the ids it already handed out.
    Entropy(std::optional<quint64> seed, quint32 boot);

    QByteArray bytes(qsizetype count);
    QString uuid();
    //! prefix + URL-safe base64 of byteCount random bytes, like Python's secrets.token_urlsafe.
    QString token(const QString &prefix, qsizetype byteCount = 32);
    QString hex(qsizetype byteCount);
    bool isSeeded() const { return m_seeded.has_value(); }

private:
    std::optional<QRandomGenerator> m_seeded;
};

} // namespace lw::sandbox

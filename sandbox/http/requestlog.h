// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace lw::sandbox {

//! Every request the sandbox saw, for tests that count round trips (`GET /_sandbox/log`).
class RequestLog {
public:
    struct Entry {
        qint64 seq = 0;
        QString time;
        QString method;
        QString path;
        QString route; //!< "METHOD pattern", or "METHOD path" when nothing matched
        int status = 0;
        QString fault;
        //! Hex SHA-256 of the request body (empty without one): tests compare a paid retry's
        //! body with the first request's without the log holding the bodies themselves.
        QString bodySha256;
    };

    //! Returns the entry's sequence number, to set its status later.
    qint64 add(Entry entry);
    void setStatus(qint64 seq, int status);
    void clear();
    QJsonObject toJson(qsizetype lastN) const;

private:
    static constexpr qsizetype maxEntries = 20'000;
    QList<Entry> m_entries;
    QMap<QString, qint64> m_counts;
    qint64 m_nextSeq = 1;
    qint64 m_firstSeq = 1;
};

} // namespace lw::sandbox

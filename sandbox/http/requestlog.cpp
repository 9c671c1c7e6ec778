// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include <QJsonArray>

namespace lw::sandbox {

qint64 RequestLog::add(Entry entry)
{
    entry.seq = m_nextSeq++;
    m_counts[entry.route] += 1;
    m_entries.append(entry);
    if (m_entries.size() > maxEntries) {
        m_entries.removeFirst();
        ++m_firstSeq;
    }
    return entry.seq;
}

void RequestLog::setStatus(qint64 seq, int status)
{
    const qint64 index = seq - m_firstSeq;
    if (index >= 0 && index < m_entries.size())
        m_entries[index].status = status;
}

void RequestLog::clear()
{
    m_firstSeq += m_entries.size();
    m_entries.clear();
    m_counts.clear();
}

QJsonObject RequestLog::toJson(qsizetype lastN) const
{
    QJsonArray requests;
    for (qsizetype i = qMax<qsizetype>(0, m_entries.size() - lastN); i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        QJsonObject o{{QStringLiteral("seq"), e.seq},       {QStringLiteral("time"), e.time},
                      {QStringLiteral("method"), e.method}, {QStringLiteral("path"), e.path},
                      {QStringLiteral("route"), e.route},   {QStringLiteral("status"), e.status}};
        if (!e.fault.isEmpty())
            o.insert(QStringLiteral("fault"), e.fault);
        if (!e.bodySha256.isEmpty())
            o.insert(QStringLiteral("body_sha256"), e.bodySha256);
        requests.append(o);
    }
    QJsonObject counts;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        counts.insert(it.key(), it.value());
    return {{QStringLiteral("total"), m_nextSeq - 1},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("requests"), requests}};
}

} // namespace lw::sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/marketcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MarketCache)
};

AppError storageError(const QString &what, const QSqlQuery &q)
{
    AppError e = AppError::make(AppError::Kind::Storage,
                                Text::tr("The local cache could not be %1.").arg(what));
    e.serverMessage = q.lastError().text();
    return e;
}

// Every stored field, length-prefixed so no two different items share a byte string.
QByteArray fingerprint(const CacheItem &item)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &s) {
        const QByteArray b = s.toUtf8();
        const qint64 n = b.size();
        h.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
        h.addData(b);
    };
    add(item.parentId);
    add(item.status);
    add(QString::number(item.amount.msat()));
    add(item.title);
    add(item.text);
    add(item.party);
    add(item.sequence ? QString::number(*item.sequence) : QString());
    add(item.createdAt);
    add(item.updatedAt);
    add(QString::fromUtf8(QJsonDocument(item.extra).toJson(QJsonDocument::Compact)));
    return h.result();
}

const QString selectColumns = QStringLiteral(
    "remote_id, parent_id, status, amount_msat, title, body, party, sequence, created_at, "
    "updated_at, extra, first_seen_ms, synced_ms");

CacheItem readItem(const QSqlQuery &q)
{
    CacheItem item;
    item.remoteId = q.value(0).toString();
    item.parentId = q.value(1).toString();
    item.status = q.value(2).toString();
    item.amount = MilliSats(q.value(3).toLongLong());
    item.title = q.value(4).toString();
    item.text = q.value(5).toString();
    item.party = q.value(6).toString();
    if (!q.value(7).isNull())
        item.sequence = q.value(7).toLongLong();
    item.createdAt = q.value(8).toString();
    item.updatedAt = q.value(9).toString();
    item.extra = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    item.firstSeenMs = q.value(11).toLongLong();
    item.syncedMs = q.value(12).toLongLong();
    return item;
}

QVariant orNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString cacheKindName(CacheKind kind)
{
    switch (kind) {
    case CacheKind::Task:
        return QStringLiteral("task");
    case CacheKind::Quote:
        return QStringLiteral("quote");
    case CacheKind::Message:
        return QStringLiteral("message");
    case CacheKind::Delivery:
        return QStringLiteral("delivery");
    case CacheKind::Payout:
        return QStringLiteral("payout");
    }
    return {};
}

MarketCache::MarketCache(const Database &db)
    : m_db(db)
{}

QList<Migration> MarketCache::migrations()
{
    return {{1,
             {QStringLiteral(
                  "CREATE TABLE cache_items ("
                  " account_id INTEGER NOT NULL REFERENCES market_accounts(id) ON DELETE CASCADE,"
                  " kind TEXT NOT NULL, remote_id TEXT NOT NULL,"
                  " parent_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
                  " amount_msat INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '',"
                  " body TEXT NOT NULL DEFAULT '', party TEXT NOT NULL DEFAULT '',"
                  " sequence INTEGER, created_at TEXT NOT NULL DEFAULT '',"
                  " updated_at TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '{}',"
                  " fingerprint BLOB NOT NULL, first_seen_ms INTEGER NOT NULL,"
                  " synced_ms INTEGER NOT NULL,"
                  " PRIMARY KEY (account_id, kind, remote_id))"),
              QStringLiteral("CREATE INDEX cache_items_scope ON cache_items(account_id, kind, "
                             "parent_id)"),
              QStringLiteral(
                  "CREATE TABLE cache_scopes ("
                  " account_id INTEGER NOT NULL REFERENCES market_accounts(id) ON DELETE CASCADE,"
                  " kind TEXT NOT NULL, parent_id TEXT NOT NULL, synced_ms INTEGER NOT NULL,"
                  " PRIMARY KEY (account_id, kind, parent_id))")}}};
}

Result<ChangeSet, AppError> MarketCache::apply(const CacheSnapshot &snapshot, qint64 nowMs)
{
    const QString kind = cacheKindName(snapshot.kind);
    QSqlQuery q(m_db.handle());
    // Prepared once per snapshot: 10,000 tasks must not mean 10,000 statement compilations.
    q.prepare(QStringLiteral("SELECT remote_id, fingerprint, first_seen_ms FROM cache_items "
                             "WHERE account_id = ? AND kind = ? AND parent_id = ?"));
    q.addBindValue(snapshot.accountId);
    q.addBindValue(kind);
    q.addBindValue(sqlText(snapshot.parentId));
    if (!q.exec())
        return fail(storageError(Text::tr("read"), q));
    QHash<QString, QByteArray> stored;
    QHash<QString, qint64> firstSeen;
    while (q.next()) {
        stored.insert(q.value(0).toString(), q.value(1).toByteArray());
        firstSeen.insert(q.value(0).toString(), q.value(2).toLongLong());
    }
    q.finish();

    if (!m_db.begin())
        return fail(storageError(Text::tr("written"), q));
    QSqlQuery insert(m_db.handle());
    insert.prepare(QStringLiteral(
        "INSERT INTO cache_items (account_id, kind, remote_id, parent_id, status, amount_msat,"
        " title, body, party, sequence, created_at, updated_at, extra, fingerprint,"
        " first_seen_ms, synced_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (account_id, kind, remote_id) DO UPDATE SET parent_id = excluded.parent_id,"
        " status = excluded.status, amount_msat = excluded.amount_msat, title = excluded.title,"
        " body = excluded.body, party = excluded.party, sequence = excluded.sequence,"
        " created_at = excluded.created_at, updated_at = excluded.updated_at,"
        " extra = excluded.extra, fingerprint = excluded.fingerprint,"
        " synced_ms = excluded.synced_ms"));
    QSqlQuery touch(m_db.handle());
    touch.prepare(QStringLiteral("UPDATE cache_items SET synced_ms = ? WHERE account_id = ? AND "
                                 "kind = ? AND remote_id = ?"));

    ChangeSet changes;
    QList<CacheItem> insertedItems;
    QList<CacheItem> updatedItems;
    QSet<QString> seen;
    for (const CacheItem &item : snapshot.items) {
        if (item.remoteId.isEmpty() || seen.contains(item.remoteId))
            continue; // a server repeating an id: the first copy stands
        seen.insert(item.remoteId);
        const QByteArray print = fingerprint(item);
        const auto found = stored.constFind(item.remoteId);
        if (found != stored.constEnd() && *found == print) {
            if (!snapshot.complete) { // a complete one touches its whole scope at once, below
                touch.addBindValue(nowMs);
                touch.addBindValue(snapshot.accountId);
                touch.addBindValue(kind);
                touch.addBindValue(item.remoteId);
                if (!touch.exec()) {
                    m_db.rollback();
                    return fail(storageError(Text::tr("written"), touch));
                }
            }
            continue;
        }
        const QVariantList values = {
            snapshot.accountId,
            kind,
            item.remoteId,
            sqlText(snapshot.parentId),
            sqlText(item.status),
            item.amount.msat(),
            sqlText(item.title),
            sqlText(item.text),
            sqlText(item.party),
            orNull(item.sequence),
            sqlText(item.createdAt),
            sqlText(item.updatedAt),
            QString::fromUtf8(QJsonDocument(item.extra).toJson(QJsonDocument::Compact)),
            print,
            nowMs,
            nowMs};
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (!insert.exec()) {
            m_db.rollback();
            return fail(storageError(Text::tr("written"), insert));
        }
        const bool isNew = found == stored.constEnd();
        (isNew ? changes.inserted : changes.updated).append(item.remoteId);
        // As the row now reads: the scope's parent, first sight kept on an update.
        CacheItem now = item;
        now.parentId = snapshot.parentId;
        now.firstSeenMs = isNew ? nowMs : firstSeen.value(item.remoteId);
        now.syncedMs = nowMs;
        (isNew ? insertedItems : updatedItems).append(std::move(now));
    }
    changes.stored = std::move(insertedItems) + std::move(updatedItems);

    if (snapshot.complete) {
        QSqlQuery remove(m_db.handle());
        remove.prepare(QStringLiteral(
            "DELETE FROM cache_items WHERE account_id = ? AND kind = ? AND remote_id = ?"));
        for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
            if (seen.contains(it.key()))
                continue;
            remove.addBindValue(snapshot.accountId);
            remove.addBindValue(kind);
            remove.addBindValue(it.key());
            if (!remove.exec()) {
                m_db.rollback();
                return fail(storageError(Text::tr("written"), remove));
            }
            changes.removed.append(it.key());
        }
    }

    if (snapshot.complete) {
        // What is left of the scope is exactly what this snapshot saw.
        QSqlQuery seenNow(m_db.handle());
        seenNow.prepare(QStringLiteral("UPDATE cache_items SET synced_ms = ? WHERE account_id = ? "
                                       "AND kind = ? AND parent_id = ?"));
        seenNow.addBindValue(nowMs);
        seenNow.addBindValue(snapshot.accountId);
        seenNow.addBindValue(kind);
        seenNow.addBindValue(sqlText(snapshot.parentId));
        if (!seenNow.exec()) {
            m_db.rollback();
            return fail(storageError(Text::tr("written"), seenNow));
        }
    }

    QSqlQuery scope(m_db.handle());
    scope.prepare(QStringLiteral("INSERT INTO cache_scopes (account_id, kind, parent_id, "
                                 "synced_ms) VALUES (?,?,?,?) ON CONFLICT (account_id, kind, "
                                 "parent_id) DO UPDATE SET synced_ms = excluded.synced_ms"));
    scope.addBindValue(snapshot.accountId);
    scope.addBindValue(kind);
    scope.addBindValue(sqlText(snapshot.parentId));
    scope.addBindValue(nowMs);
    if (!scope.exec() || !m_db.commit()) {
        m_db.rollback();
        return fail(storageError(Text::tr("written"), scope));
    }
    return changes;
}

Result<QList<CacheItem>, AppError> MarketCache::items(qint64 accountId, CacheKind kind,
                                                      const QString &parentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM cache_items WHERE account_id = ? AND "
                                      "kind = ? AND parent_id = ? ORDER BY first_seen_ms DESC, "
                                      "sequence DESC, remote_id")
                           .arg(selectColumns),
                       {accountId, cacheKindName(kind), sqlText(parentId)});
    if (!q)
        return fail(q.error());
    QList<CacheItem> out;
    while (q->next())
        out.append(readItem(*q));
    return out;
}

Result<std::optional<CacheItem>, AppError> MarketCache::item(qint64 accountId, CacheKind kind,
                                                             const QString &remoteId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM cache_items WHERE account_id = ? AND "
                                      "kind = ? AND remote_id = ?")
                           .arg(selectColumns),
                       {accountId, cacheKindName(kind), sqlText(remoteId)});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<CacheItem>();
    return std::optional<CacheItem>(readItem(*q));
}

Result<std::optional<qint64>, AppError> MarketCache::lastSequence(qint64 accountId,
                                                                  const QString &quoteId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT MAX(sequence) FROM cache_items WHERE account_id = "
                                      "? AND kind = 'message' AND parent_id = ?"),
                       {accountId, sqlText(quoteId)});
    if (!q)
        return fail(q.error());
    if (!q->next() || q->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<qint64, AppError> MarketCache::lastSynced(qint64 accountId, CacheKind kind,
                                                 const QString &parentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT synced_ms FROM cache_scopes WHERE account_id = ? "
                                      "AND kind = ? AND parent_id = ?"),
                       {accountId, cacheKindName(kind), sqlText(parentId)});
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "support/schema.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cstdio>

namespace lw::sandbox {

namespace {

// Qt SQL binds a null QString as SQL NULL. Only an explicitly null QVariant means NULL here;
// a QString that merely happens to be null is stored as ''.
QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

} // namespace

Database::Database(const QString &directory)
    : m_connection(QUuid::createUuid().toString())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(QDir(directory).filePath(QStringLiteral("sandbox.sqlite3")));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    m_ok = migrate();
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool Database::migrate()
{
    const auto version = one(QStringLiteral("PRAGMA user_version"));
    int current = version ? version->value(QStringLiteral("user_version")).toInt() : 0;
    const QList<QStringList> steps = schemaMigrations();
    for (int i = current; i < steps.size(); ++i) {
        const bool ok = transaction([&] {
            for (const QString &sql : steps[i])
                if (!exec(sql))
                    return false;
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(i + 1));
        });
        if (!ok) {
            m_error = QStringLiteral("migration %1 failed").arg(i + 1);
            return false;
        }
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "sandbox SQL prepare failed: %s\n  %s\n",
                     qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    for (const QVariant &a : args)
        q.addBindValue(bindable(a));
    if (!q.exec()) {
        std::fprintf(stderr, "sandbox SQL failed: %s\n  %s\n", qPrintable(q.lastError().text()),
                     qPrintable(sql));
        return false;
    }
    m_lastChanges = q.numRowsAffected();
    return true;
}

QList<QVariantMap> Database::all(const QString &sql, const QVariantList &args)
{
    QList<QVariantMap> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "sandbox SQL prepare failed: %s\n  %s\n",
                     qPrintable(q.lastError().text()), qPrintable(sql));
        return rows;
    }
    for (const QVariant &a : args)
        q.addBindValue(bindable(a));
    if (!q.exec()) {
        std::fprintf(stderr, "sandbox SQL failed: %s\n  %s\n", qPrintable(q.lastError().text()),
                     qPrintable(sql));
        return rows;
    }
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.append(row);
    }
    return rows;
}

std::optional<QVariantMap> Database::one(const QString &sql, const QVariantList &args)
{
    const QList<QVariantMap> rows = all(sql, args);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QString Database::meta(const QString &key)
{
    const auto row = one(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return row ? row->value(QStringLiteral("value")).toString() : QString();
}

void Database::setMeta(const QString &key, const QString &value)
{
    exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

} // namespace lw::sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace lw::sandbox {

//! The sandbox's SQLite file (Qt SQL), its schema migrations, and small query helpers. A failed
//! statement is a sandbox bug, so it is logged loudly and reported as false/empty.
class Database {
public:
    //! Opens (creating if needed) DIR/sandbox.sqlite3 and brings the schema up to date.
    explicit Database(const QString &directory);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_ok; }
    QString errorText() const { return m_error; }

    bool exec(const QString &sql, const QVariantList &args = {});
    std::optional<QVariantMap> one(const QString &sql, const QVariantList &args = {});
    QList<QVariantMap> all(const QString &sql, const QVariantList &args = {});
    qint64 changes() const { return m_lastChanges; }

    //! Runs fn inside a transaction; commits when it returns true, rolls back otherwise.
    template <typename Fn>
    bool transaction(Fn &&fn)
    {
        if (!m_db.transaction())
            return false;
        if (fn())
            return m_db.commit();
        m_db.rollback();
        return false;
    }

    //! The key/value table for node keys, root keys and the like.
    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

private:
    bool migrate();

    QString m_connection;
    QSqlDatabase m_db;
    bool m_ok = false;
    QString m_error;
    qint64 m_lastChanges = 0;
};

} // namespace lw::sandbox

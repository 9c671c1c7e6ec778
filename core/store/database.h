// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace lw {

//! Qt binds a null QString as SQL NULL: text for NOT NULL columns and `= ?` comparisons goes
//! through this.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

//! One numbered step of the schema. Steps run once, in order, each in its own transaction;
//! `PRAGMA user_version` records the last one applied.
struct Migration {
    int version;
    QStringList statements;
};

//! The app's SQLite file: WAL, synchronous=FULL (a committed state survives power loss,
//! which the payment journal relies on), foreign keys on, numbered migrations.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Opens (creating if needed) the file at `path` and applies `migrations`. A file whose
    //! version is newer than the newest migration is refused rather than misread.
    static Result<std::unique_ptr<Database>, AppError> open(const QString &path,
                                                            const QList<Migration> &migrations);

    QSqlDatabase handle() const;
    int schemaVersion() const;
    QString path() const { return m_path; }

    //! Prepares and runs one statement with positional bindings.
    Result<QSqlQuery, AppError> exec(const QString &sql, const QVariantList &bindings = {}) const;
    bool begin() const;
    bool commit() const;
    void rollback() const;

private:
    Database(QString connection, QString path);
    AppError error(const QString &what, const QString &detail) const;

    QString m_connection;
    QString m_path;
};

} // namespace lw

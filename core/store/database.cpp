// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lightwork-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

AppError Database::error(const QString &what, const QString &detail) const
{
    AppError e = AppError::make(AppError::Kind::Storage,
                                Text::tr("The local database failed while %1.").arg(what));
    e.serverMessage = detail;
    return e;
}

Result<std::unique_ptr<Database>, AppError> Database::open(const QString &path,
                                                           const QList<Migration> &migrations)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<Database> self(new Database(nextConnectionName(), path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(self->error(Text::tr("opening %1").arg(path), db.lastError().text()));

    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        auto r = self->exec(QString::fromLatin1(pragma));
        if (!r)
            return fail(r.error());
    }
    const int current = self->schemaVersion();
    const int newest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > newest)
        return fail(self->error(Text::tr("opening %1").arg(path),
                                Text::tr("it was written by a newer version of Lightwork "
                                         "(schema %1, this one knows %2)")
                                    .arg(current)
                                    .arg(newest)));
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (!self->begin())
            return fail(self->error(Text::tr("upgrading"), db.lastError().text()));
        for (const QString &statement : m.statements) {
            auto r = self->exec(statement);
            if (!r) {
                self->rollback();
                return fail(r.error());
            }
        }
        auto r = self->exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version));
        if (!r || !self->commit()) {
            self->rollback();
            return fail(self->error(Text::tr("upgrading"), db.lastError().text()));
        }
    }
    return self;
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Database::schemaVersion() const
{
    auto r = exec(QStringLiteral("PRAGMA user_version"));
    if (!r || !r->next())
        return 0;
    return r->value(0).toInt();
}

Result<QSqlQuery, AppError> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(handle());
    if (!q.prepare(sql))
        return fail(error(Text::tr("preparing a statement"), q.lastError().text()));
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec())
        return fail(error(Text::tr("writing"), q.lastError().text()));
    return q;
}

bool Database::begin() const
{
    return handle().transaction();
}

bool Database::commit() const
{
    return handle().commit();
}

void Database::rollback() const
{
    handle().rollback();
}

} // namespace lw

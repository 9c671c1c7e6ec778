// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery.h"

#include "common/safefilename.h"
#include "enginesession.h"
#include "markets/aiforhire/aiforhiretypes.h"
#include "store/marketcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Delivery)
};

constexpr qint64 hashChunkBytes = 256 * 1024;

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

} // namespace

qint64 deliveryCapBytes(const HttpLimits &limits)
{
    // The request is JSON like the answers; the field itself has the market's own cap.
    const qint64 body = qMin<qint64>(limits.maxJsonBytes, maxHireContentBase64Chars);
    return body / 4 * 3;
}

Result<QByteArray, AppError> sha256OfFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return lw::fail(invalid(Text::tr("The file %1 does not exist.").arg(path)));
    if (!info.isFile())
        return lw::fail(invalid(Text::tr("%1 is not a regular file.").arg(path)));
    const QString tooLarge =
        Text::tr("The file %1 is larger than %2 bytes.").arg(path, QString::number(maxBytes));
    if (info.size() > maxBytes)
        return lw::fail(invalid(tooLarge));
    QFile file(path);
    const auto unreadable = [&] {
        return AppError::make(AppError::Kind::Storage,
                              Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        return lw::fail(unreadable());
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 read = 0;
    while (true) {
        const QByteArray chunk = file.read(hashChunkBytes);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return lw::fail(unreadable());
            break;
        }
        read += chunk.size();
        if (read > maxBytes) // it grew since we looked
            return lw::fail(invalid(tooLarge));
        sha.addData(chunk);
    }
    return sha.result();
}

Result<SavedDelivery, AppError> saveDelivery(const QString &folder, const QString &name,
                                             const QByteArray &content)
{
    auto path = saveNewFile(folder, name, content);
    if (!path)
        return lw::fail(path.error());
    // Hash what is on disk, not what we meant to write: a full disk or a filter shows here.
    auto sha = sha256OfFile(*path, 2 * content.size() + 4096); // a grown file hashes differently
    if (!sha)
        return lw::fail(sha.error());
    SavedDelivery saved;
    saved.path = *path;
    saved.sizeBytes = QFileInfo(*path).size();
    saved.sha256 = *sha;
    return saved;
}

qint64 hireAccountForTask(EngineSession &engine, qint64 accountId, const QString &taskId)
{
    if (!engine.profile().id || taskId.isEmpty())
        return 0;
    auto accounts = engine.accounts().accounts(engine.profile().id);
    if (!accounts)
        return 0;
    MarketCache cache(engine.database());
    for (const MarketAccount &a : std::as_const(*accounts)) {
        if (a.kind != MarketKind::AiForHire)
            continue;
        if (accountId ? a.id == accountId
                      : bool(cache.item(a.id, CacheKind::Task, taskId).value_or(std::nullopt)))
            return a.id;
    }
    return 0;
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
// A 402ai delivery's file work, shared by `deliver`, `deliveries save` and the Delivery panel:
// the size the market can take, hashing a file in pieces, and saving delivered content under
// a safe name with the written bytes hashed back.
#pragma once

#include "common/result.h"
#include "markets/aiforhire/hireclient.h"
#include "net/apperror.h"
#include "net/httpclient.h"

#include <QByteArray>
#include <QString>

namespace lw {

class EngineSession;

//! The largest file a delivery may carry: its base64 (4 bytes per 3) must fit the body cap.
qint64 deliveryCapBytes(const HttpLimits &limits);

//! SHA-256 of the file at `path`, read in pieces; refused (Invalid) when it is missing, not a
//! regular file or larger than `maxBytes` (checked before reading), Storage when unreadable.
Result<QByteArray, AppError> sha256OfFile(const QString &path, qint64 maxBytes);

//! What was written: the path, and size and SHA-256 of the bytes read back from it.
struct SavedDelivery {
    QString path;
    qint64 sizeBytes = 0;
    QByteArray sha256; //!< 32 bytes, of the file as it is on disk
};

//! Writes `content` as a new file in `folder` named safeFileName(`name`) (never replacing one)
//! and hashes what was written.
Result<SavedDelivery, AppError> saveDelivery(const QString &folder, const QString &name,
                                             const QByteArray &content);

//! The profile's 402ai account for a task: `accountId` when it is one of the profile's 402ai
//! accounts, else (accountId 0) the one whose offline copy holds `taskId`. 0 when none.
qint64 hireAccountForTask(EngineSession &engine, qint64 accountId, const QString &taskId);

} // namespace lw

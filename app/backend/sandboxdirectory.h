// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QObject;

namespace lw {

class HttpClient;

//! One wallet of the sandbox as its admin API lists it.
struct SandboxWallet {
    QString name;
    QUrl phoenixdUrl;
    QByteArray phoenixdPassword; //!< a secret: only ever handed to the SecretStore
    QString lightningAddress;    //!< empty when the sandbox gives none
};

//! What a running sandbox offers: its markets and its wallets.
struct SandboxDirectory {
    QUrl hireUrl;       //!< 402ai
    QUrl proofLayerUrl; //!< empty when the sandbox serves no ProofLayer
    QList<SandboxWallet> wallets;

    std::optional<SandboxWallet> wallet(const QString &name) const;
};

//! Reads `/_sandbox/info` and `/_sandbox/wallets` (header X-Admin-Key) and checks every field:
//! a URL must be http(s) on this computer or https, a password a non-empty string. Errors are
//! translated and never carry the admin key or a password.
QFuture<Result<SandboxDirectory, AppError>> fetchSandboxDirectory(HttpClient &http,
                                                                  const QUrl &base,
                                                                  const QByteArray &adminKey,
                                                                  QObject *context);

//! The parsing alone (for tests and for fetchSandboxDirectory).
Result<SandboxDirectory, AppError> parseSandboxDirectory(const QUrl &base, const QByteArray &info,
                                                         const QByteArray &wallets);

} // namespace lw

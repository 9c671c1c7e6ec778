// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "common/result.h"
#include "net/apperror.h"
#include "wallet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace lw {

class HttpClient;

//! The kinds of wallet Lightwork connects, and how one is built from a stored connection: the
//! settings (in SQLite, never secret) and the one secret (from the keychain).
class WalletRegistry {
public:
    struct KindInfo {
        QString name;                  //!< Wallet::kind()
        bool needsUrl = false;         //!< the node's API address
        bool takesCertificate = false; //!< a self-signed TLS certificate may be pinned
        bool needsSecret = false;
        QString secretName; //!< what the user is asked for ("macaroon (hex)", …), translated
    };

    //! What the user gives when adding a connection, before it is checked.
    struct Input {
        QString kind;
        QUrl url;
        QByteArray certificatePem; //!< empty: the system's trust store decides
        QByteArray secret;
    };

    //! Every kind, in the order the settings page lists them.
    static QList<KindInfo> kinds();
    static std::optional<KindInfo> kind(QStringView name);

    //! Checks what the user gave (address scheme, certificate, secret shape) and returns the
    //! settings to store and the secret to keep, normalised. Errors name the field, never echo
    //! the secret.
    struct Checked {
        QJsonObject settings;
        QByteArray secret; //!< empty for kinds without one
    };
    static Result<Checked, AppError> check(const Input &input);

    //! The wallet for a stored connection and its secret. `http` must outlive the wallet.
    static Result<std::unique_ptr<Wallet>, AppError>
    create(const WalletConnection &connection, const QByteArray &secret, HttpClient *http);
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace lw {

struct SecretError {
    enum class Kind {
        NotFound,    //!< no entry under that key
        Unavailable, //!< no keychain service (no Secret Service on D-Bus, locked and no prompt)
        Denied,      //!< the user or the service refused access
        Failed,      //!< anything else the backend reported
    };
    Kind kind = Kind::Failed;
    QString message; //!< translated, for people; never contains the secret
};

//! A successful write or delete carries no value.
struct SecretDone {};

using SecretRead = Result<QByteArray, SecretError>;
using SecretWrite = Result<SecretDone, SecretError>;

//! Where secrets live: X-Tokens, node passwords, macaroons, runes, NWC secrets and the
//! journal's data key. Keys are plain names ("account/<id>/token"); values are bytes.
//! There is no plaintext fallback anywhere: a store that cannot keep a secret says so.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    //! Write, read back and delete a sentinel: true only when the store really works.
    virtual QFuture<SecretWrite> probe() = 0;
    virtual QFuture<SecretRead> read(const QString &key) = 0;
    virtual QFuture<SecretWrite> write(const QString &key, const QByteArray &value) = 0;
    //! Deleting a key that does not exist succeeds.
    virtual QFuture<SecretWrite> remove(const QString &key) = 0;
    //! False for the memory store: its secrets end with the process ("this session only").
    virtual bool isPersistent() const = 0;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace lw {

struct AuthParam {
    QString name; //!< lowercase
    QString value;
};

//! One challenge of a WWW-Authenticate field: a scheme and either a token68 or parameters.
struct AuthChallenge {
    QString scheme; //!< as sent
    QString token68;
    QList<AuthParam> params; //!< in order; a repeated name keeps its first value

    bool hasParam(QStringView name) const;
    //! The value of a parameter (name compared case-insensitively), or a null QString.
    QString param(QStringView name) const;
};

//! RFC 9110 §11 challenge tokenizer, lenient where servers in the wild are: quoted strings with
//! backslash escapes, unquoted and single-quoted values (unquoted values run to the next comma
//! or space, so base64 padding and "/" survive), parameters separated by spaces only, several
//! challenges per value and empty list elements. Never fails; unparseable bytes are skipped.
QList<AuthChallenge> parseAuthChallenges(QStringView headerValue);

//! Every line of a repeated header (Qt may also have folded them into one comma-joined value).
QList<AuthChallenge> parseAuthChallenges(const QList<QByteArray> &headerLines);

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "l402/authchallenge.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lw {

//! An `L402` (or legacy `LSAT`) challenge: a token to present and an invoice to pay.
struct L402Challenge {
    QString scheme;         //!< "L402" or "LSAT", upper-cased; echoed in the Authorization
    QString token;          //!< exactly as received (usually a base64 macaroon)
    QString tokenParameter; //!< "macaroon" or "token": which one carried it
    QString invoice;
    QString version; //!< "0" when the server sent none
    bool versionGiven = false;
    QList<AuthParam> params; //!< every parameter, unknown ones included

    //! Version "0" is the only one specified; anything else must not be paid automatically.
    bool isKnownVersion() const { return version == u"0"; }
};

//! The `request` of a lightning `charge` challenge, decoded from base64url JSON.
struct PaymentRequestDetails {
    QJsonObject json;
    QString amount; //!< decimal string in `currency` units, as sent
    QString currency;
    QString description; //!< display only, never trusted
    QString invoice;     //!< methodDetails.invoice
    QString paymentHash; //!< methodDetails.paymentHash
    QString network;     //!< methodDetails.network
};

//! An IETF `Payment` challenge (draft-httpauth-payment-00).
struct PaymentSchemeChallenge {
    QList<AuthParam> params; //!< every parameter as sent, to echo in the credential
    QString id;
    QString realm;
    QString method;
    QString intent;
    QString request; //!< raw base64url, echoed unchanged
    QString expires;
    QString digest;
    QString description;
    QString opaque;
    std::optional<PaymentRequestDetails> details; //!< absent when `request` did not decode
    QString requestError;                         //!< why it did not
};

//! Every payment challenge of a 402 response, in the server's order, L402 ahead of LSAT
//! duplicates (same token and invoice), plus one line for each challenge that was unusable.
struct PaymentChallenges {
    QList<L402Challenge> l402;
    QList<PaymentSchemeChallenge> payment;
    QStringList problems;

    bool isEmpty() const { return l402.isEmpty() && payment.isEmpty(); }
    //! The L402 challenge to answer: the first `L402` one, else the first `LSAT` one.
    const L402Challenge *preferredL402() const;
};

PaymentChallenges parsePaymentChallenges(const QList<AuthChallenge> &challenges);
PaymentChallenges parsePaymentChallenges(const QList<QByteArray> &wwwAuthenticateLines);
PaymentChallenges parsePaymentChallenges(QStringView wwwAuthenticate);

//! Decodes a `Payment` challenge's `request` (strict base64url, JSON object).
std::optional<PaymentRequestDetails> decodePaymentRequest(QStringView request, QString *error);

} // namespace lw

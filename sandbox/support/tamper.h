// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lw::sandbox {

//! A hostile server on request (`POST /_sandbox/tamper`): the next N L402 challenges of any
//! market, or the next N answers to a path, come out wrong the way a malicious or broken
//! market would send them, so clients can be tested against it. One setting at a time; a new
//! one replaces it, count 0 clears it.
class Tamper {
public:
    enum class Challenge {
        None,
        Overprice,    //!< a real invoice for 10× the price, the macaroon bound to it
        HashMismatch, //!< the macaroon (and body, X-Payment-Hash) bound to one invoice, another
                      //!< sent
        Expired,      //!< a real invoice whose timestamp + expiry is past
        WrongNetwork, //!< the invoice encoded for mainnet (lnbc)
        NoInvoice,    //!< the macaroon only
    };
    enum class Body {
        None,
        Huge,       //!< 50 MB of JSON-looking bytes, streamed (chunked, no length given)
        NestedJson, //!< 100 000 '['
        NonJson,    //!< an HTML page with status 200
    };

    static constexpr qint64 hugeBodyBytes = 50 * 1024 * 1024;
    static constexpr qsizetype nestingDepth = 100'000;
    static constexpr qint64 overpriceFactor = 10;

    //! Applies `{"mode", "count", "path", "method"}`; returns an error text, empty when done.
    QString set(const QJsonObject &request);
    void clear();
    QJsonObject toJson() const;

    //! The tamper for the challenge being issued now (and counts it), or None.
    Challenge takeChallenge();
    //! The body to answer this request with instead of handling it (and counts it), or None.
    Body takeBody(const QByteArray &method, const QString &path);

    //! What a Body mode answers, but Huge: that one is streamed (see HttpServer).
    static QByteArray bodyBytes(Body body);
    static QByteArray contentType(Body body);

private:
    Challenge m_challenge = Challenge::None;
    Body m_body = Body::None;
    int m_count = 0;
    QString m_path;
    QByteArray m_method;
};

} // namespace lw::sandbox

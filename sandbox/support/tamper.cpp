// SPDX-License-Identifier: GPL-3.0-or-later
#include "tamper.h"

#include <QStringList>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ModeName {
    QStringView name;
    Tamper::Challenge challenge;
    Tamper::Body body;
};

constexpr ModeName modes[] = {
    {u"overprice", Tamper::Challenge::Overprice, Tamper::Body::None},
    {u"hash_mismatch", Tamper::Challenge::HashMismatch, Tamper::Body::None},
    {u"expired", Tamper::Challenge::Expired, Tamper::Body::None},
    {u"wrong_network", Tamper::Challenge::WrongNetwork, Tamper::Body::None},
    {u"no_invoice", Tamper::Challenge::NoInvoice, Tamper::Body::None},
    {u"huge_body", Tamper::Challenge::None, Tamper::Body::Huge},
    {u"nested_json", Tamper::Challenge::None, Tamper::Body::NestedJson},
    {u"non_json", Tamper::Challenge::None, Tamper::Body::NonJson},
};

} // namespace

QString Tamper::set(const QJsonObject &request)
{
    const QString mode = request.value(u"mode").toString();
    const qint64 count = request.value(u"count").toInteger(1);
    if (count < 0 || count > 1000)
        return u"count must be 0 to 1000"_s;
    const ModeName *found = nullptr;
    for (const ModeName &m : modes)
        if (m.name == mode)
            found = &m;
    if (!found && count > 0) {
        QStringList names;
        for (const ModeName &m : modes)
            names << m.name.toString();
        return u"mode must be one of "_s + names.join(u", "_s);
    }
    const QString path = request.value(u"path").toString();
    if (found && found->body != Body::None && count > 0 && !path.startsWith(u'/'))
        return u"a body mode needs a path prefix starting with /"_s;
    if (path.startsWith(u"/_sandbox/"))
        return u"the admin API is never tampered with"_s;
    clear();
    if (!found || count == 0)
        return {};
    m_challenge = found->challenge;
    m_body = found->body;
    m_count = int(count);
    m_path = path;
    m_method = request.value(u"method").toString().toUpper().toLatin1();
    return {};
}

void Tamper::clear()
{
    m_challenge = Challenge::None;
    m_body = Body::None;
    m_count = 0;
    m_path.clear();
    m_method.clear();
}

QJsonObject Tamper::toJson() const
{
    QString mode;
    for (const ModeName &m : modes)
        if (m_count > 0 && m.challenge == m_challenge && m.body == m_body)
            mode = m.name.toString();
    QJsonObject out{{u"mode"_s, mode}, {u"count"_s, m_count}};
    if (m_body != Body::None) {
        out.insert(u"path"_s, m_path);
        out.insert(u"method"_s, QString::fromLatin1(m_method));
    }
    return out;
}

Tamper::Challenge Tamper::takeChallenge()
{
    if (m_count <= 0 || m_challenge == Challenge::None)
        return Challenge::None;
    const Challenge c = m_challenge;
    if (--m_count == 0)
        clear();
    return c;
}

Tamper::Body Tamper::takeBody(const QByteArray &method, const QString &path)
{
    if (m_count <= 0 || m_body == Body::None || !path.startsWith(m_path)
        || (!m_method.isEmpty() && m_method != method))
        return Body::None;
    const Body b = m_body;
    if (--m_count == 0)
        clear();
    return b;
}

QByteArray Tamper::bodyBytes(Body body)
{
    switch (body) {
    case Body::NestedJson:
        return QByteArray(nestingDepth, '[');
    case Body::NonJson:
        return "<!DOCTYPE html>\n<html><head><title>Welcome</title></head>"
               "<body><h1>It works!</h1><p>{\"tasks\": []}</p></body></html>\n";
    case Body::Huge:
    case Body::None:
        break;
    }
    return {};
}

QByteArray Tamper::contentType(Body body)
{
    return body == Body::NonJson ? "text/html; charset=utf-8" : "application/json";
}

} // namespace lw::sandbox

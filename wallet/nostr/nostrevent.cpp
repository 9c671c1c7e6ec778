// SPDX-License-Identifier: GPL-3.0-or-later
#include "nostrevent.h"

#include "common/crypto.h"
#include "common/hex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace lw::nostr {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NostrEvent)
};

using Kind = AppError::Kind;

// Integers JavaScript prints as plain digits and holds exactly.
constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;
constexpr int maxKind = 65535;

AppError badEvent(const QString &why)
{
    return AppError::make(Kind::BadResponse, Text::tr("A Nostr event was rejected: %1.").arg(why));
}

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(hexDigit(unit >> shift));
}

// A JSON string exactly as ECMAScript's JSON.stringify writes it (ES2019 "well-formed"): the
// short escapes, \u00xx for other controls, \uxxxx for lone surrogates, everything else as UTF-8.
// Relying on another encoder's choices would break ids for exotic content.
void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"':
            out.append("\\\"");
            continue;
        case u'\\':
            out.append("\\\\");
            continue;
        case u'\b':
            out.append("\\b");
            continue;
        case u'\f':
            out.append("\\f");
            continue;
        case u'\n':
            out.append("\\n");
            continue;
        case u'\r':
            out.append("\\r");
            continue;
        case u'\t':
            out.append("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendUnicodeEscape(out, c);
        } else if (c < 0x80) {
            out.append(char(c));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            out.append(text.sliced(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendUnicodeEscape(out, c);
        } else {
            out.append(text.sliced(i, 1).toUtf8());
        }
    }
    out.append('"');
}

// Reads one field of an untrusted event object, remembering the first problem.
class Reader {
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    {}

    std::optional<QString> string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return wrong<QString>(Text::tr("“%1” is missing").arg(key));
        if (!v.isString())
            return wrong<QString>(Text::tr("“%1” is not text").arg(key));
        return v.toString();
    }

    template <typename Bytes>
    std::optional<Bytes> lowerHex(const QString &key)
    {
        const auto text = string(key);
        if (!text)
            return std::nullopt;
        const auto bytes = Bytes::fromHex(*text);
        if (!bytes || bytes->toHex() != *text)
            return wrong<Bytes>(
                Text::tr("“%1” is not %2 bytes of lowercase hex").arg(key).arg(Bytes::size));
        return bytes;
    }

    std::optional<qint64> integer(const QString &key, qint64 max)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return wrong<qint64>(Text::tr("“%1” is missing").arg(key));
        const qint64 value = v.isDouble() ? v.toInteger(-1) : -1;
        if (value < 0 || value > max || double(value) != v.toDouble())
            return wrong<qint64>(
                Text::tr("“%1” is not a whole number from 0 to %2").arg(key).arg(max));
        return value;
    }

    std::optional<QList<QStringList>> tags()
    {
        const QJsonValue v = m_object.value(u"tags");
        if (v.isUndefined())
            return wrong<QList<QStringList>>(Text::tr("“tags” is missing"));
        if (!v.isArray())
            return wrong<QList<QStringList>>(Text::tr("“tags” is not a list"));
        QList<QStringList> out;
        const QJsonArray tags = v.toArray();
        out.reserve(tags.size());
        for (const QJsonValue &tag : tags) {
            if (!tag.isArray())
                return wrong<QList<QStringList>>(Text::tr("a tag is not a list"));
            QStringList values;
            const QJsonArray items = tag.toArray();
            values.reserve(items.size());
            for (const QJsonValue &item : items) {
                if (!item.isString())
                    return wrong<QList<QStringList>>(Text::tr("a tag holds something not text"));
                values.append(item.toString());
            }
            out.append(values);
        }
        return out;
    }

    const QString &problem() const { return m_problem; }

private:
    template <typename T>
    std::optional<T> wrong(const QString &why)
    {
        if (m_problem.isEmpty())
            m_problem = why;
        return std::nullopt;
    }

    const QJsonObject &m_object;
    QString m_problem;
};

} // namespace

QByteArray Event::serializedForId() const
{
    QByteArray out;
    out.reserve(160 + content.size() * 3);
    out.append("[0,\"");
    out.append(pubkey.toHex().toLatin1());
    out.append("\",");
    out.append(QByteArray::number(createdAt));
    out.append(',');
    out.append(QByteArray::number(kind));
    out.append(",[");
    for (qsizetype t = 0; t < tags.size(); ++t) {
        if (t > 0)
            out.append(',');
        out.append('[');
        const QStringList &tag = tags[t];
        for (qsizetype v = 0; v < tag.size(); ++v) {
            if (v > 0)
                out.append(',');
            appendJsonString(out, tag[v]);
        }
        out.append(']');
    }
    out.append("],");
    appendJsonString(out, content);
    out.append(']');
    return out;
}

Hash32 Event::computeId() const
{
    return crypto::sha256(serializedForId());
}

QJsonObject Event::toJson() const
{
    QJsonArray tagArray;
    for (const QStringList &tag : tags)
        tagArray.append(QJsonArray::fromStringList(tag));
    return QJsonObject{
        {u"id"_s, id.toHex()},   {u"pubkey"_s, pubkey.toHex()}, {u"created_at"_s, createdAt},
        {u"kind"_s, kind},       {u"tags"_s, tagArray},         {u"content"_s, content},
        {u"sig"_s, sig.toHex()},
    };
}

QByteArray Event::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString Event::tagValue(QStringView name) const
{
    for (const QStringList &tag : tags) {
        if (!tag.isEmpty() && tag.first() == name)
            return tag.size() > 1 ? tag.at(1) : QString();
    }
    return {};
}

Result<Event, AppError> Event::fromJson(const QJsonObject &object)
{
    Reader read(object);
    const auto id = read.lowerHex<Hash32>(u"id"_s);
    const auto pubkey = read.lowerHex<XOnlyKey>(u"pubkey"_s);
    const auto createdAt = read.integer(u"created_at"_s, maxSafeInteger);
    const auto kind = read.integer(u"kind"_s, maxKind);
    const auto tags = read.tags();
    const auto content = read.string(u"content"_s);
    const auto sig = read.lowerHex<SchnorrSignature>(u"sig"_s);
    if (!id || !pubkey || !createdAt || !kind || !tags || !content || !sig)
        return lw::fail(badEvent(read.problem()));

    Event event;
    event.id = *id;
    event.pubkey = *pubkey;
    event.createdAt = *createdAt;
    event.kind = int(*kind);
    event.tags = *tags;
    event.content = *content;
    event.sig = *sig;
    if (event.computeId() != event.id)
        return lw::fail(badEvent(Text::tr("its id does not match its contents")));
    if (!verify(event.id.view(), event.sig, event.pubkey))
        return lw::fail(badEvent(Text::tr("its signature is not valid")));
    return event;
}

QJsonDocument parseJson(QByteArrayView json, QJsonParseError *error)
{
    // Outside strings a BOM is invalid JSON anyway, except as a document's first bytes.
    static const QByteArray bom = "\xef\xbb\xbf";
    QByteArray text = json.toByteArray();
    const qsizetype first = text.indexOf(bom, text.startsWith(bom) ? 1 : 0);
    if (first >= 0) {
        const QByteArray head = text.left(first);
        text = head + text.sliced(first).replace(bom, "\\ufeff");
    }
    return QJsonDocument::fromJson(text, error);
}

Result<Event, AppError> signEvent(Event event, const PrivateKey &secret)
{
    const auto pubkey = xOnlyPublicKey(secret);
    if (!pubkey)
        return lw::fail(AppError::make(
            Kind::Invalid, Text::tr("The Nostr secret key is not a valid secp256k1 key.")));
    event.pubkey = *pubkey;
    event.id = event.computeId();
    const auto sig = sign(event.id.view(), secret);
    if (!sig)
        return lw::fail(
            AppError::make(Kind::Invalid, Text::tr("The Nostr event could not be signed.")));
    event.sig = *sig;
    return event;
}

} // namespace lw::nostr

// SPDX-License-Identifier: GPL-3.0-or-later
#include "macaroondecoder.h"

#include "common/base64.h"
#include "common/hex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lw {

namespace {

struct MacaroonText {
    Q_DECLARE_TR_FUNCTIONS(Macaroon)
};

Unexpected<MacaroonError> error(MacaroonErrorCode code, const QString &message)
{
    return fail(MacaroonError{code, message});
}

// --- V2 binary (libmacaroons doc/format.txt; go-macaroon's stricter checks) -----------------

enum FieldType : quint32 { Eos = 0, Location = 1, Identifier = 2, Vid = 4, Signature = 6 };

class V2Reader {
public:
    explicit V2Reader(QByteArrayView bytes)
        : m_b(bytes)
    {}

    bool atEnd() const { return m_pos >= m_b.size(); }
    qsizetype position() const { return m_pos; }

    // Protobuf varint capped at 31 bits, as go-macaroon requires.
    std::optional<quint32> varint()
    {
        quint32 v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (atEnd())
                return std::nullopt;
            const auto byte = static_cast<unsigned char>(m_b[m_pos++]);
            if (shift == 28 && byte > 0x07)
                return std::nullopt; // bits beyond 31 would be silently lost
            v |= quint32(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v <= 0x7fffffff ? std::optional<quint32>(v) : std::nullopt;
        }
        return std::nullopt;
    }

    struct Field {
        quint32 type = Eos;
        QByteArrayView data;
    };

    // One field; EOS has no length.
    std::optional<Field> field()
    {
        const auto type = varint();
        if (!type)
            return std::nullopt;
        if (*type == Eos)
            return Field{};
        const auto len = varint();
        if (!len || *len > quint32(m_b.size() - m_pos))
            return std::nullopt;
        Field f{*type, m_b.sliced(m_pos, *len)};
        m_pos += *len;
        return f;
    }

    std::optional<quint8> peekByte() const
    {
        return atEnd() ? std::nullopt : std::optional<quint8>(quint8(m_b[m_pos]));
    }
    void skipByte() { ++m_pos; }

private:
    QByteArrayView m_b;
    qsizetype m_pos = 0;
};

// Reads one section (fields of strictly increasing type up to EOS) into the out-parameters.
bool readSection(V2Reader &r, bool header, QByteArrayView *location, QByteArrayView *id,
                 QByteArrayView *vid, bool *hasLocation, bool *hasVid)
{
    quint32 lastType = 0;
    bool haveId = false;
    *hasLocation = false;
    if (hasVid)
        *hasVid = false;
    while (true) {
        const auto f = r.field();
        if (!f)
            return false;
        if (f->type == Eos)
            return haveId;
        if (f->type <= lastType)
            return false;
        lastType = f->type;
        if (f->type == Location) {
            *location = f->data;
            *hasLocation = true;
        } else if (f->type == Identifier) {
            *id = f->data;
            haveId = true;
        } else if (f->type == Vid && !header) {
            *vid = f->data;
            *hasVid = true;
        } else {
            return false;
        }
    }
}

Result<Macaroon, MacaroonError> decodeOneV2(V2Reader &r)
{
    const auto malformed = [](const QString &what) {
        return error(MacaroonErrorCode::Malformed, what);
    };
    if (r.peekByte() != 2)
        return error(MacaroonErrorCode::UnknownFormat,
                     MacaroonText::tr("not a version 2 macaroon"));
    r.skipByte();
    Macaroon m;
    m.format = MacaroonFormat::V2Binary;
    QByteArrayView location, id, vid;
    bool hasLocation = false;
    if (!readSection(r, true, &location, &id, nullptr, &hasLocation, nullptr))
        return malformed(MacaroonText::tr("the macaroon header is malformed"));
    m.location = QString::fromUtf8(location);
    m.identifier = id.toByteArray();
    while (true) {
        const auto next = r.peekByte();
        if (!next)
            return error(MacaroonErrorCode::Truncated, MacaroonText::tr("the macaroon is cut off"));
        if (*next == Eos) {
            r.skipByte();
            break;
        }
        bool hasVid = false;
        location = id = vid = {};
        if (!readSection(r, false, &location, &id, &vid, &hasLocation, &hasVid))
            return malformed(MacaroonText::tr("a caveat is malformed"));
        if (!hasVid && hasLocation)
            return malformed(MacaroonText::tr("a first-party caveat has a location"));
        m.caveats.append(
            MacaroonCaveat{id.toByteArray(), vid.toByteArray(), QString::fromUtf8(location)});
    }
    const auto sig = r.field();
    if (!sig || sig->type != Signature || sig->data.size() != 32)
        return malformed(MacaroonText::tr("the macaroon signature is missing or not 32 bytes"));
    m.signature = sig->data.toByteArray();
    return m;
}

// --- V1 packets (go-macaroon packet-v1.go; what pymacaroons serialises) --------------------

struct Packet {
    QByteArrayView key;
    QByteArrayView value;
};

std::optional<Packet> readPacket(QByteArrayView b, qsizetype &pos)
{
    if (b.size() - pos < 4)
        return std::nullopt;
    const auto len = hex::decode(b.sliced(pos, 4));
    if (!len)
        return std::nullopt;
    const qsizetype total = (qsizetype(quint8((*len)[0])) << 8) | quint8((*len)[1]);
    if (total < 4 + 2 || total > b.size() - pos)
        return std::nullopt;
    const QByteArrayView body = b.sliced(pos + 4, total - 4);
    if (body.back() != '\n')
        return std::nullopt;
    const qsizetype space = body.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    pos += total;
    return Packet{body.first(space), body.sliced(space + 1, body.size() - space - 2)};
}

Result<Macaroon, MacaroonError> decodeOneV1(QByteArrayView b, qsizetype &pos)
{
    const auto malformed = [] {
        return error(MacaroonErrorCode::Malformed,
                     MacaroonText::tr("a V1 macaroon packet is malformed"));
    };
    Macaroon m;
    m.format = MacaroonFormat::V1Binary;
    auto p = readPacket(b, pos);
    if (p && p->key == "location") {
        m.location = QString::fromUtf8(p->value);
        p = readPacket(b, pos);
    }
    if (!p || p->key != "identifier")
        return malformed();
    m.identifier = p->value.toByteArray();
    while (true) {
        p = readPacket(b, pos);
        if (!p)
            return malformed();
        if (p->key == "signature") {
            if (p->value.size() != 32)
                return malformed();
            m.signature = p->value.toByteArray();
            return m;
        }
        if (p->key == "cid") {
            m.caveats.append(MacaroonCaveat{p->value.toByteArray(), {}, {}});
        } else if (p->key == "vid" && !m.caveats.isEmpty()) {
            m.caveats.last().verificationId = p->value.toByteArray();
        } else if (p->key == "cl" && !m.caveats.isEmpty()) {
            m.caveats.last().location = QString::fromUtf8(p->value);
        } else {
            return malformed();
        }
    }
}

// --- JSON (go-macaroon marshal-v1.go / marshal-v2.go, npm macaroon) ------------------------

// A V2 JSON field is either "key" (UTF-8 text) or "key64" (base64). Returns false when the
// field is present but unusable; *found says whether it was there at all.
bool jsonBytes(const QJsonObject &o, QStringView key, QByteArray *out, bool *found)
{
    const QJsonValue plain = o.value(key);
    const QJsonValue b64 = o.value(key.toString() + u"64");
    *found = !plain.isUndefined() || !b64.isUndefined();
    out->clear();
    if (plain.isString()) {
        *out = plain.toString().toUtf8();
        return true;
    }
    if (b64.isString()) {
        const auto decoded = base64::decode(b64.toString());
        if (decoded)
            *out = *decoded;
        return decoded.has_value();
    }
    return !*found;
}

std::optional<Macaroon> macaroonFromJson(const QJsonObject &o)
{
    Macaroon m;
    if (o.contains(u"signature")) {
        m.format = MacaroonFormat::V1Json;
        const QJsonValue id = o.value(u"identifier");
        const QJsonValue sig = o.value(u"signature");
        if (!id.isString() || !sig.isString())
            return std::nullopt;
        m.identifier = id.toString().toUtf8();
        m.location = o.value(u"location").toString();
        const auto sigBytes = hex::decode(sig.toString());
        if (!sigBytes || sigBytes->size() != 32)
            return std::nullopt;
        m.signature = *sigBytes;
        const QJsonValue caveats = o.value(u"caveats");
        if (!caveats.isUndefined() && !caveats.isNull() && !caveats.isArray())
            return std::nullopt;
        for (const QJsonValue &cv : caveats.toArray()) {
            const QJsonObject c = cv.toObject();
            if (!c.value(u"cid").isString())
                return std::nullopt;
            MacaroonCaveat caveat{
                c.value(u"cid").toString().toUtf8(), {}, c.value(u"cl").toString()};
            if (c.value(u"vid").isString()) {
                const auto vid = base64::decode(c.value(u"vid").toString());
                if (!vid)
                    return std::nullopt;
                caveat.verificationId = *vid;
            }
            m.caveats.append(caveat);
        }
        return m;
    }
    m.format = MacaroonFormat::V2Json;
    if (o.contains(u"v") && o.value(u"v").toInt(-1) != 2)
        return std::nullopt;
    bool found = false;
    QByteArray location;
    if (!jsonBytes(o, u"i", &m.identifier, &found) || !found)
        return std::nullopt;
    if (!jsonBytes(o, u"s", &m.signature, &found) || !found || m.signature.size() != 32)
        return std::nullopt;
    if (!jsonBytes(o, u"l", &location, &found))
        return std::nullopt;
    m.location = QString::fromUtf8(location);
    const QJsonValue caveats = o.value(u"c");
    if (!caveats.isUndefined() && !caveats.isNull() && !caveats.isArray())
        return std::nullopt;
    for (const QJsonValue &cv : caveats.toArray()) {
        if (!cv.isObject())
            return std::nullopt;
        const QJsonObject c = cv.toObject();
        MacaroonCaveat caveat;
        QByteArray caveatLocation;
        if (!jsonBytes(c, u"i", &caveat.identifier, &found) || !found
            || !jsonBytes(c, u"v", &caveat.verificationId, &found)
            || !jsonBytes(c, u"l", &caveatLocation, &found))
            return std::nullopt;
        if (caveat.verificationId.isEmpty() && !caveatLocation.isEmpty())
            return std::nullopt; // as in the binary form: first-party caveats have no location
        caveat.location = QString::fromUtf8(caveatLocation);
        m.caveats.append(std::move(caveat));
    }
    return m;
}

Result<QList<Macaroon>, MacaroonError> decodeJson(QByteArrayView bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(MacaroonErrorCode::InvalidJson,
                     MacaroonText::tr("the macaroon JSON is invalid"));
    QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QList<Macaroon> out;
    for (const QJsonValue &item : items) {
        auto m = item.isObject() ? macaroonFromJson(item.toObject()) : std::nullopt;
        if (!m)
            return error(MacaroonErrorCode::Malformed,
                         MacaroonText::tr("the macaroon JSON lacks an identifier or signature"));
        out.append(std::move(*m));
    }
    if (out.isEmpty())
        return error(MacaroonErrorCode::Empty, MacaroonText::tr("the macaroon JSON is empty"));
    return out;
}

bool isAsciiHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

Result<QList<Macaroon>, MacaroonError> decodeMacaroons(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return error(MacaroonErrorCode::Empty, MacaroonText::tr("the macaroon is empty"));
    if (bytes.size() > maxMacaroonBytes)
        return error(MacaroonErrorCode::TooLarge, MacaroonText::tr("the macaroon is too large"));
    const char first = bytes.front();
    QList<Macaroon> out;
    if (first == 0x02) {
        V2Reader reader(bytes);
        while (!reader.atEnd()) {
            auto m = decodeOneV2(reader);
            if (!m)
                return fail(m.error());
            out.append(std::move(*m));
        }
        return out;
    }
    if (isAsciiHexDigit(first)) {
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            auto m = decodeOneV1(bytes, pos);
            if (!m)
                return fail(m.error());
            out.append(std::move(*m));
        }
        return out;
    }
    if (first == '{' || first == '[')
        return decodeJson(bytes);
    return error(MacaroonErrorCode::UnknownFormat,
                 MacaroonText::tr("the data is not a macaroon (first byte 0x%1)")
                     .arg(quint8(first), 2, 16, QLatin1Char('0')));
}

std::optional<PaymentHash> L402Token::paymentHash() const
{
    return macaroons.isEmpty() ? std::nullopt : macaroons.first().paymentHash();
}

L402Token decodeL402Token(QStringView token)
{
    L402Token out;
    out.raw = token.toString();
    const QStringView trimmed = token.trimmed();
    // Base64 is 4/3 of the bytes; refuse before decoding anything larger than a macaroon can be.
    if (trimmed.size() > maxMacaroonBytes / 3 * 4 + 1024) {
        out.opaqueReason = MacaroonText::tr("the token is too large to be a macaroon");
        return out;
    }
    QByteArray bytes;
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        bytes = trimmed.toUtf8();
    } else {
        base64::DecodeOptions lenient;
        lenient.ignoreWhitespace = true;
        const auto decoded = base64::decode(trimmed, lenient);
        if (!decoded) {
            out.opaqueReason = MacaroonText::tr("the token is not base64");
            return out;
        }
        bytes = *decoded;
    }
    auto macaroons = decodeMacaroons(bytes);
    if (!macaroons) {
        out.opaqueReason = macaroons.error().message;
        return out;
    }
    out.macaroons = std::move(*macaroons);
    return out;
}

} // namespace lw

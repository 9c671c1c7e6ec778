// SPDX-License-Identifier: GPL-3.0-or-later
#include "authchallenge.h"

namespace lw {

namespace {

bool isTchar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'-':
    case u'.':
    case u'^':
    case u'_':
    case u'`':
    case u'|':
    case u'~':
        return true;
    default:
        return false;
    }
}

bool isToken68Char(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'-' || c == u'.' || c == u'_' || c == u'~' || c == u'+' || c == u'/';
}

// Folded header lines may arrive joined by newlines; treat them as whitespace.
bool isWhitespace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

class Tokenizer {
public:
    explicit Tokenizer(QStringView s)
        : m_s(s)
    {}

    QList<AuthChallenge> run()
    {
        QList<AuthChallenge> out;
        AuthChallenge *current = nullptr;
        while (true) {
            skipSeparators();
            if (atEnd())
                break;
            const QStringView name = readWhile(isTchar);
            if (name.isEmpty()) {
                ++m_pos; // a stray character: skip it
                continue;
            }
            const qsizetype afterName = m_pos;
            skipSpaces();
            if (peek() == u'=' && current) {
                ++m_pos;
                skipSpaces();
                addParam(*current, name, readValue());
                continue;
            }
            if (peek() == u'=') {
                // A parameter before any scheme: not ours to interpret.
                ++m_pos;
                skipSpaces();
                readValue();
                continue;
            }
            m_pos = afterName;
            out.append(AuthChallenge{name.toString(), {}, {}});
            current = &out.last();
            readToken68(*current);
        }
        return out;
    }

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_s[m_pos].unicode(); }

    template <typename Pred>
    QStringView readWhile(Pred pred)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && pred(m_s[m_pos].unicode()))
            ++m_pos;
        return m_s.sliced(start, m_pos - start);
    }

    void skipSpaces()
    {
        while (!atEnd() && isWhitespace(peek()))
            ++m_pos;
    }

    void skipSeparators()
    {
        while (!atEnd() && (isWhitespace(peek()) || peek() == u','))
            ++m_pos;
    }

    // After a scheme: a token68 is a run of token68 characters, optional "=" padding, then the
    // end of the element. Anything else is left for the parameter loop.
    void readToken68(AuthChallenge &challenge)
    {
        const qsizetype save = m_pos;
        skipSpaces();
        if (m_pos == save)
            return; // the scheme is directly followed by "," or the end
        const QStringView body = readWhile(isToken68Char);
        readWhile([](char16_t c) { return c == u'='; }); // token68 padding
        const qsizetype afterToken = m_pos;
        skipSpaces();
        if (!body.isEmpty() && (atEnd() || peek() == u',')) {
            challenge.token68 = m_s.sliced(save, afterToken - save).trimmed().toString();
            return;
        }
        m_pos = save;
    }

    QString readValue()
    {
        const char16_t quote = peek();
        if (quote == u'"') {
            ++m_pos;
            QString value;
            while (!atEnd() && peek() != u'"') {
                if (peek() == u'\\' && m_pos + 1 < m_s.size())
                    ++m_pos;
                value += m_s[m_pos];
                ++m_pos;
            }
            if (!atEnd())
                ++m_pos; // closing quote
            return value;
        }
        if (quote == u'\'') {
            ++m_pos;
            const QStringView value = readWhile([](char16_t c) { return c != u'\''; });
            if (!atEnd())
                ++m_pos;
            return value.toString();
        }
        return readWhile([](char16_t c) { return c != u',' && !isWhitespace(c); }).toString();
    }

    static void addParam(AuthChallenge &challenge, QStringView name, QString value)
    {
        if (!challenge.hasParam(name))
            challenge.params.append(AuthParam{name.toString().toLower(), std::move(value)});
    }

    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace

bool AuthChallenge::hasParam(QStringView name) const
{
    for (const AuthParam &p : params)
        if (name.compare(p.name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString AuthChallenge::param(QStringView name) const
{
    for (const AuthParam &p : params)
        if (name.compare(p.name, Qt::CaseInsensitive) == 0)
            return p.value;
    return {};
}

QList<AuthChallenge> parseAuthChallenges(QStringView headerValue)
{
    return Tokenizer(headerValue).run();
}

QList<AuthChallenge> parseAuthChallenges(const QList<QByteArray> &headerLines)
{
    QList<AuthChallenge> out;
    for (const QByteArray &line : headerLines)
        out += parseAuthChallenges(QString::fromLatin1(line));
    return out;
}

} // namespace lw

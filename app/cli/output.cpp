// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "common/safetext.h"

#include <QJsonDocument>

#include <cstdio>

namespace lw::cli {

namespace {

void write(FILE *stream, const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
}

// QJsonDocument escapes only C0 controls; invisible characters from untrusted strings (C1
// controls, bidi overrides, zero-width characters) become \uXXXX too, so a terminal shows what
// the data is rather than being steered by it. The JSON stays equivalent.
QByteArray terminalSafeJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        char32_t cp = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text[i + 1]);
            units = 2;
        }
        if (cp >= 0x20 && isInvisibleCharacter(cp)) {
            for (qsizetype k = 0; k < units; ++k)
                out += QStringLiteral("\\u%1").arg(text[i + k].unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += text.sliced(i, units);
        }
        i += units - 1;
    }
    return out.toUtf8();
}

} // namespace

void printJson(const QJsonObject &object)
{
    write(stdout, terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void printLine(const QString &line)
{
    write(stdout, line.toUtf8() + '\n');
}

int fail(const QString &message)
{
    // One line, and nothing a terminal would act on: messages can quote the input.
    write(stderr, "lightwork-cli: " + displayText(message).toUtf8() + '\n');
    return BadInput;
}

} // namespace lw::cli

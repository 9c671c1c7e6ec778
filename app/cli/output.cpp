// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "common/safetext.h"

#include <QJsonArray>
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

int exitCodeFor(const AppError &error)
{
    if (error.code == u"no_keychain")
        return NoKeychain;
    switch (error.kind) {
    case AppError::Kind::Invalid:
        return BadInput;
    case AppError::Kind::Refused:
    case AppError::Kind::Cancelled:
        return Refused;
    case AppError::Kind::Storage:
        return StorageFailed;
    default:
        return Failure;
    }
}

int report(const AppError &error, bool json)
{
    if (json) {
        QJsonObject e{{QStringLiteral("kind"), error.kindName()},
                      {QStringLiteral("message"), error.message}};
        if (error.httpStatus)
            e.insert(QStringLiteral("http_status"), error.httpStatus);
        if (!error.code.isEmpty())
            e.insert(QStringLiteral("code"), error.code);
        if (!error.serverMessage.isEmpty())
            e.insert(QStringLiteral("server_message"), error.serverMessage);
        printJson({{QStringLiteral("error"), e}});
    }
    write(stderr, "lightwork-cli: " + displayText(error.describe()).toUtf8() + '\n');
    return exitCodeFor(error);
}

namespace {

void flatten(const QString &prefix, const QJsonValue &value, QStringList &lines)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), lines);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            lines << prefix + QStringLiteral(": (none)");
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(prefix + u'[' + QString::number(i) + u']', a.at(i), lines);
        return;
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    else if (value.isDouble()) // whole numbers as integers, fractions (a confidence) as such
        text = value.toDouble() == double(value.toInteger()) ? QString::number(value.toInteger())
                                                             : QString::number(value.toDouble());
    else
        text = QStringLiteral("-");
    lines << prefix + QStringLiteral(": ") + displayText(text);
}

} // namespace

void emitResult(const QJsonObject &object, bool json)
{
    if (json) {
        printJson(object);
        return;
    }
    QStringList lines;
    flatten(QString(), object, lines);
    for (const QString &line : lines)
        printLine(line);
}

void note(const QString &line)
{
    write(stderr, displayText(line).toUtf8() + '\n');
}

} // namespace lw::cli

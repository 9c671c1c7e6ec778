// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <QJsonDocument>

#include <cstdio>

namespace lw::cli {

void printJson(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString &line)
{
    const QByteArray text = line.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    // One line, whatever the message holds: newlines from remote text are flattened.
    QString flat = message;
    flat.replace(u'\n', u' ').replace(u'\r', u' ');
    const QByteArray text = "lightwork-cli: " + flat.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    return BadInput;
}

} // namespace lw::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/safefilename.h"

#include "common/safetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SafeFileName)
};

constexpr qsizetype maxNameBytes = 200; // under every file system's 255, room for " (99)"
constexpr int maxCopies = 1000;

bool isDeviceName(const QString &name)
{
    // Windows refuses these as names whatever the extension ("nul.txt" too).
    const QString stem = name.section(u'.', 0, 0).toUpper();
    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (fixed.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))
           && stem.at(3) >= u'0' && stem.at(3) <= u'9';
}

//! Cuts to at most `bytes` of UTF-8 without splitting a character.
QString clip(const QString &text, qsizetype bytes)
{
    QString out;
    qsizetype used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString piece = text.mid(i, units);
        const qsizetype size = piece.toUtf8().size();
        if (used + size > bytes)
            break;
        out += piece;
        used += size;
        i += units - 1;
    }
    return out;
}

} // namespace

QString safeFileName(const QString &untrusted, const QString &fallback)
{
    QString name = untrusted;
    const qsizetype cut = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (cut >= 0)
        name = name.mid(cut + 1);

    QString clean;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        char32_t cp = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, name.at(i + 1));
            units = 2;
        } else if (c.isSurrogate()) {
            continue; // half a pair
        }
        const QString piece = name.mid(i, units);
        i += units - 1;
        if (cp < 0x20 || cp == 0x7f || isInvisibleCharacter(cp))
            continue;
        if (cp < 0x80 && QStringView(u"<>:\"|?*").contains(QChar(char16_t(cp))))
            clean += u'_';
        else
            clean += piece;
    }
    // No hidden files and no "..": leading dots and spaces go; Windows drops trailing ones.
    while (!clean.isEmpty() && (clean.front() == u'.' || clean.front().isSpace()))
        clean.remove(0, 1);
    while (!clean.isEmpty() && (clean.back() == u'.' || clean.back().isSpace()))
        clean.chop(1);
    if (clean.isEmpty())
        return fallback;
    if (isDeviceName(clean))
        clean.prepend(u'_');

    if (clean.toUtf8().size() > maxNameBytes) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const QString ext = dot > 0 && clean.size() - dot <= 16 ? clean.mid(dot) : QString();
        clean =
            clip(clean.left(clean.size() - ext.size()), maxNameBytes - ext.toUtf8().size()) + ext;
    }
    return clean;
}

Result<QString, AppError> saveNewFile(const QString &folder, const QString &name,
                                      const QByteArray &content)
{
    const QDir dir(folder);
    if (!dir.exists())
        return fail(AppError::make(
            AppError::Kind::Invalid,
            Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder))));
    const QString safe = safeFileName(name);
    const qsizetype dot = safe.lastIndexOf(u'.');
    const QString stem = dot > 0 ? safe.left(dot) : safe;
    const QString ext = dot > 0 ? safe.mid(dot) : QString();
    for (int copy = 1; copy <= maxCopies; ++copy) {
        const QString candidate = copy == 1 ? safe : stem + QStringLiteral(" (%1)").arg(copy) + ext;
        const QString path = dir.filePath(candidate);
        // The name has no separators, so the file is in `folder`; check anyway.
        if (QFileInfo(path).absolutePath() != QFileInfo(dir.absolutePath()).absoluteFilePath())
            return fail(AppError::make(AppError::Kind::Invalid, Text::tr("Unsafe file name.")));
        QFile file(path);
        // NewOnly is O_EXCL: never an existing file, never through a symlink.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                continue;
            return fail(
                AppError::make(AppError::Kind::Storage,
                               Text::tr("Cannot create %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString())));
        }
        if (file.write(content) != content.size() || !file.flush()) {
            file.remove();
            return fail(
                AppError::make(AppError::Kind::Storage,
                               Text::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path))));
        }
        return path;
    }
    return fail(AppError::make(AppError::Kind::Conflict,
                               Text::tr("Too many files named %1 already.").arg(safe)));
}

} // namespace lw

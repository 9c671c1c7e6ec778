// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace lw {

//! What a task's detail shows of a server's text: plain text only (never rich text or
//! Markdown, so no remote image or link is ever fetched), invisible characters escaped
//! (displayText), bounded in characters and lines so a hostile megabyte cannot stall the view.
struct DetailText {
    //! The description: paragraphs kept, at most `maxChars` characters and `maxLines` lines.
    static QString paragraphs(const QString &text, qsizetype maxChars, int maxLines,
                              bool *shortened = nullptr);
    //! One line (a title, a name): breaks become spaces, at most `maxChars` characters.
    static QString line(const QString &text, qsizetype maxChars);
    //! A server timestamp (ISO 8601) in UTC; invalid when unreadable.
    static QDateTime time(const QString &text);

    static constexpr qsizetype descriptionChars = 20'000;
    static constexpr int descriptionLines = 400;
    static constexpr qsizetype quoteChars = 4'000;
    static constexpr int quoteLines = 60;
    static constexpr qsizetype titleChars = 300;
    static constexpr qsizetype idChars = 80;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/millisats.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lw {

//! The Post a task form's checks, as pure functions answering a translated sentence (empty when
//! the value is fine). They run on every keystroke, so nothing here touches the network.
class PostTaskFields {
    Q_DECLARE_TR_FUNCTIONS(PostTaskForm)

public:
    //! A title longer than this is refused (402ai and ProofLayer both list titles in one line).
    static constexpr qsizetype maxTitleChars = 200;
    //! Descriptions above this are refused before paying: the market would keep less.
    static constexpr qsizetype maxDescriptionChars = 100'000;

    static QString titleError(const QString &title);
    static QString descriptionError(const QString &description, bool required);
    //! `text` as typed: whole sats, above zero, at most `cap`.
    static QString budgetError(const QString &text, MilliSats cap);
    //! The budget as whole sats; empty when `text` is not a positive whole number.
    static std::optional<MilliSats> parseBudget(const QString &text);
};

} // namespace lw

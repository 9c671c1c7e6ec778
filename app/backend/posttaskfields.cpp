// SPDX-License-Identifier: GPL-3.0-or-later
#include "posttaskfields.h"

namespace lw {

QString PostTaskFields::titleError(const QString &title)
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        //: Post a task: the title field is empty.
        return tr("Give the task a title.");
    if (t.size() > maxTitleChars)
        //: Post a task: the title is too long; %1 is the limit in characters.
        return tr("Keep the title to %1 characters.").arg(maxTitleChars);
    for (const QChar c : t)
        if (c.category() == QChar::Other_Control)
            //: Post a task: the title holds a tab, line break or other control character.
            return tr("The title must be one line of text.");
    return {};
}

QString PostTaskFields::descriptionError(const QString &description, bool required)
{
    if (required && description.trimmed().isEmpty())
        //: Post a task: the description field is empty.
        return tr("Describe what is to be done.");
    if (description.size() > maxDescriptionChars)
        //: Post a task: the description is too long; %1 is the limit in characters.
        return tr("Keep the description to %1 characters.").arg(maxDescriptionChars);
    return {};
}

std::optional<MilliSats> PostTaskFields::parseBudget(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 15)
        return std::nullopt;
    for (const QChar c : t)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    const qint64 sats = t.toLongLong();
    if (sats <= 0)
        return std::nullopt;
    return MilliSats::fromSats(sats);
}

QString PostTaskFields::budgetError(const QString &text, MilliSats cap)
{
    if (text.trimmed().isEmpty())
        //: Post a task: the budget field is empty.
        return tr("Enter a budget in sats.");
    const auto budget = parseBudget(text);
    if (!budget)
        //: Post a task: the budget is not a whole number of sats above zero.
        return tr("The budget is a whole number of sats above zero.");
    if (*budget > cap)
        //: Post a task: the budget is above the per-payment cap from Settings; %1 is the cap.
        return tr("The budget is above your per-payment cap of %1 sat (Settings).")
            .arg(cap.toSatsDecimal());
    return {};
}

} // namespace lw

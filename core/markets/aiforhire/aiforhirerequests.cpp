// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/aiforhire/aiforhirerequests.h"

#include "common/base64.h"
#include "lightning/bolt11decoder.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

// The parsers' translation context (aiforhirefields.h): one context for the whole market.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AiForHire)
};

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

bool isPositiveWholeSats(MilliSats amount)
{
    return amount.msat() > 0 && amount.isWholeSats() && amount.msat() <= MilliSats::maxMoneyMsat;
}

} // namespace

QJsonObject postTaskBody(const QString &title, const QString &description, MilliSats budget)
{
    QJsonObject o{{u"title"_s, title}, {u"budget_sats"_s, budget.floorSats()}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

QJsonObject quoteBody(MilliSats price, const QString &description)
{
    QJsonObject o{{u"price_sats"_s, price.floorSats()}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

QJsonObject quoteUpdateBody(std::optional<MilliSats> price,
                            const std::optional<QString> &description)
{
    QJsonObject o;
    if (price)
        o.insert(u"price_sats"_s, price->floorSats());
    if (description)
        o.insert(u"description"_s, *description);
    return o;
}

QJsonObject messageBody(const QString &text)
{
    return {{u"body"_s, text}};
}

QJsonObject deliverBody(const QString &filename, const QString &contentBase64, const QString &notes)
{
    return {{u"filename"_s, filename}, {u"content_base64"_s, contentBase64}, {u"notes"_s, notes}};
}

QJsonObject collectBody(MilliSats amount, const QString &invoice)
{
    return {{u"invoice"_s, invoice}, {u"amount_sats"_s, amount.floorSats()}};
}

QJsonObject topupBody(MilliSats amount)
{
    return {{u"amount_sats"_s, amount.floorSats()}};
}

QJsonObject claimBody(const Preimage &preimage, const QString &token)
{
    QJsonObject o{{u"preimage"_s, preimage.toHex()}};
    if (!token.isEmpty())
        o.insert(u"token"_s, token);
    return o;
}

std::optional<AppError> validatePostTask(const QString &title, const QString &description,
                                         MilliSats budget)
{
    // server.py: title = body.get("title", "").strip(); if not title: missing_field.
    if (title.trimmed().isEmpty())
        return invalid(Text::tr("A task needs a title."));
    if (title.size() > maxHireTitleChars)
        return invalid(
            Text::tr("The title is longer than %n characters.", nullptr, int(maxHireTitleChars)));
    if (description.size() > maxHireTextChars)
        return invalid(Text::tr("The description is longer than %n characters.", nullptr,
                                int(maxHireTextChars)));
    // int(budget_sats) <= 0: invalid_field. Whole sats: the field is an integer.
    if (!isPositiveWholeSats(budget))
        return invalid(Text::tr("The budget must be a whole number of sats above zero."));
    return std::nullopt;
}

std::optional<AppError> validateQuote(const HireTask &task, const QString &myAccountId,
                                      MilliSats price, const QString &description)
{
    // In server.py's order: the body, then create_quote's not found, state, own task.
    if (!isPositiveWholeSats(price))
        return invalid(Text::tr("The price must be a whole number of sats above zero."));
    if (description.size() > maxHireTextChars)
        return invalid(Text::tr("The description is longer than %n characters.", nullptr,
                                int(maxHireTextChars)));
    if (task.id.isEmpty())
        return invalid(Text::tr("The task is not known."));
    if (task.status != HireTaskStatus::Open)
        return AppError::make(AppError::Kind::Conflict,
                              Text::tr("The task is not open for quotes."));
    if (!myAccountId.isEmpty() && task.buyerAccountId == myAccountId)
        return invalid(Text::tr("You cannot quote on your own task."));
    return std::nullopt;
}

std::optional<AppError> validateQuoteUpdate(std::optional<MilliSats> price,
                                            const std::optional<QString> &description)
{
    if (!price && !description)
        return invalid(Text::tr("The quote update changes nothing."));
    if (price && !isPositiveWholeSats(*price))
        return invalid(Text::tr("The price must be a whole number of sats above zero."));
    if (description && description->size() > maxHireTextChars)
        return invalid(Text::tr("The description is longer than %n characters.", nullptr,
                                int(maxHireTextChars)));
    return std::nullopt;
}

std::optional<AppError> validateMessage(const QString &text)
{
    // server.py: text = body.get("body", "").strip(); if not text: missing_field.
    if (text.trimmed().isEmpty())
        return invalid(Text::tr("A message cannot be empty."));
    if (text.size() > maxHireTextChars)
        return invalid(
            Text::tr("The message is longer than %n characters.", nullptr, int(maxHireTextChars)));
    return std::nullopt;
}

std::optional<AppError> validateDeliver(const QString &filename, const QString &contentBase64,
                                        const QString &notes)
{
    if (filename.trimmed().isEmpty())
        return invalid(Text::tr("A delivery needs a file name."));
    if (filename.size() > maxHireFilenameChars)
        return invalid(Text::tr("The file name is longer than %n characters.", nullptr,
                                int(maxHireFilenameChars)));
    if (contentBase64.isEmpty())
        return invalid(Text::tr("A delivery needs content."));
    if (contentBase64.size() > maxHireContentBase64Chars)
        return invalid(Text::tr("The delivery is too large."));
    if (!base64::decode(contentBase64, {base64::Alphabet::Standard}))
        return invalid(Text::tr("The delivery's content is not valid base64."));
    if (notes.size() > maxHireTextChars)
        return invalid(
            Text::tr("The notes are longer than %n characters.", nullptr, int(maxHireTextChars)));
    return std::nullopt;
}

std::optional<AppError> validateCollect(MilliSats amount, const QString &invoice)
{
    if (!isPositiveWholeSats(amount))
        return invalid(Text::tr("The amount must be a whole number of sats above zero."));
    if (invoice.trimmed().isEmpty())
        return invalid(Text::tr("A withdrawal needs an invoice."));
    const auto decoded = decodeBolt11(invoice);
    if (!decoded)
        return invalid(Text::tr("The invoice could not be read: %1").arg(decoded.error().message));
    if (!decoded->amount)
        return invalid(Text::tr("The invoice must carry an amount: 402ai cannot pay an open one."));
    if (*decoded->amount != amount)
        return invalid(Text::tr("The invoice is for %1 sat, not %2 sat.")
                           .arg(decoded->amount->toSatsDecimal(), amount.toSatsDecimal()));
    return std::nullopt;
}

std::optional<AppError> validateTopup(MilliSats amount)
{
    if (!isPositiveWholeSats(amount))
        return invalid(Text::tr("The amount must be a whole number of sats above zero."));
    return std::nullopt;
}

} // namespace lw

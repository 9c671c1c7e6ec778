// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolresult.h"

#include "common/safetext.h"
#include "toolimage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lw::toolresult {

using namespace Qt::Literals::StringLiterals;

QString plainText(const QString &text)
{
    const QStringList lines = QStringView(text).left(maxTextChars).toString().split(u'\n');
    QStringList shown;
    shown.reserve(lines.size());
    for (const QString &line : lines) // "\r\n" endings are line ends, not invisible text
        shown << displayText(line.endsWith(u'\r') ? QStringView(line).chopped(1) : line);
    return shown.join(u'\n');
}

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace

ToolResultView viewOf(const ToolOutput &output)
{
    ToolResultView view;
    switch (output.kind) {
    case ToolOutput::Kind::Text:
        view.text = output.text;
        break;
    case ToolOutput::Kind::Json:
        view.text = jsonText(output.data);
        break;
    case ToolOutput::Kind::ImageUrl:
        view.text = output.text;
        return view;
    case ToolOutput::Kind::ImageBase64: {
        QString b64 = output.text;
        if (b64.startsWith(u"data:")) // data:image/png;base64,…
            b64 = b64.sliced(b64.indexOf(u',') + 1);
        const QByteArray bytes = QByteArray::fromBase64(
            b64.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        return imageView(bytes, QString());
    }
    }
    view.shortened = view.text.size() > maxTextChars;
    view.text = plainText(view.text);
    return view;
}

ToolResultView imageView(const QByteArray &bytes, const QString &url)
{
    ToolResultView view;
    view.text = plainText(url.left(2000));
    auto image = toolimage::decode(bytes);
    if (image)
        view.imageUrl = image->dataUrl;
    else
        view.note = image.error();
    return view;
}

bool mayFetch(const QUrl &url, const QUrl &marketBase)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
           && url.scheme() == marketBase.scheme() && url.host() == marketBase.host()
           && url.port(url.scheme() == u"https" ? 443 : 80)
                  == marketBase.port(marketBase.scheme() == u"https" ? 443 : 80)
           && url.userInfo().isEmpty();
}

} // namespace lw::toolresult

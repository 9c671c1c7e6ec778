// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxdirectory.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SandboxDirectory)
};

AppError garbled(const QUrl &base, const QString &what)
{
    AppError e = AppError::make(AppError::Kind::BadResponse,
                                Text::tr("The sandbox at %1 answered something Lightwork cannot "
                                         "use (%2). Is it a Lightwork sandbox?")
                                    .arg(base.toDisplayString(), what));
    e.code = QStringLiteral("bad_sandbox");
    return e;
}

std::optional<QUrl> serviceUrl(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QUrl url(value.toString());
    if (!url.isValid() || url.host().isEmpty() || !isAllowedScheme(url))
        return std::nullopt;
    return url;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

std::optional<SandboxWallet> SandboxDirectory::wallet(const QString &name) const
{
    for (const SandboxWallet &w : wallets)
        if (w.name == name)
            return w;
    return std::nullopt;
}

Result<SandboxDirectory, AppError> parseSandboxDirectory(const QUrl &base, const QByteArray &info,
                                                         const QByteArray &wallets)
{
    const auto infoJson = jsonObject(info);
    if (!infoJson)
        return lw::fail(garbled(base, Text::tr("its info is not JSON")));
    const QJsonObject markets = infoJson->value(u"markets").toObject();
    SandboxDirectory out;
    const auto hire = serviceUrl(markets.value(u"402ai"));
    if (!hire)
        return lw::fail(garbled(base, Text::tr("no usable 402ai address")));
    out.hireUrl = *hire;
    if (markets.contains(u"prooflayer")) {
        const auto proofLayer = serviceUrl(markets.value(u"prooflayer"));
        if (!proofLayer)
            return lw::fail(garbled(base, Text::tr("an unusable ProofLayer address")));
        out.proofLayerUrl = *proofLayer;
    }

    const auto walletsJson = jsonObject(wallets);
    if (!walletsJson || !walletsJson->value(u"wallets").isArray())
        return lw::fail(garbled(base, Text::tr("its wallet list is not JSON")));
    for (const QJsonValue &v : walletsJson->value(u"wallets").toArray()) {
        const QJsonObject w = v.toObject();
        const QJsonObject phoenixd = w.value(u"phoenixd").toObject();
        SandboxWallet wallet;
        wallet.name = w.value(u"name").toString();
        const auto url = serviceUrl(phoenixd.value(u"url"));
        wallet.phoenixdPassword = phoenixd.value(u"password").toString().toUtf8();
        if (wallet.name.isEmpty() || !url || wallet.phoenixdPassword.isEmpty())
            return lw::fail(garbled(base, Text::tr("a wallet without name, address or password")));
        wallet.phoenixdUrl = *url;
        wallet.lightningAddress = w.value(u"lightning_address").toString();
        out.wallets.append(wallet);
    }
    return out;
}

QFuture<Result<SandboxDirectory, AppError>> fetchSandboxDirectory(HttpClient &http,
                                                                  const QUrl &base,
                                                                  const QByteArray &adminKey,
                                                                  QObject *context)
{
    using Body = Result<QByteArray, AppError>;
    const auto get = [&http, base, adminKey, context](const QString &path) {
        HttpRequest request = HttpRequest::get(QUrl(base.toString() + path));
        request.setHeader("x-admin-key", adminKey);
        request.timeoutMs = 10'000;
        return http.send(request).then(context, [base](const HttpResult &r) -> Body {
            if (!r) {
                AppError e = r.error();
                e.message = Text::tr("The sandbox at %1 did not answer: %2")
                                .arg(base.toDisplayString(), r.error().message);
                return lw::fail(e);
            }
            if (r->status == 401)
                return lw::fail(AppError::make(AppError::Kind::Unauthorised,
                                               Text::tr("The sandbox at %1 refused its admin key.")
                                                   .arg(base.toDisplayString())));
            if (!r->isSuccess())
                return lw::fail(garbled(base, Text::tr("HTTP status %1").arg(r->status)));
            return r->body;
        });
    };
    return get(QStringLiteral("/_sandbox/info"))
        .then(context,
              [get, base, context](const Body &info) {
                  using Out = Result<SandboxDirectory, AppError>;
                  if (!info)
                      return QtFuture::makeReadyFuture(Out(lw::fail(info.error())));
                  return get(QStringLiteral("/_sandbox/wallets"))
                      .then(context, [base, info = *info](const Body &wallets) -> Out {
                          if (!wallets)
                              return lw::fail(wallets.error());
                          return parseSandboxDirectory(base, info, *wallets);
                      });
              })
        .unwrap();
}

} // namespace lw

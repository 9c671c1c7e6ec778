// SPDX-License-Identifier: GPL-3.0-or-later
// profile, wallet and account: what lives in the data folder and the keychain.
#include "accountsetup.h"
#include "cliawait.h"
#include "commandcontext.h"
#include "commands.h"
#include "output.h"
#include "walletregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SetupCommands)
};

// A secret comes on standard input, never on the command line (other users see argv).
std::optional<QByteArray> secretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine(64 * 1024).trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

QJsonObject limitsJson(const SpendingLimits &l)
{
    return {{QStringLiteral("confirm_above_sats"), l.confirmAbove.toSatsDecimal()},
            {QStringLiteral("daily_cap_sats"), l.dailyCap.toSatsDecimal()},
            {QStringLiteral("per_payment_cap_sats"), l.perPaymentCap.toSatsDecimal()},
            {QStringLiteral("max_routing_fee_sats"), l.maxRoutingFee.toSatsDecimal()}};
}

QJsonObject walletJson(const WalletConnection &w)
{
    // Settings hold no secret by construction; they are shown as stored.
    return {{QStringLiteral("name"), w.name},
            {QStringLiteral("kind"), w.kind},
            {QStringLiteral("network"), networkName(w.network)},
            {QStringLiteral("default"), w.isDefault},
            {QStringLiteral("settings"), w.settings}};
}

QJsonObject accountJson(const MarketAccount &a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("kind"), marketKindName(a.kind)},
            {QStringLiteral("url"), a.baseUrl.toString()},
            {QStringLiteral("account_id"), a.remoteId}};
}

int unknown(const QString &group, const QString &sub)
{
    return fail(Text::tr("unknown %1 command \"%2\"").arg(group, sub));
}

bool acceptableUrl(const QUrl &url)
{
    return url.isValid() && isAllowedScheme(url);
}

int testWallet(CommandContext &c, const WalletConnection &connection, bool needPay)
{
    if (connection.kind == u"qr") {
        // Nothing to reach: a phone pays each code when someone scans it.
        emitResult({{QStringLiteral("wallet"), connection.name},
                    {QStringLiteral("kind"), connection.kind},
                    {QStringLiteral("note"),
                     Text::tr("A phone wallet has no connection to test: each payment is a QR "
                              "code you scan and pay, then paste its preimage.")}},
                   c.json());
        return Success;
    }
    auto wallet = c.session().makeWallet(connection);
    if (!wallet)
        return c.report(wallet.error());
    const auto report = await((*wallet)->testConnection(needPay));
    if (!report)
        return c.report(report.error());
    emitResult({{QStringLiteral("wallet"), connection.name},
                {QStringLiteral("network"), networkName(report->info.network)},
                {QStringLiteral("alias"), report->info.alias},
                {QStringLiteral("node_id"), report->info.nodeId},
                {QStringLiteral("balance_sats"), report->balance.toSatsDecimal()}},
               c.json());
    return Success;
}

} // namespace

QString takeSubcommand(QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(u'-'))
        return {};
    return arguments.takeAt(1);
}

int runProfile(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    CommandContext c(Text::tr("Profiles: market accounts and wallets with their own limits."));
    const QCommandLineOption confirmAbove(QStringLiteral("confirm-above"),
                                          Text::tr("Ask before paying more than this."),
                                          QStringLiteral("sats"));
    const QCommandLineOption dailyCap(QStringLiteral("daily-cap"),
                                      Text::tr("Never pay more than this in 24 hours."),
                                      QStringLiteral("sats"));
    const QCommandLineOption perPayment(QStringLiteral("per-payment-cap"),
                                        Text::tr("Never pay more than this at once."),
                                        QStringLiteral("sats"));
    const QCommandLineOption maxFee(QStringLiteral("max-fee"),
                                    Text::tr("The most a payment may cost in routing fees."),
                                    QStringLiteral("sats"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Remove a profile whose accounts hold tokens."));
    c.parser.addOptions({confirmAbove, dailyCap, perPayment, maxFee, force});
    const bool takesName = sub == u"add" || sub == u"use" || sub == u"remove";
    if (auto code = c.start(arguments, takesName ? 1 : 0, takesName ? 1 : 0,
                            takesName ? Text::tr("a profile name") : Text::tr("no arguments")))
        return *code;
    AccountStore &store = c.session().accounts();

    if (sub == u"add") {
        auto p = store.addProfile(c.args().first());
        if (!p)
            return c.report(p.error());
        emitResult({{QStringLiteral("profile"), p->name}}, c.json());
        return Success;
    }
    if (sub == u"list" || sub.isEmpty()) {
        auto all = store.profiles();
        if (!all)
            return c.report(all.error());
        QJsonArray out;
        for (const Profile &p : *all)
            out.append(QJsonObject{{QStringLiteral("name"), p.name},
                                   {QStringLiteral("current"), p.id == c.session().profile().id},
                                   {QStringLiteral("limits"), limitsJson(p.limits)}});
        emitResult({{QStringLiteral("profiles"), out}}, c.json());
        return Success;
    }
    if (sub == u"use" || sub == u"remove") {
        auto p = store.profile(c.args().first());
        if (!p)
            return c.report(p.error());
        if (!*p)
            return c.report(
                AppError::make(AppError::Kind::NotFound,
                               Text::tr("No profile named \"%1\".").arg(c.args().first())));
        if (sub == u"use") {
            if (auto r = store.setCurrentProfile((*p)->id); !r)
                return c.report(r.error());
        } else {
            // Its secrets go with it, then the rows; account tokens only when asked to.
            if (!c.parser.isSet(force)
                && !store.accounts((*p)->id).value_or(QList<MarketAccount>()).isEmpty())
                return c.report(AppError::make(
                    AppError::Kind::Refused,
                    Text::tr("The profile has market accounts whose balances need their "
                             "tokens. Remove them first, or add --force.")));
            for (const auto &w : store.wallets((*p)->id).value_or(QList<WalletConnection>()))
                if (auto key = store.walletSecretKey(w.id))
                    (void)c.session().removeSecret(*key);
            for (const auto &a : store.accounts((*p)->id).value_or(QList<MarketAccount>()))
                if (auto key = store.accountSecretKey(a.id))
                    (void)c.session().removeSecret(*key);
            if (auto r = store.removeProfile((*p)->id); !r)
                return c.report(r.error());
        }
        emitResult({{QStringLiteral("profile"), (*p)->name}, {QStringLiteral("done"), sub}},
                   c.json());
        return Success;
    }
    if (sub == u"limits") {
        SpendingLimits limits = c.session().profile().limits;
        int code = Success;
        const auto set = [&](const QCommandLineOption &o, MilliSats &field) {
            if (!c.parser.isSet(o) || code != Success)
                return;
            const auto v = MilliSats::parseSats(c.parser.value(o));
            if (!v)
                code = fail(Text::tr("--%1 needs an amount in sats").arg(o.names().first()));
            else
                field = *v;
        };
        set(confirmAbove, limits.confirmAbove);
        set(dailyCap, limits.dailyCap);
        set(perPayment, limits.perPaymentCap);
        set(maxFee, limits.maxRoutingFee);
        if (code != Success)
            return code;
        if (auto r = store.setLimits(c.session().profile().id, limits); !r)
            return c.report(r.error());
        emitResult({{QStringLiteral("profile"), c.session().profile().name},
                    {QStringLiteral("limits"), limitsJson(limits)}},
                   c.json());
        return Success;
    }
    return unknown(QStringLiteral("profile"), sub);
}

int runWallet(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    CommandContext c(Text::tr("Wallet connections of the current profile."));
    const QCommandLineOption kind(
        QStringLiteral("kind"), Text::tr("phoenixd, lnd, cln, lnbits, nwc or qr (a phone wallet)."),
        QStringLiteral("kind"), QStringLiteral("phoenixd"));
    const QCommandLineOption url(QStringLiteral("url"), Text::tr("The wallet's API address."),
                                 QStringLiteral("url"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        Text::tr("The node's self-signed certificate to trust (LND: tls.cert), a PEM file."),
        QStringLiteral("file"));
    const QCommandLineOption network(QStringLiteral("network"),
                                     Text::tr("bitcoin, testnet, signet or regtest."),
                                     QStringLiteral("name"), QStringLiteral("bitcoin"));
    const QCommandLineOption noTest(QStringLiteral("no-test"),
                                    Text::tr("Save without testing the connection."));
    const QCommandLineOption receiveOnly(
        QStringLiteral("receive-only"),
        Text::tr("Accept credentials that can receive but not pay (an LNbits invoice key)."));
    c.parser.addOptions({kind, url, tlsCert, network, noTest, receiveOnly});
    const bool takesName = sub == u"add" || sub == u"remove" || sub == u"default";
    if (auto code = c.start(arguments, takesName ? 1 : 0, 1, Text::tr("a wallet name")))
        return *code;
    AccountStore &store = c.session().accounts();
    const qint64 profileId = c.session().profile().id;
    const auto named = [&](const QString &name) -> Result<WalletConnection, AppError> {
        auto w = name.isEmpty() ? store.defaultWallet(profileId) : store.wallet(profileId, name);
        if (!w)
            return lw::fail(w.error());
        if (!*w)
            return lw::fail(
                AppError::make(AppError::Kind::NotFound,
                               Text::tr("No wallet named \"%1\" in this profile.").arg(name)));
        return **w;
    };

    if (sub == u"add") {
        WalletConnection w;
        w.profileId = profileId;
        w.name = c.args().first();
        w.kind = c.parser.value(kind);
        const auto kindInfo = WalletRegistry::kind(w.kind);
        if (!kindInfo)
            return fail(Text::tr("--kind: unknown wallet kind \"%1\"").arg(w.kind));
        const auto net = networkFromName(c.parser.value(network));
        if (!net)
            return fail(Text::tr("--network: unknown network \"%1\"").arg(c.parser.value(network)));
        w.network = *net;
        WalletRegistry::Input input;
        input.kind = w.kind;
        if (kindInfo->needsUrl) {
            input.url = QUrl(c.parser.value(url));
            if (!acceptableUrl(input.url))
                return fail(Text::tr("--url needs an https:// address (http:// only on this "
                                     "computer)"));
        } else if (c.parser.isSet(url)) {
            return fail(Text::tr("--url: a %1 connection takes no address").arg(w.kind));
        }
        if (c.parser.isSet(tlsCert)) {
            QFile certFile(c.parser.value(tlsCert));
            if (!certFile.open(QIODevice::ReadOnly))
                return fail(Text::tr("--tls-cert: cannot read %1").arg(certFile.fileName()));
            input.certificatePem = certFile.read(64 * 1024);
        }
        if (kindInfo->needsSecret) {
            const auto secret = secretFromStdin();
            if (!secret)
                return fail(Text::tr("give the %1 on standard input").arg(kindInfo->secretName));
            input.secret = *secret;
        }
        const auto checked = WalletRegistry::check(input);
        if (!checked)
            return c.report(checked.error());
        w.settings = checked->settings;
        auto added = store.addWallet(w);
        if (!added)
            return c.report(added.error());
        auto key = store.walletSecretKey(added->id);
        if (!key)
            return c.report(key.error());
        if (!checked->secret.isEmpty()) {
            auto saved = c.session().writeSecret(*key, checked->secret);
            if (!saved) {
                (void)store.removeWallet(added->id); // no connection without its secret
                return c.report(saved.error());
            }
        }
        // A phone wallet has nothing to test: it is reached only through the QR code.
        if (!c.parser.isSet(noTest) && w.kind != u"qr") {
            const int tested = testWallet(c, *added, !c.parser.isSet(receiveOnly));
            if (tested != Success) {
                (void)c.session().removeSecret(*key);
                (void)store.removeWallet(added->id);
            }
            return tested;
        }
        emitResult(walletJson(*added), c.json());
        return Success;
    }
    if (sub == u"list" || sub.isEmpty()) {
        auto all = store.wallets(profileId);
        if (!all)
            return c.report(all.error());
        QJsonArray out;
        for (const WalletConnection &w : *all)
            out.append(walletJson(w));
        emitResult({{QStringLiteral("wallets"), out}}, c.json());
        return Success;
    }
    auto target = named(c.args().value(0));
    if (!target)
        return c.report(target.error());
    if (sub == u"test")
        return testWallet(c, *target, !c.parser.isSet(receiveOnly));
    if (sub == u"default") {
        if (auto r = store.setDefaultWallet(profileId, target->id); !r)
            return c.report(r.error());
        emitResult({{QStringLiteral("default_wallet"), target->name}}, c.json());
        return Success;
    }
    if (sub == u"remove") {
        if (auto key = store.walletSecretKey(target->id)) {
            if (auto r = c.session().removeSecret(*key); !r)
                return c.report(r.error());
        }
        if (auto r = store.removeWallet(target->id); !r)
            return c.report(r.error());
        emitResult({{QStringLiteral("removed"), target->name}}, c.json());
        return Success;
    }
    return unknown(QStringLiteral("wallet"), sub);
}

int runAccount(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    CommandContext c(Text::tr("Market accounts of the current profile."));
    const QCommandLineOption kind(QStringLiteral("kind"), Text::tr("402ai, prooflayer or tools"),
                                  QStringLiteral("kind"), QStringLiteral("402ai"));
    const QCommandLineOption url(QStringLiteral("url"), Text::tr("The market's address."),
                                 QStringLiteral("url"));
    const QCommandLineOption tokenStdin(
        QStringLiteral("token-stdin"),
        Text::tr("Read an existing account token from standard input."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Remove even when the account's token is kept: "
                                            "access to its balance is lost."));
    c.parser.addOptions({kind, url, tokenStdin, force});
    const bool takesName = sub == u"add" || sub == u"remove";
    if (auto code =
            c.start(arguments, takesName ? 1 : 0, takesName ? 1 : 0, Text::tr("an account name")))
        return *code;
    AccountStore &store = c.session().accounts();
    const qint64 profileId = c.session().profile().id;

    if (sub == u"add") {
        MarketAccount a;
        a.profileId = profileId;
        a.name = c.args().first();
        const auto k = marketKindFromName(c.parser.value(kind));
        if (!k)
            return fail(Text::tr("--kind: one of 402ai, prooflayer, tools"));
        a.kind = *k;
        a.baseUrl = QUrl(c.parser.value(url));
        if (!acceptableMarketUrl(a.baseUrl))
            return fail(Text::tr("--url needs an https:// address (http:// only on this "
                                 "computer)"));
        std::optional<QByteArray> token;
        if (c.parser.isSet(tokenStdin) && !(token = secretFromStdin()))
            return fail(Text::tr("no token on standard input"));
        // The same steps as the app's connect flow: the row, then its token read back.
        auto added = await(addMarketAccount(c.session().engine(), a, token));
        if (!added)
            return c.report(added.error());
        emitResult(accountJson(*added), c.json());
        return Success;
    }
    if (sub == u"list" || sub.isEmpty()) {
        auto all = store.accounts(profileId);
        if (!all)
            return c.report(all.error());
        QJsonArray out;
        for (const MarketAccount &a : *all)
            out.append(accountJson(a));
        emitResult({{QStringLiteral("accounts"), out}}, c.json());
        return Success;
    }
    if (sub == u"remove") {
        auto a = store.account(profileId, c.args().first());
        if (!a)
            return c.report(a.error());
        if (!*a)
            return c.report(
                AppError::make(AppError::Kind::NotFound,
                               Text::tr("No account named \"%1\".").arg(c.args().first())));
        if (auto key = store.accountSecretKey((*a)->id)) {
            if (c.session().readSecret(*key) && !c.parser.isSet(force))
                return c.report(AppError::make(
                    AppError::Kind::Refused,
                    Text::tr("The account's token is in the keychain, and without it its "
                             "balance cannot be reached. Collect the balance first, or add "
                             "--force.")));
            if (auto r = c.session().removeSecret(*key); !r)
                return c.report(r.error());
        }
        if (auto r = store.removeAccount((*a)->id); !r)
            return c.report(r.error());
        emitResult({{QStringLiteral("removed"), (*a)->name}}, c.json());
        return Success;
    }
    return unknown(QStringLiteral("account"), sub);
}

} // namespace lw::cli

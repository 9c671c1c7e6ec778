// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QHash>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<int> percent(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= 0 && v <= 100 ? std::optional<int>(v) : std::nullopt;
}

} // namespace

std::optional<SandboxOptions> parseSandboxOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"A local 402ai + ProofLayer + L402-tools market with simulated Lightning."_s);
    p.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Loopback port; 0 picks a free one."_s, u"port"_s,
                                  u"0"_s);
    const QCommandLineOption data(u"data"_s, u"Keep state in DIR (default: a temporary folder)."_s,
                                  u"dir"_s);
    const QCommandLineOption seed(u"seed"_s, u"Deterministic ids, keys, clock and faults."_s,
                                  u"n"_s);
    const QCommandLineOption start(
        u"start-time"_s, u"Virtual clock start, Unix seconds (with --seed)."_s, u"secs"_s);
    const QCommandLineOption admin(u"admin-key"_s, u"Key for /_sandbox/ (default: random)."_s,
                                   u"key"_s);
    const QCommandLineOption bots(u"bots"_s, u"Simulated buyers and workers."_s, u"n"_s, u"0"_s);
    const QCommandLineOption pace(u"bot-interval-ms"_s, u"Pause between bot actions."_s, u"ms"_s,
                                  u"3000"_s);
    const QCommandLineOption fixed(u"fixed-faults"_s,
                                   u"Turn off real-server faults: all, or a comma list of "
                                   "fee-before-validation, lossy-accept, replay-after-restart, "
                                   "collect-invoice-amount, collect-failure-as-paid."_s,
                                   u"list"_s);
    const QCommandLineOption deliveries(u"serve-deliveries"_s,
                                        u"Show delivery content to the buyer."_s);
    const QCommandLineOption latency(u"latency"_s, u"Delay every answer: MS or MIN-MAX."_s,
                                     u"ms"_s);
    const QCommandLineOption errorRate(u"error-rate"_s, u"Percent of requests answered 5xx."_s,
                                       u"pct"_s);
    const QCommandLineOption resetRate(u"reset-rate"_s, u"Percent of connections reset."_s,
                                       u"pct"_s);
    const QCommandLineOption hangRate(u"hang-rate"_s, u"Percent of requests never answered."_s,
                                      u"pct"_s);
    const QCommandLineOption settle(u"settle-delay-ms"_s, u"How long payments stay in flight."_s,
                                    u"ms"_s);
    const QCommandLineOption payFail(u"payment-fail-rate"_s, u"Percent of payments that fail."_s,
                                     u"pct"_s);
    const QCommandLineOption toolFail(
        u"tool-fail-rate"_s, u"Percent of paid tool calls that fail with a refund."_s, u"pct"_s);
    const QCommandLineOption wallet(
        u"wallet"_s, u"Create a funded wallet NAME:SATS (repeatable)."_s, u"name:sats"_s);
    const QCommandLineOption banner(
        u"banner"_s, u"Also print, on stderr, how to use the sandbox by hand (./dev run does)."_s);
    p.addOptions({port, data, seed, start, admin, bots, pace, fixed, deliveries, latency, errorRate,
                  resetRate, hangRate, settle, payFail, toolFail, wallet, banner});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(u"help"_s)) {
        *error = p.helpText();
        return std::nullopt;
    }

    SandboxOptions o;
    bool ok = true;
    auto fail = [error](const QString &text) {
        *error = text;
        return std::nullopt;
    };
    const int portValue = p.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return fail(u"--port must be 0 to 65535"_s);
    o.port = quint16(portValue);
    o.dataDir = p.value(data);
    if (p.isSet(seed)) {
        o.seed = p.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(u"--seed must be a non-negative integer"_s);
    }
    if (p.isSet(start)) {
        o.startTimeSecs = p.value(start).toLongLong(&ok);
        if (!ok || *o.startTimeSecs < 0)
            return fail(u"--start-time must be Unix seconds"_s);
    }
    o.adminKey = p.value(admin);
    o.bots = p.value(bots).toInt(&ok);
    if (!ok || o.bots < 0 || o.bots > 50)
        return fail(u"--bots must be 0 to 50"_s);
    o.botIntervalMs = p.value(pace).toInt(&ok);
    if (!ok || o.botIntervalMs < 10)
        return fail(u"--bot-interval-ms must be at least 10"_s);
    static const QHash<QString, KnownFault> names{
        {u"fee-before-validation"_s, KnownFault::FeeBeforeValidation},
        {u"lossy-accept"_s, KnownFault::LossyAccept},
        {u"replay-after-restart"_s, KnownFault::ReplayAfterRestart},
        {u"collect-invoice-amount"_s, KnownFault::CollectInvoiceAmount},
        {u"collect-failure-as-paid"_s, KnownFault::CollectFailureAsPaid}};
    if (p.isSet(fixed)) {
        for (const QString &name : p.value(fixed).split(u',', Qt::SkipEmptyParts)) {
            if (name.trimmed() == u"all") {
                for (KnownFault f : names)
                    o.fixedFaults.insert(f);
            } else if (names.contains(name.trimmed())) {
                o.fixedFaults.insert(names.value(name.trimmed()));
            } else {
                return fail(u"unknown fault in --fixed-faults: "_s + name);
            }
        }
    }
    o.serveDeliveries = p.isSet(deliveries);
    o.banner = p.isSet(banner);
    if (p.isSet(latency)) {
        const QStringList parts = p.value(latency).split(u'-');
        const int lo = parts.value(0).toInt(&ok);
        bool ok2 = true;
        const int hi = parts.size() > 1 ? parts.value(1).toInt(&ok2) : lo;
        if (!ok || !ok2 || parts.size() > 2 || lo < 0 || hi < lo || hi > 600'000)
            return fail(u"--latency must be MS or MIN-MAX"_s);
        o.faults.latencyMinMs = lo;
        o.faults.latencyMaxMs = hi;
    }
    const QList<QPair<const QCommandLineOption *, int *>> rates{
        {&errorRate, &o.faults.errorPercent},
        {&resetRate, &o.faults.resetPercent},
        {&hangRate, &o.faults.hangPercent},
        {&payFail, &o.paymentFailPercent},
        {&toolFail, &o.toolFailPercent}};
    for (const auto &[option, target] : rates) {
        if (!p.isSet(*option))
            continue;
        const auto v = percent(p.value(*option));
        if (!v)
            return fail(u"--%1 must be a percentage 0 to 100"_s.arg(option->names().first()));
        *target = *v;
    }
    if (o.faults.errorPercent + o.faults.resetPercent + o.faults.hangPercent > 100)
        return fail(u"--error-rate, --reset-rate and --hang-rate add up to more than 100"_s);
    if (p.isSet(settle)) {
        o.settleDelayMs = p.value(settle).toInt(&ok);
        if (!ok || o.settleDelayMs < 0)
            return fail(u"--settle-delay-ms must be a non-negative integer"_s);
    }
    for (const QString &spec : p.values(wallet)) {
        const qsizetype colon = spec.lastIndexOf(u':');
        const QString name = spec.first(qMax<qsizetype>(colon, 0));
        const qint64 sats = colon < 0 ? -1 : spec.sliced(colon + 1).toLongLong(&ok);
        if (colon <= 0 || !ok || sats < 0 || sats > 2'100'000'000'000'000LL)
            return fail(u"--wallet must be NAME:SATS"_s);
        o.wallets.append({name, sats});
    }
    return o;
}

} // namespace lw::sandbox

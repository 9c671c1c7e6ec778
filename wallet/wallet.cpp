// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet.h"

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Wallet)
};

//! The connection-test code for an error of info(), balance() or payPermission().
QString problemOf(const AppError &e)
{
    switch (e.kind) {
    case AppError::Kind::Network:
    case AppError::Kind::Timeout:
    case AppError::Kind::Insecure:
        return QString::fromUtf16(ConnectionProblem::unreachable);
    case AppError::Kind::Tls:
        return QString::fromUtf16(ConnectionProblem::tlsMismatch);
    case AppError::Kind::Unauthorised:
        return QString::fromUtf16(ConnectionProblem::authFailed);
    default:
        return QString::fromUtf16(ConnectionProblem::badResponse);
    }
}

AppError withProblem(AppError e)
{
    // A backend may already have named the problem more precisely (no_pay_permission).
    if (e.code.isEmpty())
        e.code = problemOf(e);
    return e;
}

//! What the three answers of a connection test come to.
struct TestState {
    QPromise<Result<Wallet::ConnectionReport, AppError>> promise;
    std::optional<Result<Wallet::WalletInfo, AppError>> info;
    std::optional<Result<MilliSats, AppError>> balance;
    std::optional<Result<Wallet::PayPermission, AppError>> permission;
    Network expected = Network::Mainnet;
    bool needPay = true;
    bool done = false;

    void deliver(Result<Wallet::ConnectionReport, AppError> r)
    {
        if (done)
            return;
        done = true;
        promise.addResult(std::move(r));
        promise.finish();
    }

    void settle()
    {
        if (!info || !balance || !permission)
            return;
        if (!*info)
            return deliver(fail(withProblem(info->error())));
        if ((*info)->network != expected) {
            AppError e =
                AppError::make(AppError::Kind::Refused,
                               Text::tr("The wallet is on %1, but Lightwork is set up for %2.")
                                   .arg(networkName((*info)->network), networkName(expected)));
            e.code = QString::fromUtf16(ConnectionProblem::wrongNetwork);
            return deliver(fail(e));
        }
        if (!*balance)
            return deliver(fail(withProblem(balance->error())));
        if (!*permission)
            return deliver(fail(withProblem(permission->error())));
        if (needPay && **permission == Wallet::PayPermission::Denied) {
            AppError e = AppError::make(
                AppError::Kind::Unauthorised,
                Text::tr("These credentials can receive but not pay. Connect with a key that "
                         "may send payments (an admin key, the full-access password, or a "
                         "connection with pay permission)."));
            e.code = QString::fromUtf16(ConnectionProblem::noPayPermission);
            return deliver(fail(e));
        }
        deliver(Wallet::ConnectionReport{**info, **balance});
    }
};

template <typename T>
Result<T, AppError> resultOf(const QFuture<Result<T, AppError>> &f)
{
    if (f.resultCount() == 0)
        return fail(AppError::make(AppError::Kind::Cancelled,
                                   Text::tr("The connection test was cancelled.")));
    return f.result();
}

} // namespace

QFuture<Result<Wallet::ConnectionReport, AppError>> Wallet::testConnection(bool needPay)
{
    // The three requests go out at once, and the continuations hold no pointer to this wallet,
    // so they stay safe if it is deleted before the answers arrive.
    auto state = std::make_shared<TestState>();
    state->expected = network();
    state->needPay = needPay;
    state->promise.start();
    QFuture<Result<ConnectionReport, AppError>> out = state->promise.future();
    info().then(QtFuture::Launch::Sync, [state](QFuture<Result<WalletInfo, AppError>> f) {
        state->info = resultOf(f);
        state->settle();
    });
    balance().then(QtFuture::Launch::Sync, [state](QFuture<Result<MilliSats, AppError>> f) {
        state->balance = resultOf(f);
        state->settle();
    });
    payPermission().then(QtFuture::Launch::Sync,
                         [state](QFuture<Result<PayPermission, AppError>> f) {
                             state->permission = resultOf(f);
                             state->settle();
                         });
    return out;
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "onboarding.h"

#include "accountsetup.h"
#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "sessionbinding.h"

namespace lw {

namespace {

const QString recordKey = QStringLiteral("setup.own_profile");
const QString defaultProfile = QStringLiteral("default");
constexpr int maxNameLength = 64;

} // namespace

Onboarding::Onboarding(QObject *parent)
    : QObject(parent)
{}

bool Onboarding::isRecorded(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {recordKey});
    return q && q->next() && !q->value(0).toString().isEmpty();
}

void Onboarding::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &Onboarding::reloadAccounts))
        return;
    Q_EMIT sessionChanged();
    reloadAccounts();
}

EngineSession *Onboarding::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

EngineSession *Onboarding::ready()
{
    EngineSession *e = engine();
    if (m_busy)
        return nullptr;
    if (!e || m_session->setupState() == Session::SetupState::Starting) {
        const bool missing =
            m_session && m_session->keychainState() == Session::KeychainState::Missing;
        //: First-run connect flow, before the data folder is open.
        setError(missing ? m_session->keychainMessage()
                         : tr("Lightwork is still opening its data folder."));
        return nullptr;
    }
    setError({});
    return e;
}

void Onboarding::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void Onboarding::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Onboarding::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void Onboarding::setProfileName(const QString &name)
{
    if (name == m_profileName)
        return;
    m_profileName = name;
    Q_EMIT fieldsChanged();
}

void Onboarding::setMarketKind(const QString &kind)
{
    if (kind == m_marketKind || !marketKindFromName(kind))
        return;
    m_marketKind = kind;
    Q_EMIT fieldsChanged();
}

void Onboarding::setMarketUrl(const QString &url)
{
    if (url == m_marketUrl)
        return;
    m_marketUrl = url;
    Q_EMIT fieldsChanged();
}

void Onboarding::setAccountName(const QString &name)
{
    if (name == m_accountName)
        return;
    m_accountName = name;
    Q_EMIT fieldsChanged();
}

void Onboarding::setTopupSats(int sats)
{
    if (sats == m_topupSats)
        return;
    m_topupSats = sats;
    Q_EMIT fieldsChanged();
}

void Onboarding::setToken(const QString &token)
{
    m_token = token.trimmed().toUtf8();
    Q_EMIT fieldsChanged();
}

void Onboarding::clearToken()
{
    m_token.fill('\0');
    m_token.clear();
    Q_EMIT fieldsChanged();
}

bool Onboarding::hasWallet() const
{
    EngineSession *e = engine();
    if (!e)
        return false;
    auto w = e->accounts().defaultWallet(e->profile().id);
    return w && *w;
}

bool Onboarding::recorded() const
{
    EngineSession *e = engine();
    return e && isRecorded(e->database());
}

MarketKind Onboarding::kind() const
{
    return marketKindFromName(m_marketKind).value_or(MarketKind::AiForHire);
}

QString Onboarding::nameForAccount() const
{
    const QString name = m_accountName.simplified();
    return name.isEmpty() ? m_marketKind : name.left(maxNameLength);
}

void Onboarding::reloadAccounts()
{
    QStringList lines;
    if (EngineSession *e = engine())
        for (const MarketAccount &a :
             e->accounts().accounts(e->profile().id).value_or(QList<MarketAccount>()))
            //: First-run connect flow, one added account; %1 its name, %2 the market's host.
            lines.append(tr("%1 at %2").arg(a.name, a.baseUrl.host()));
    m_accounts = lines;
    Q_EMIT accountsChanged();
}

void Onboarding::saveProfile()
{
    EngineSession *e = ready();
    if (!e)
        return;
    const QString name = m_profileName.simplified();
    if (name.isEmpty() || name.size() > maxNameLength) {
        //: First-run connect flow: the profile name field.
        setError(tr("Give the profile a name of at most %1 characters.").arg(maxNameLength));
        return;
    }
    AccountStore &store = e->accounts();
    auto existing = store.profile(name);
    if (!existing)
        return setError(existing.error().message);
    qint64 id = 0;
    if (*existing) {
        id = (*existing)->id; // set up before (a run that ended early): go on with it
    } else {
        auto added = store.addProfile(name);
        if (!added)
            return setError(added.error().message);
        id = added->id;
    }
    if (auto r = store.setCurrentProfile(id); !r)
        return setError(r.error().message);
    if (id != e->profile().id)
        if (auto r = e->switchProfile(id); !r)
            return setError(r.error().message);
    reloadAccounts();
    setStep(Step::Wallet);
}

void Onboarding::continueToMarket()
{
    if (m_step != Step::Wallet || m_busy)
        return;
    setError({});
    reloadAccounts(); // hasWallet
    setStep(Step::Market);
}

void Onboarding::back()
{
    if (m_busy)
        return;
    setError({});
    if (m_step == Step::Market)
        setStep(Step::Wallet);
    else if (m_step == Step::Wallet)
        setStep(Step::Profile);
}

void Onboarding::addAccount()
{
    EngineSession *e = ready();
    if (!e)
        return;
    const QUrl url = QUrl(m_marketUrl.trimmed()).adjusted(QUrl::StripTrailingSlash);
    if (auto problem = marketUrlProblem(url))
        return setError(problem->message);
    const MarketKind k = kind();
    if (k == MarketKind::AiForHire && m_token.isEmpty()) {
        //: First-run connect flow: "Add" for 402ai without a pasted token.
        setError(tr("Paste the account's X-Token, or create a new account."));
        return;
    }
    setBusy(true);
    const QByteArray token = std::exchange(m_token, QByteArray());
    Q_EMIT fieldsChanged();
    probeMarket(*e, k, url, token)
        .then(this, [this, k, url, token](const Result<QString, AppError> &probe) {
            EngineSession *engine = this->engine();
            if (!probe || !engine) {
                setBusy(false);
                //: First-run connect flow: the market did not answer the test request.
                setError(probe ? QString()
                               : tr("The market did not answer as expected: %1")
                                     .arg(probe.error().message));
                return;
            }
            MarketAccount a;
            a.profileId = engine->profile().id;
            a.name = nameForAccount();
            a.kind = k;
            a.baseUrl = url;
            a.remoteId = *probe;
            std::optional<QByteArray> kept;
            if (!token.isEmpty())
                kept = token;
            addMarketAccount(*engine, a, kept)
                .then(this, [this](const Result<MarketAccount, AppError> &added) {
                    setBusy(false);
                    if (!added)
                        return setError(added.error().message);
                    setAccountName({});
                    reloadAccounts();
                });
        });
}

void Onboarding::createHireAccount()
{
    EngineSession *e = ready();
    if (!e)
        return;
    if (auto problem = marketUrlProblem(QUrl(m_marketUrl.trimmed())))
        return setError(problem->message);
    if (m_topupSats < minTopupSats || m_topupSats > maxTopupSats) {
        //: First-run connect flow: the first top-up's amount.
        setError(tr("Top up between %1 and %2 sat.").arg(minTopupSats).arg(maxTopupSats));
        return;
    }
    MarketAccount a;
    a.profileId = e->profile().id;
    a.name = nameForAccount();
    a.kind = MarketKind::AiForHire;
    a.baseUrl = QUrl(m_marketUrl.trimmed()).adjusted(QUrl::StripTrailingSlash);
    auto existing = e->accounts().account(a.profileId, a.name);
    if (!existing)
        return setError(existing.error().message);
    qint64 id = 0;
    if (*existing && (*existing)->baseUrl == a.baseUrl) {
        id = (*existing)->id; // made by an earlier try: top up the same account
    } else {
        auto added = e->accounts().addAccount(a);
        if (!added)
            return setError(added.error().message);
        id = added->id;
    }
    setBusy(true);
    lw::createHireAccount(*e, id).then(this,
                                       [this, id](const Result<HireClient *, AppError> &made) {
                                           if (!made) {
                                               // The row stays: a retry finds it, with its token
                                               // when one was kept.
                                               setBusy(false);
                                               return setError(made.error().message);
                                           }
                                           requestTopup(id);
                                       });
}

void Onboarding::requestTopup(qint64 accountId)
{
    EngineSession *e = engine();
    if (!e)
        return setBusy(false);
    e->hireById(accountId).then(this, [this, accountId](const Result<HireClient *, AppError> &c) {
        if (!c) {
            setBusy(false);
            return setError(c.error().message);
        }
        (*c)->requestTopup(*MilliSats::fromSats(m_topupSats))
            .then(this, [this, accountId](const Result<TopupInvoice, AppError> &invoice) {
                setBusy(false);
                reloadAccounts();
                if (!invoice)
                    return setError(invoice.error().message);
                m_topupAccount = accountId;
                m_topupInvoice = invoice->invoice;
                Q_EMIT topupChanged();
            });
    });
}

void Onboarding::claimTopup(const QString &preimageHex)
{
    EngineSession *e = ready();
    if (!e || m_topupAccount == 0)
        return;
    const auto preimage = Preimage::fromHex(preimageHex.trimmed());
    if (!preimage) {
        //: First-run connect flow: the Pay dialog gave no proof of payment.
        setError(tr("The payment's proof (preimage) is missing or unreadable."));
        return;
    }
    setBusy(true);
    const qint64 accountId = m_topupAccount;
    e->hireById(accountId).then(this, [this,
                                       p = *preimage](const Result<HireClient *, AppError> &c) {
        if (!c) {
            setBusy(false);
            return setError(c.error().message);
        }
        (*c)->claimTopup(p).then(this, [this](const Result<HireClient::ClaimAnswer, AppError> &r) {
            setBusy(false);
            if (!r)
                //: First-run connect flow: the top-up was paid but the market did not credit it
                //: yet; %1 is why. Trying again is safe.
                return setError(tr("Paid, but the market has not credited the top-up yet: %1 "
                                   "Try again.")
                                    .arg(r.error().message));
            m_topupInvoice.clear();
            m_topupAccount = 0;
            Q_EMIT topupChanged();
            reloadAccounts();
        });
    });
}

void Onboarding::finish()
{
    EngineSession *e = ready();
    if (!e)
        return;
    reloadAccounts();
    if (m_accounts.isEmpty()) {
        //: First-run connect flow: Finish before any market account was added.
        setError(tr("Add at least one market account first."));
        return;
    }
    AccountStore &store = e->accounts();
    // The empty profile made on first open is not one the user chose.
    if (auto unused = store.profile(defaultProfile);
        unused && *unused && (*unused)->id != e->profile().id
        && store.accounts((*unused)->id).value_or(QList<MarketAccount>({MarketAccount()})).isEmpty()
        && store.wallets((*unused)->id)
               .value_or(QList<WalletConnection>({WalletConnection()}))
               .isEmpty())
        (void)store.removeProfile((*unused)->id);
    // Secrets kept for this session only end with it: the next start asks again.
    if (m_session->keychainState() != Session::KeychainState::SessionOnly) {
        auto q = e->database().exec(
            QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                           "DO UPDATE SET value = excluded.value"),
            {recordKey, e->profile().name});
        if (!q)
            return setError(q.error().message);
    }
    setStep(Step::Done);
    m_session->finishConnecting();
    Q_EMIT accountsChanged(); // recorded
    Q_EMIT finished();
}

} // namespace lw

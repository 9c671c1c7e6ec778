// SPDX-License-Identifier: GPL-3.0-or-later
#include "posttaskform.h"

#include "enginesession.h"
#include "feedsource.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "markets/prooflayer/prooflayerrequests.h"
#include "posttaskfields.h"
#include "sessionbinding.h"

namespace lw {

namespace {

enum Field { TitleField = 1, DescriptionField = 2, BudgetField = 4, InputField = 8, All = 15 };

} // namespace

PostTaskForm::PostTaskForm(QObject *parent)
    : QObject(parent)
    , m_taskType(ProofLayerVocabulary::known().taskTypes.value(0))
    , m_workerType(ProofLayerVocabulary::known().workerTypes.value(0))
{}

EngineSession *PostTaskForm::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void PostTaskForm::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &PostTaskForm::refresh))
        return;
    Q_EMIT sessionChanged();
    refresh();
}

void PostTaskForm::refresh()
{
    const quint64 generation = ++m_generation;
    m_hireAccount = 0;
    m_proofLayerAccount = 0;
    m_proofLayerName.clear();
    m_balance.reset();
    EngineSession *e = engine();
    if (e && e->profile().id) {
        auto accounts = e->accounts().accounts(e->profile().id);
        for (const MarketAccount &a : accounts ? *accounts : QList<MarketAccount>()) {
            if (a.kind == MarketKind::AiForHire && !m_hireAccount)
                m_hireAccount = a.id;
            if (a.kind == MarketKind::ProofLayer && !m_proofLayerAccount) {
                m_proofLayerAccount = a.id;
                m_proofLayerName = a.name;
            }
        }
    }
    if (m_market == Market::ProofLayer && !m_proofLayerAccount)
        m_market = Market::AiForHire;
    Q_EMIT accountsChanged();
    Q_EMIT formChanged();
    if (!m_hireAccount)
        return;
    e->hireById(m_hireAccount).then(this, [this, generation](Result<HireClient *, AppError> c) {
        if (generation != m_generation || !c || !(*c)->hasToken())
            return;
        (*c)->me().then(this, [this, generation](const Result<HireAccount, AppError> &me) {
            if (generation != m_generation || !me)
                return;
            m_balance = me->balance;
            Q_EMIT accountsChanged();
            Q_EMIT formChanged();
        });
    });
}

void PostTaskForm::touch(int field)
{
    m_touched |= field;
    Q_EMIT formChanged();
}

void PostTaskForm::setMarket(Market market)
{
    if (market == Market::ProofLayer && !m_proofLayerAccount)
        market = Market::AiForHire;
    if (m_market == market)
        return;
    m_market = market;
    Q_EMIT formChanged();
}

void PostTaskForm::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    touch(TitleField);
}

void PostTaskForm::setDescription(const QString &description)
{
    if (m_description == description)
        return;
    m_description = description;
    touch(DescriptionField);
}

void PostTaskForm::setBudget(const QString &budget)
{
    if (m_budget == budget)
        return;
    m_budget = budget;
    touch(BudgetField);
}

void PostTaskForm::setPayBy(PayBy payBy)
{
    if (m_payBy == payBy)
        return;
    m_payBy = payBy;
    Q_EMIT formChanged();
}

QStringList PostTaskForm::taskTypes() const
{
    return ProofLayerVocabulary::known().taskTypes;
}

QStringList PostTaskForm::workerTypes() const
{
    return ProofLayerVocabulary::known().workerTypes;
}

QStringList PostTaskForm::trustModes() const
{
    return ProofLayerVocabulary::known().trustModes;
}

QStringList PostTaskForm::trustModeChoices() const
{
    //: Post a task (ProofLayer): the task type's own trust mode (proof for verify, judge and
    //: recover; result only otherwise).
    return QStringList{tr("Default for the type")} + trustModes();
}

void PostTaskForm::setTaskType(const QString &type)
{
    if (m_taskType == type)
        return;
    m_taskType = type;
    Q_EMIT formChanged();
}

void PostTaskForm::setInput(const QString &input)
{
    if (m_input == input)
        return;
    m_input = input;
    touch(InputField);
}

void PostTaskForm::setWorkerType(const QString &type)
{
    if (m_workerType == type)
        return;
    m_workerType = type;
    Q_EMIT formChanged();
}

void PostTaskForm::setTrustMode(const QString &mode)
{
    if (m_trustMode == mode)
        return;
    m_trustMode = mode;
    Q_EMIT formChanged();
}

MilliSats PostTaskForm::cap() const
{
    EngineSession *e = engine();
    return e ? e->profile().limits.perPaymentCap : SpendingLimits().perPaymentCap;
}

MilliSats PostTaskForm::postingCost() const
{
    if (m_market == Market::ProofLayer)
        return PostTaskFields::parseBudget(m_budget).value_or(MilliSats());
    return *MilliSats::fromSats(hirePostTaskFeeSats);
}

QString PostTaskForm::titleError() const
{
    return touched(TitleField) ? PostTaskFields::titleError(m_title) : QString();
}

QString PostTaskForm::descriptionError() const
{
    return touched(DescriptionField)
               ? PostTaskFields::descriptionError(m_description, m_market == Market::AiForHire)
               : QString();
}

QString PostTaskForm::budgetError() const
{
    return touched(BudgetField) ? PostTaskFields::budgetError(m_budget, cap()) : QString();
}

QString PostTaskForm::inputError() const
{
    return touched(InputField) ? inputProblem() : QString();
}

QString PostTaskForm::inputProblem() const
{
    if (m_market != Market::ProofLayer)
        return {};
    if (m_input.trimmed().isEmpty())
        //: Post a task (ProofLayer): the question field is empty.
        return tr("Ask the question the worker answers.");
    ProofLayerTaskDraft draft;
    draft.taskType = m_taskType;
    draft.title = m_title.trimmed().isEmpty() ? QStringLiteral("-") : m_title;
    draft.input.question = m_input;
    draft.input.context = m_description;
    draft.budget = PostTaskFields::parseBudget(m_budget).value_or(MilliSats(1000));
    draft.workerType = m_workerType;
    draft.trustMode = m_trustMode;
    auto checked = normalizeTaskDraft(draft, ProofLayerVocabulary::known());
    return checked ? QString() : checked.error().message;
}

QString PostTaskForm::payError() const
{
    if (m_market != Market::AiForHire || m_payBy != PayBy::Balance || !m_balance)
        return {};
    if (*m_balance >= postingCost())
        return {};
    //: Post a task: the 402ai balance is below the posting fee; %1 the balance, %2 the fee.
    return tr("The balance (%1 sat) does not cover the %2 sat fee: pay from the wallet, or top "
              "up first.")
        .arg(m_balance->toSatsDecimal(), postingCost().toSatsDecimal());
}

QString PostTaskForm::feeText() const
{
    if (m_market == Market::ProofLayer) {
        const auto budget = PostTaskFields::parseBudget(m_budget);
        if (!budget)
            //: Post a task (ProofLayer): what posting costs, before a budget is entered.
            return tr("Posting pays the budget by Lightning.");
        //: Post a task (ProofLayer): posting pays the whole budget; %1 is it in sats.
        return tr("Posting pays the budget, %1 sat, by Lightning; 70 % of it goes to the worker.")
            .arg(budget->toSatsDecimal());
    }
    //: Post a task (402ai): the posting fee, before paying; %1 is the fee in sats.
    return tr("Posting costs %1 sat. The budget is paid later, into escrow, when you accept a "
              "quote.")
        .arg(hirePostTaskFeeSats);
}

QString PostTaskForm::payHint() const
{
    if (m_market == Market::ProofLayer)
        //: Post a task (ProofLayer): how it is paid.
        return tr("ProofLayer is paid from your wallet.");
    if (m_payBy == PayBy::Balance)
        //: Post a task (402ai): the fee comes from the account's balance at the market.
        return tr("The fee comes from your 402ai balance.");
    //: Post a task (402ai): paying from the wallet; 402ai uses the balance while it covers
    //: the fee.
    return tr("402ai takes the fee from the balance while it covers it; otherwise your wallet "
              "pays it by Lightning.");
}

QString PostTaskForm::balanceText() const
{
    //: Post a task: the 402ai balance, e.g. "4950 sat".
    return m_balance ? tr("%1 sat").arg(m_balance->toSatsDecimal()) : QString();
}

bool PostTaskForm::canSubmit() const
{
    // Posted or maybe paid: the same form never posts (or pays) twice; reset() starts anew.
    if (!engine() || busy() || m_state == State::Posted || m_state == State::Pending)
        return false;
    if (m_market == Market::AiForHire ? !m_hireAccount : !m_proofLayerAccount)
        return false;
    if (!PostTaskFields::titleError(m_title).isEmpty()
        || !PostTaskFields::descriptionError(m_description, m_market == Market::AiForHire).isEmpty()
        || !PostTaskFields::budgetError(m_budget, cap()).isEmpty() || !payError().isEmpty())
        return false;
    return inputProblem().isEmpty();
}

QString PostTaskForm::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Submitting:
        //: Post a task: paying the fee and posting.
        return tr("Paying and posting…");
    case State::Posted:
        //: Post a task: done; the task is listed at the market.
        return tr("Posted. Your task is listed.");
    case State::Pending:
        //: Post a task: a payment may have been made but is not settled; nothing is lost.
        return tr("The payment is not settled yet. Do not post again: it is looked up and "
                  "finished automatically.");
    case State::Failed:
        //: Post a task: posting failed; %1 says why.
        return tr("Not posted: %1").arg(m_errorText);
    }
    return {};
}

void PostTaskForm::setState(State state, const QString &error, const QString &taskId)
{
    m_state = state;
    m_errorText = error;
    m_taskId = taskId;
    Q_EMIT stateChanged();
    Q_EMIT formChanged();
}

void PostTaskForm::reset()
{
    if (busy())
        return;
    m_title.clear();
    m_description.clear();
    m_budget.clear();
    m_input.clear();
    m_touched = 0;
    m_postedAccount = 0;
    setState(State::Idle);
    refresh();
}

void PostTaskForm::submit()
{
    m_touched = All; // every error shows from now on
    Q_EMIT formChanged();
    if (!canSubmit())
        return;
    const MilliSats budget = *PostTaskFields::parseBudget(m_budget);
    m_postedAccount = 0;
    setState(State::Submitting);
    if (m_market == Market::ProofLayer)
        submitProofLayer(budget);
    else
        submitHire(budget);
}

void PostTaskForm::finishFailed(const AppError &error)
{
    EngineSession *e = engine();
    if (e && e->hasUnsettledPayment())
        setState(State::Pending, error.message);
    else
        setState(State::Failed, error.message);
}

void PostTaskForm::submitHire(MilliSats budget)
{
    EngineSession *e = engine();
    const qint64 account = m_hireAccount;
    const QString title = m_title.trimmed();
    const QString description = m_description;
    const bool allowLightning = m_payBy == PayBy::Wallet;
    e->hireById(account).then(this, [=, this](Result<HireClient *, AppError> client) {
        if (!client) {
            finishFailed(client.error());
            return;
        }
        EngineSession *now = engine();
        if (!now) {
            finishFailed(AppError::make(AppError::Kind::Cancelled, tr("The session closed.")));
            return;
        }
        postHireTask(*now, *client, title, description, budget, allowLightning)
            .then(this, [this, account](const Result<HireStep<HireTask>, AppError> &done) {
                if (!done) {
                    finishFailed(done.error());
                    return;
                }
                if (m_session && m_session->feed() && !done->cached.isEmpty())
                    m_session->feed()->apply(account, CacheKind::Task, QString(), done->cached);
                m_postedAccount = account;
                setState(State::Posted, {}, done->value.id);
                Q_EMIT posted(done->value.id, account);
                refresh(); // the balance moved
            });
    });
}

void PostTaskForm::submitProofLayer(MilliSats budget)
{
    ProofLayerTaskDraft draft;
    draft.taskType = m_taskType;
    draft.title = m_title.trimmed();
    draft.input.question = m_input.trimmed();
    draft.input.context = m_description.trimmed();
    draft.budget = budget;
    draft.workerType = m_workerType;
    draft.trustMode = m_trustMode;
    const qint64 account = m_proofLayerAccount;
    engine()
        ->proofLayer(m_proofLayerName)
        .then(this, [=, this](const Result<ProofLayerClient *, AppError> &client) {
            if (!client) {
                finishFailed(client.error());
                return;
            }
            (*client)->createTask(draft).then(
                this, [this, account](
                          const ProofLayerOutcome<ProofLayerPaid<ProofLayerCreated>> &created) {
                    if (!created) {
                        finishFailed(created.error());
                        return;
                    }
                    if (EngineSession *e = engine(); e && created->payment) {
                        if (auto entry = e->journal().entry(created->journalId))
                            (void)Ledger(e->database()).recordJournal(*entry);
                    }
                    m_postedAccount = account;
                    setState(State::Posted, {}, created->value.taskId);
                    Q_EMIT posted(created->value.taskId, account);
                });
        });
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolscontroller.h"

#include "common/safetext.h"
#include "enginesession.h"
#include "markets/tools/toolsclient.h"
#include "sessionbinding.h"
#include "toolresult.h"

#include <QClipboard>
#include <QGuiApplication>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

QString plain(const QString &text, int chars = 200)
{
    return displayText(QStringView(text).left(chars));
}

QString joined(const QString &first, const QString &second)
{
    return second.isEmpty() ? first : first + u' ' + second;
}

bool running(ToolsController::RunState s)
{
    return s == ToolsController::RunState::Paying || s == ToolsController::RunState::Following
           || s == ToolsController::RunState::Claiming;
}

} // namespace

ToolsController::ToolsController(QObject *parent)
    : QObject(parent)
    , m_catalog(new ToolCatalogModel(this))
    , m_form(new ToolFormModel(this))
    , m_runs(new ToolRunsModel(this))
    , m_questions(new ToolQuestionsModel(this))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ToolsController::elapsedChanged);
    connect(m_form, &ToolFormModel::validChanged, this, &ToolsController::canRunChanged);
}

ToolsController::~ToolsController() = default;

EngineSession *ToolsController::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void ToolsController::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, [this] { reload(); }))
        return;
    Q_EMIT sessionChanged();
    reload();
}

QString ToolsController::selectedName() const
{
    if (!m_service)
        return {};
    return plain(m_service->name.isEmpty() ? m_service->slug : m_service->name, 100);
}

QString ToolsController::selectedDescription() const
{
    return m_service ? plain(m_service->description, 1000) : QString();
}

QString ToolsController::priceText() const
{
    if (!m_quote || !m_quote->price)
        return {};
    //: The price of one run of a tool, e.g. "100 sat".
    return tr("%1 sat").arg(m_quote->price->toSatsDecimal());
}

QString ToolsController::priceSourceText() const
{
    if (!m_service)
        return {};
    if (!m_quote)
        //: The tool's price is being asked from the market.
        return tr("Asking the market for the price…");
    switch (m_quote->source) {
    case ToolQuote::Source::Estimate:
        //: Where a tool's price came from.
        return tr("The market's estimate. The invoice may not ask for more.");
    case ToolQuote::Source::Catalogue:
        //: Where a tool's price came from.
        return tr("From the market's catalogue. The invoice may not ask for more.");
    case ToolQuote::Source::Models:
        //: Where a tool's price came from: the dearest model of the tool.
        return tr("At most, by the market's models. The invoice may not ask for more.");
    case ToolQuote::Source::None:
        break;
    }
    //: The market gave no price: nothing can be paid.
    return tr("The market states no price for this tool, so it cannot be run from here.");
}

bool ToolsController::canRun() const
{
    return m_state == State::Ready && m_service && m_quote && m_quote->price && m_form->valid()
           && !running(m_runState);
}

QString ToolsController::elapsedText() const
{
    if (m_runState == RunState::None)
        return {};
    const qint64 s = (running(m_runState) ? m_elapsed.elapsed() : m_elapsedMs) / 1000;
    if (s < 60)
        //: Time a tool run has taken, in seconds.
        return tr("%n s", nullptr, int(s));
    //: Time a tool run has taken, minutes and seconds.
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

bool ToolsController::canSendAnswers() const
{
    return m_runState == RunState::Asking && m_questions->isOpen() && m_questions->count() > 0;
}

bool ToolsController::canClaimRefund() const
{
    return m_refund && isClaimableRefund(*m_refund) && m_runState == RunState::Failed;
}

void ToolsController::setState(State state, const QString &error)
{
    setError(error);
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    Q_EMIT canRunChanged();
}

void ToolsController::setError(const QString &error)
{
    if (error == m_errorText)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

void ToolsController::reload()
{
    EngineSession *e = engine();
    // A run goes on through set-up and settings changes of the same profile.
    if (running(m_runState) && e && e->profile().id == m_profileId)
        return;
    const quint64 generation = ++m_generation;
    const qint64 before = m_profileId;
    m_profileId = e ? e->profile().id : 0;
    if (m_profileId != before && m_questions->isOpen()) { // another profile's call
        m_questions->clear();
        m_answersError.clear();
        if (m_runState == RunState::Asking)
            setRun(RunState::None, {});
    }
    m_service.reset();
    m_quote.reset();
    m_form->clear();
    Q_EMIT selectionChanged();
    Q_EMIT priceChanged();
    if (running(m_runState)) // its answer is dropped: the journal and follow-ups keep it
        endRun();
    m_runs->reload(e);
    if (!e) {
        m_catalog->setCatalog({}, {});
        setState(State::Idle);
        return;
    }
    auto account = e->onlyAccount(MarketKind::L402Tools, QString());
    if (!account) {
        m_accountId = 0;
        m_manifest = {};
        m_catalog->setCatalog({}, {});
        setState(State::NoAccount, account.error().message);
        return;
    }
    m_accountId = account->id;
    m_marketBase = account->baseUrl;
    setState(State::Loading);
    withClient([this, generation](ToolsClient *client) {
        client->manifest().then(
            this, [this, generation, client](const Result<ToolsManifest, AppError> &m) {
                if (generation != m_generation)
                    return;
                if (!m)
                    return setState(State::Failed, m.error().message);
                loaded(client, *m);
            });
    });
}

void ToolsController::withClient(std::function<void(ToolsClient *)> step)
{
    EngineSession *e = engine();
    if (!e || m_accountId == 0)
        return;
    const quint64 generation = m_generation;
    e->toolsById(m_accountId)
        .then(this, [this, generation, step](const Result<ToolsClient *, AppError> &client) {
            if (generation != m_generation)
                return;
            if (!client) {
                if (running(m_runState)) {
                    endRun();
                    setRun(RunState::Failed, client.error().message);
                }
                return setState(State::Failed, client.error().message);
            }
            // One connection per client: the engine keeps the client for the profile.
            disconnect(*client, &ToolsClient::jobProgress, this, nullptr);
            connect(*client, &ToolsClient::jobProgress, this,
                    [this](const QString &job, int poll, const QString &status) {
                        if (m_runState != RunState::Paying && m_runState != RunState::Following)
                            return;
                        //: An asynchronous tool job being followed: its id, the market's
                        //: status word and how many times it was checked.
                        setRun(RunState::Following, tr("Job %1: %2 (check %3)")
                                                        .arg(plain(job, 80), plain(status, 80))
                                                        .arg(poll));
                    });
            step(*client);
        });
}

void ToolsController::loaded(ToolsClient *client, const ToolsManifest &manifest)
{
    m_manifest = manifest;
    m_catalog->setCatalog(manifest, {});
    setState(State::Ready);
    // Model prices fill in the list; they are a convenience, the invoice is checked anyway.
    const quint64 generation = m_generation;
    client->prices(manifest).then(
        this, [this, generation](const Result<QHash<QString, ToolPrice>, AppError> &prices) {
            if (generation == m_generation && prices)
                m_catalog->setCatalog(m_manifest, *prices);
        });
}

void ToolsController::selectTool(const QString &slug)
{
    const ToolService *s = m_manifest.find(slug);
    if (!s || running(m_runState))
        return;
    m_service = *s;
    m_quote.reset();
    m_form->setSchema(s->inputSchema);
    Q_EMIT selectionChanged();
    Q_EMIT priceChanged();
    Q_EMIT canRunChanged();
    const quint64 generation = m_generation;
    const ToolService service = *s;
    withClient([this, generation, service](ToolsClient *client) {
        quoteToolPrice(client, m_manifest, service)
            .then(this, [this, generation, slug = service.slug](const ToolQuote &quote) {
                if (generation != m_generation || selectedSlug() != slug)
                    return;
                m_quote = quote;
                Q_EMIT priceChanged();
                Q_EMIT canRunChanged();
            });
    });
}

void ToolsController::setRun(RunState state, const QString &status)
{
    const bool could = canRun();
    m_runState = state;
    m_runStatus = status;
    Q_EMIT runChanged();
    Q_EMIT elapsedChanged();
    if (could != canRun())
        Q_EMIT canRunChanged();
}

void ToolsController::endRun()
{
    m_tick.stop();
    m_elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void ToolsController::run()
{
    if (!m_form->validate() || !canRun())
        return;
    const QJsonObject body = m_form->body();
    const MilliSats agreed = *m_quote->price;
    const ToolService service = *m_service;
    m_resultText.clear();
    m_resultImage.clear();
    m_resultNote.clear();
    m_refund.reset();
    m_refundText.clear();
    m_runJournalId = 0;
    m_questions->clear();
    m_answersError.clear();
    m_elapsed.start();
    m_tick.start();
    setError({});
    //: A tool run started: its payment (at most the price shown) is under way.
    setRun(RunState::Paying, tr("Paying at most %1 sat…").arg(agreed.toSatsDecimal()));
    const quint64 generation = m_generation;
    withClient([this, generation, service, body, agreed](ToolsClient *client) {
        client->call(service, body, agreed)
            .then(this, [this, generation, service](const Result<ToolCallResult, AppError> &r) {
                if (generation == m_generation)
                    callDone(r, service);
            });
    });
}

void ToolsController::callDone(const Result<ToolCallResult, AppError> &r,
                               const ToolService &service)
{
    endRun();
    EngineSession *e = engine();
    m_runs->reload(e);
    if (!r) {
        if (e && e->hasUnsettledPayment())
            //: A tool run whose payment may have left the wallet: never paid twice.
            return setRun(RunState::Pending,
                          tr("The payment is not settled yet; it is looked up and finished "
                             "automatically. Do not run the tool again."));
        setError(r.error().message);
        return setRun(RunState::Failed, r.error().message);
    }
    if (r->journalId != 0) // a confirmation pays nothing: the paid call's entry stays
        m_runJournalId = r->journalId;
    const QString paid =
        r->payment ? tr("Paid %1 sat.").arg(r->payment->amount.toSatsDecimal()) : QString();
    switch (r->kind) {
    case ToolCallResult::Kind::Finished:
        showFinished(r->output);
        //: A tool run ended with its result; then what was paid.
        return setRun(RunState::Finished, joined(tr("Done."), paid));
    case ToolCallResult::Kind::PushBack:
        m_questions->ask(service, r->pushBack);
        m_answersError.clear();
        if (m_questions->count() == 0) {
            m_questions->clear();
            //: The market asked for details but none of its questions could be read.
            return setRun(RunState::Failed,
                          joined(tr("The market asks for more details but sent no question "
                                    "that can be answered."),
                                 paid));
        }
        //: The tool asks questions before it goes on; answering them costs nothing more.
        m_askStatus = joined(tr("The market asks for more details first. Answering costs "
                                "nothing more."),
                             paid);
        return setRun(RunState::Asking, m_askStatus);
    case ToolCallResult::Kind::Failed:
        break;
    }
    m_resultText = toolresult::plainText(r->failure.message);
    if (r->failure.refund) {
        m_refund = r->failure.refund;
        //: A failed tool run's refund: amount and the market's charge id (for its support).
        m_refundText = tr("Refund offered: %1 sat for charge %2.")
                           .arg(m_refund->amount.toSatsDecimal(), plain(m_refund->chargeId, 80));
    } else if (r->payment) {
        //: A failed tool run that was paid, and the market offered nothing back.
        m_refundText = tr("No refund was offered.");
    }
    //: A tool run failed: the market's message and error code.
    setRun(RunState::Failed,
           joined(tr("The tool failed (%1).").arg(plain(r->failure.code, 40)), paid));
}

void ToolsController::sendAnswers()
{
    if (!canSendAnswers())
        return;
    if (!m_questions->validate()) {
        //: Some of the market's questions have no answer yet.
        m_answersError = tr("Answer every question first.");
        return Q_EMIT runChanged();
    }
    const ToolService service = m_questions->service();
    const QString sessionId = m_questions->sessionId();
    const QJsonObject answers = m_questions->answers();
    m_answersError.clear();
    m_elapsed.start();
    m_tick.start();
    //: The answers to the market's questions are on their way; the run goes on after.
    setRun(RunState::Following, tr("Sending the answers…"));
    const quint64 generation = m_generation;
    withClient([this, generation, service, sessionId, answers](ToolsClient *client) {
        client->confirm(service, sessionId, answers)
            .then(this, [this, generation, service](const Result<ToolCallResult, AppError> &r) {
                if (generation == m_generation)
                    answered(r, service);
            });
    });
}

void ToolsController::answered(const Result<ToolCallResult, AppError> &r,
                               const ToolService &service)
{
    if (!r) {
        // Nothing was paid for the answers: the questions stay to be sent again.
        endRun();
        m_answersError =
            r.error().serverMessage.isEmpty()
                ? plain(r.error().message, 500)
                //: Answers the market did not take: why, then the market's own
                //: words.
                : tr("%1 The market said: %2")
                      .arg(plain(r.error().message, 500), plain(r.error().serverMessage, 300));
        return setRun(RunState::Asking, m_askStatus);
    }
    m_questions->clear();
    m_answersError.clear();
    callDone(r, service);
}

void ToolsController::showFinished(const ToolOutput &output)
{
    ToolResultView view = toolresult::viewOf(output);
    m_resultText = view.text;
    m_resultImage = view.imageUrl;
    m_resultNote = view.shortened ? tr("The result was shortened.") : view.note;
    if (output.kind != ToolOutput::Kind::ImageUrl)
        return;
    const QUrl url(output.text);
    EngineSession *e = engine();
    if (!e || !toolresult::mayFetch(url, m_marketBase)) {
        //: An image result on another server is not loaded: only its address is shown.
        m_resultNote = tr("The image is on another server, so it is not loaded.");
        return;
    }
    //: The image of a tool's result is being downloaded from the market.
    m_resultNote = tr("Fetching the image…");
    HttpRequest request = HttpRequest::get(url);
    request.expect = HttpRequest::Body::File;
    const quint64 generation = m_generation;
    e->http().send(request).then(this, [this, generation, url](const HttpResult &answer) {
        if (generation != m_generation)
            return;
        if (!answer || !answer->isSuccess()) {
            //: The image of a tool's result could not be downloaded.
            m_resultNote = tr("The image could not be fetched.");
        } else {
            const ToolResultView image = toolresult::imageView(answer->body, url.toString());
            m_resultImage = image.imageUrl;
            m_resultNote = image.note;
        }
        Q_EMIT runChanged();
    });
}

void ToolsController::claimRefund()
{
    if (canClaimRefund())
        claim(*m_refund, m_runJournalId, m_accountId);
}

void ToolsController::claimLaterRefund(qint64 journalId)
{
    EngineSession *e = engine();
    if (!e || running(m_runState))
        return;
    auto found = e->toolFollowups().find(journalId);
    if (!found || !*found || (*found)->state != ToolFollowup::State::RefundPending
        || !isClaimableRefund((*found)->refund))
        return;
    claim((*found)->refund, journalId, (*found)->accountId);
}

void ToolsController::claim(const ToolRefund &refund, qint64 journalId, qint64 accountId)
{
    EngineSession *e = engine();
    if (!e)
        return;
    const quint64 generation = m_generation;
    const RunState before = m_runState;
    const QString beforeStatus = m_runStatus;
    m_elapsed.start();
    m_tick.start();
    //: The refund of a failed tool run is being claimed into the wallet.
    setRun(RunState::Claiming, tr("Claiming the refund…"));
    const auto done = [this, before, beforeStatus](const QString &text) {
        endRun();
        m_refundText = text;
        m_runs->reload(engine());
        setRun(before, beforeStatus);
    };
    //: The refund claim failed; the reason follows.
    const QString failed = tr("The refund could not be claimed: %1");
    e->requireWallet().then(this, [=, this](const Result<Wallet *, AppError> &wallet) {
        if (generation != m_generation)
            return;
        if (!wallet)
            return done(failed.arg(wallet.error().message));
        EngineSession *now = engine();
        if (!now)
            return done(failed.arg(tr("The session closed.")));
        now->toolsById(accountId).then(this, [=,
                                              this](const Result<ToolsClient *, AppError> &client) {
            if (generation != m_generation)
                return;
            if (!client)
                return done(failed.arg(client.error().message));
            (*client)
                ->claimRefund(refund.lnurlWithdraw, refund.amount, *wallet)
                .then(this, [=, this](const RefundClaimResult &claimed) {
                    if (generation != m_generation)
                        return;
                    if (!claimed)
                        return done(failed.arg(claimed.error().message));
                    if (EngineSession *after = engine()) {
                        (void)recordToolRefund(after->database(), *claimed, accountId);
                        (void)markToolRefundClaimed(after->toolFollowups(), journalId, *claimed);
                    }
                    if (journalId == m_runJournalId)
                        m_refund.reset();
                    done(claimed->status == RefundClaim::Status::Claimed
                             //: The refund reached the wallet.
                             ? tr("Refund of %1 sat received by the wallet.")
                                   .arg(claimed->amount.toSatsDecimal())
                             //: The market took the refund invoice; the wallet has not seen it
                             //: paid yet.
                             : tr("Refund claimed, not yet received (invoice hash %1).")
                                   .arg(claimed->paymentHash.toHex()));
                });
        });
    });
}

void ToolsController::copyResult() const
{
    // No clipboard without a GUI application (the model tests run without one).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) || m_resultText.isEmpty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_resultText);
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markets/tools/toolstypes.h"
#include "session.h"
#include "toolcatalogmodel.h"
#include "toolformmodel.h"
#include "toolquestions.h"
#include "toolrun.h"
#include "toolrunsmodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace lw {

class ToolsClient;
struct ToolCallResult;

//! The Tools screen: the profile's L402 tool market (its tools account), its catalogue, the
//! form of the chosen tool, the price before paying, one run at a time through the engine's
//! gate (the invoice may not exceed the price shown; above the threshold the Pay dialog asks),
//! an asynchronous job followed to its end, the result as plain text or an image decoded here,
//! and the refund claim of a call that failed after payment. The run goes on when the page is
//! left; the recent runs come from the journal and the follow-ups.
class ToolsController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! Why the catalogue or the last step failed (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    Q_PROPERTY(QString marketName READ marketName NOTIFY stateChanged FINAL)
    Q_PROPERTY(lw::ToolCatalogModel *catalog READ catalog CONSTANT FINAL)
    Q_PROPERTY(lw::ToolFormModel *form READ form CONSTANT FINAL)
    Q_PROPERTY(lw::ToolRunsModel *runs READ runs CONSTANT FINAL)

    Q_PROPERTY(QString selectedSlug READ selectedSlug NOTIFY selectionChanged FINAL)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged FINAL)
    Q_PROPERTY(QString selectedDescription READ selectedDescription NOTIFY selectionChanged FINAL)
    Q_PROPERTY(bool selectedAsync READ selectedAsync NOTIFY selectionChanged FINAL)
    //! "100 sat" once known; empty while asked or when the market states none.
    Q_PROPERTY(QString priceText READ priceText NOTIFY priceChanged FINAL)
    //! Where the price came from, for people.
    Q_PROPERTY(QString priceSourceText READ priceSourceText NOTIFY priceChanged FINAL)
    Q_PROPERTY(bool canRun READ canRun NOTIFY canRunChanged FINAL)

    Q_PROPERTY(RunState runState READ runState NOTIFY runChanged FINAL)
    //! The run's state for people ("Paying…", "Job 7: PROCESSING (check 3)", …).
    Q_PROPERTY(QString runStatusText READ runStatusText NOTIFY runChanged FINAL)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY elapsedChanged FINAL)
    Q_PROPERTY(QString resultText READ resultText NOTIFY runChanged FINAL)
    //! A data URL made here from the decoded image; empty when the result has none.
    Q_PROPERTY(QString resultImage READ resultImage NOTIFY runChanged FINAL)
    //! Why an image is not shown, or that the text was shortened (translated).
    Q_PROPERTY(QString resultNote READ resultNote NOTIFY runChanged FINAL)
    Q_PROPERTY(bool canClaimRefund READ canClaimRefund NOTIFY runChanged FINAL)
    Q_PROPERTY(QString refundText READ refundText NOTIFY runChanged FINAL)
    //! The market's questions while the run is Asking (answers are free: never paid).
    Q_PROPERTY(lw::ToolQuestionsModel *questions READ questions CONSTANT FINAL)
    Q_PROPERTY(bool canSendAnswers READ canSendAnswers NOTIFY runChanged FINAL)
    //! Why the answers were not taken (translated, or the market's words as plain text).
    Q_PROPERTY(QString answersErrorText READ answersErrorText NOTIFY runChanged FINAL)

public:
    enum class State { Idle, Loading, Ready, NoAccount, Failed };
    Q_ENUM(State)
    //! Asking: the paid call waits for the answers to the market's questions.
    enum class RunState { None, Paying, Following, Finished, Failed, Pending, Claiming, Asking };
    Q_ENUM(RunState)

    explicit ToolsController(QObject *parent = nullptr);
    ~ToolsController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    QString marketName() const { return m_manifest.name; }
    ToolCatalogModel *catalog() const { return m_catalog; }
    ToolFormModel *form() const { return m_form; }
    ToolRunsModel *runs() const { return m_runs; }
    ToolQuestionsModel *questions() const { return m_questions; }

    QString selectedSlug() const { return m_service ? m_service->slug : QString(); }
    QString selectedName() const;
    QString selectedDescription() const;
    bool selectedAsync() const { return m_service && m_service->async; }
    QString priceText() const;
    QString priceSourceText() const;
    bool canRun() const;

    RunState runState() const { return m_runState; }
    QString runStatusText() const { return m_runStatus; }
    QString elapsedText() const;
    QString resultText() const { return m_resultText; }
    QString resultImage() const { return m_resultImage; }
    QString resultNote() const { return m_resultNote; }
    bool canClaimRefund() const;
    QString refundText() const { return m_refundText; }
    bool canSendAnswers() const;
    QString answersErrorText() const { return m_answersError; }

    //! Reads the catalogue (and the recent runs) again.
    Q_INVOKABLE void reload();
    //! Shows the form and the price of the tool `slug` of the catalogue.
    Q_INVOKABLE void selectTool(const QString &slug);
    //! Pays for and runs the chosen tool with the form's values (checked first).
    Q_INVOKABLE void run();
    //! Sends the answers to the market's questions (all needed) with the same confirmation
    //! the CLI's `tools confirm` makes, then follows the call it starts. Free: a market that
    //! asks to be paid for them is refused by the client, never paid.
    Q_INVOKABLE void sendAnswers();
    //! Claims the failed run's refund into the profile's wallet.
    Q_INVOKABLE void claimRefund();
    //! Claims the refund a recent run left to claim (`journalId` of a "refund_pending" run).
    Q_INVOKABLE void claimLaterRefund(qint64 journalId);
    //! Reads the recent runs again (the page shown again).
    Q_INVOKABLE void refreshRuns() { m_runs->reload(engine()); }
    //! Puts the result text on the clipboard.
    Q_INVOKABLE void copyResult() const;

Q_SIGNALS:
    void sessionChanged();
    void stateChanged();
    void errorTextChanged();
    void selectionChanged();
    void priceChanged();
    void canRunChanged();
    void runChanged();
    void elapsedChanged();

private:
    EngineSession *engine() const;
    void setState(State state, const QString &error = {});
    void setError(const QString &error);
    void withClient(std::function<void(ToolsClient *)> step);
    void loaded(ToolsClient *client, const ToolsManifest &manifest);
    void setRun(RunState state, const QString &status);
    void callDone(const Result<ToolCallResult, AppError> &result, const ToolService &service);
    void answered(const Result<ToolCallResult, AppError> &result, const ToolService &service);
    void showFinished(const ToolOutput &output);
    void endRun();
    void claim(const ToolRefund &refund, qint64 journalId, qint64 accountId);

    QPointer<Session> m_session;
    quint64 m_generation = 0; //!< bumped on a session or profile change: late answers drop
    State m_state = State::Idle;
    QString m_errorText;
    qint64 m_profileId = 0;
    qint64 m_accountId = 0;
    QUrl m_marketBase;
    ToolsManifest m_manifest;
    ToolCatalogModel *m_catalog;
    ToolFormModel *m_form;
    ToolRunsModel *m_runs;
    ToolQuestionsModel *m_questions;
    std::optional<ToolService> m_service;
    std::optional<ToolQuote> m_quote;

    RunState m_runState = RunState::None;
    QString m_runStatus;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedMs = 0;
    QTimer m_tick;
    QString m_resultText;
    QString m_resultImage;
    QString m_resultNote;
    qint64 m_runJournalId = 0;
    std::optional<ToolRefund> m_refund;
    QString m_refundText;
    QString m_askStatus; //!< the run's status while the questions wait
    QString m_answersError;
};

} // namespace lw

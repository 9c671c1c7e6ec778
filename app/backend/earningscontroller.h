// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "earningscollect.h"
#include "ledgermodel.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The Earnings screen's verbs: the 402ai balances of the current profile, Collect (what
//! `lightwork-cli collect` does, for each account with whole sats to collect: an invoice of
//! exactly the balance from the profile's wallet, which the market then pays), and CSV export
//! of the ledger's filtered rows. A collect whose payment is not proven is Pending, never
//! Failed: checkPending() asks the wallet again.
class EarningsController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! The ledger shown beside: refreshed after a collect, and what exportCsv() writes.
    Q_PROPERTY(lw::LedgerModel *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! The state in words (translated); empty while Idle.
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged FINAL)
    //! Why the last collect failed (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged FINAL)
    //! The balances are being asked for.
    Q_PROPERTY(bool loading READ loading NOTIFY balancesChanged FINAL)
    //! The 402ai balances of the profile, summed ("370 sat"); empty when there is no account.
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY balancesChanged FINAL)
    //! One line per account ("ai: 370 sat") when the profile has more than one.
    Q_PROPERTY(QStringList balanceBreakdown READ balanceBreakdown NOTIFY balancesChanged FINAL)
    //! What Collect would move: the whole sats of the balances ("370 sat").
    Q_PROPERTY(QString collectableText READ collectableText NOTIFY balancesChanged FINAL)
    //! Why a balance could not be read (translated); empty when all were.
    Q_PROPERTY(QString balanceErrorText READ balanceErrorText NOTIFY balancesChanged FINAL)
    Q_PROPERTY(bool canCollect READ canCollect NOTIFY canCollectChanged FINAL)
    //! Where an export goes unless the user says otherwise: a dated file in Documents.
    Q_PROPERTY(QString suggestedExportPath READ suggestedExportPath CONSTANT FINAL)
    //! The outcome of the last export, for people (translated).
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportTextChanged FINAL)

public:
    enum class State { Idle, Collecting, Collected, Pending, Failed };
    Q_ENUM(State)

    //! One 402ai account's balance as last asked.
    struct Balance {
        qint64 accountId = 0;
        QString name;
        MilliSats amount;
        bool known = false;
    };

    explicit EarningsController(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    LedgerModel *ledger() const { return m_ledger; }
    void setLedger(LedgerModel *ledger);

    State state() const { return m_state; }
    QString stateText() const;
    QString errorText() const { return m_errorText; }
    bool loading() const { return m_loading > 0; }
    QString balanceText() const;
    QStringList balanceBreakdown() const;
    QString collectableText() const;
    QString balanceErrorText() const { return m_balanceError; }
    bool canCollect() const;
    QString exportText() const { return m_exportText; }
    QString suggestedExportPath() const;

    MilliSats collectable() const;
    const QList<CollectReceipt> &pendingCollects() const { return m_pending; }

    //! Asks the market for the balances again.
    Q_INVOKABLE void refresh();
    //! Collects every account's whole balance into the profile's wallet.
    Q_INVOKABLE void collect();
    //! Asks the wallet whether pending collects arrived.
    Q_INVOKABLE void checkPending();
    //! Writes the ledger's filtered rows as CSV (RFC 4180, UTF-8, header row; cells a
    //! spreadsheet would run as formulas are defused) to a local file. False on failure, with
    //! exportText saying why.
    Q_INVOKABLE bool exportCsv(const QUrl &fileUrl);
    //! exportCsv() to a path typed by the user.
    Q_INVOKABLE bool exportCsvToPath(const QString &path);

Q_SIGNALS:
    void sessionChanged();
    void ledgerChanged();
    void stateChanged();
    void balancesChanged();
    void canCollectChanged();
    void exportTextChanged();

private:
    void setState(State state, const QString &error = {});
    void collectNext();
    void finishCollecting();
    void setExportText(const QString &text);
    EngineSession *engine() const;

    QPointer<Session> m_session;
    QPointer<LedgerModel> m_ledger;
    State m_state = State::Idle;
    QString m_errorText;
    QList<Balance> m_balances;
    QString m_balanceError;
    int m_loading = 0;
    quint64 m_generation = 0; //!< counts refreshes, so a late answer is not shown
    QList<qint64> m_queue;    //!< accounts still to collect from
    MilliSats m_collected;
    QList<CollectReceipt> m_pending;
    QString m_exportText;
};

} // namespace lw

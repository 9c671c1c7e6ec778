// SPDX-License-Identifier: GPL-3.0-or-later
#include "earningscontroller.h"

#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"

#include <QDate>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace lw {

EarningsController::EarningsController(QObject *parent)
    : QObject(parent)
{}

EngineSession *EarningsController::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void EarningsController::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // Another profile: its own accounts, and nothing of the last one's collect.
        connect(session, &Session::profilesChanged, this, [this] {
            if (m_state != State::Collecting) {
                m_pending.clear();
                setState(State::Idle);
            }
            refresh();
        });
        connect(session, &Session::setupChanged, this, &EarningsController::refresh);
    }
    Q_EMIT sessionChanged();
    refresh();
}

void EarningsController::setLedger(LedgerModel *ledger)
{
    if (m_ledger == ledger)
        return;
    m_ledger = ledger;
    Q_EMIT ledgerChanged();
}

void EarningsController::refresh()
{
    const quint64 generation = ++m_generation;
    m_balances.clear();
    m_balanceError.clear();
    m_loading = 0;
    EngineSession *e = engine();
    if (e && e->profile().id) {
        auto accounts = e->accounts().accounts(e->profile().id);
        if (!accounts)
            m_balanceError = accounts.error().message;
        else
            for (const MarketAccount &a : std::as_const(*accounts))
                if (a.kind == MarketKind::AiForHire)
                    m_balances.append({a.id, a.name, MilliSats(), false});
    }
    for (const Balance &b : std::as_const(m_balances)) {
        ++m_loading;
        const qint64 id = b.accountId;
        auto settle = [this, generation, id](const Result<MilliSats, AppError> &answer) {
            if (generation != m_generation)
                return;
            --m_loading;
            for (Balance &held : m_balances) {
                if (held.accountId != id)
                    continue;
                if (answer) {
                    held.amount = *answer;
                    held.known = true;
                } else if (m_balanceError.isEmpty()) {
                    //: Earnings: a market balance could not be read; %1 names the account,
                    //: %2 says why.
                    m_balanceError = tr("The balance of %1 could not be read: %2")
                                         .arg(held.name, answer.error().message);
                }
            }
            Q_EMIT balancesChanged();
            Q_EMIT canCollectChanged();
        };
        e->hireById(id).then(this, [settle](const Result<HireClient *, AppError> &client) {
            if (!client)
                return settle(lw::fail(client.error()));
            if (!(*client)->hasToken()) // never funded: nothing was paid in yet
                return settle(MilliSats());
            (*client)->me().then((*client), [settle](const Result<HireAccount, AppError> &me) {
                settle(me ? Result<MilliSats, AppError>(me->balance)
                          : Result<MilliSats, AppError>(lw::fail(me.error())));
            });
        });
    }
    Q_EMIT balancesChanged();
    Q_EMIT canCollectChanged();
}

MilliSats EarningsController::collectable() const
{
    qint64 msat = 0;
    for (const Balance &b : m_balances)
        if (b.known)
            msat += collectableAmount(b.amount).msat();
    return MilliSats(msat);
}

QString EarningsController::balanceText() const
{
    if (m_balances.isEmpty())
        return {};
    qint64 msat = 0;
    for (const Balance &b : m_balances)
        msat += b.known ? b.amount.msat() : 0;
    //: Earnings: an amount of sats, e.g. "370 sat".
    return tr("%1 sat").arg(MilliSats(msat).toSatsDecimal());
}

QStringList EarningsController::balanceBreakdown() const
{
    QStringList out;
    if (m_balances.size() < 2)
        return out;
    for (const Balance &b : m_balances)
        //: Earnings: one account's balance, e.g. "ai: 370 sat"; "?" while unknown.
        out.append(
            tr("%1: %2 sat").arg(b.name, b.known ? b.amount.toSatsDecimal() : QStringLiteral("?")));
    return out;
}

QString EarningsController::collectableText() const
{
    return tr("%1 sat").arg(collectable().toSatsDecimal());
}

bool EarningsController::canCollect() const
{
    return engine() && m_state != State::Collecting && m_loading == 0 && collectable().msat() > 0;
}

QString EarningsController::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Collecting:
        //: Earnings: the wallet makes an invoice and the market pays it.
        return tr("Collecting…");
    case State::Collected:
        //: Earnings: the market paid the invoice; %1 is the amount, e.g. "370".
        return tr("Collected %1 sat into your wallet.").arg(m_collected.toSatsDecimal());
    case State::Pending: {
        qint64 msat = 0;
        for (const CollectReceipt &r : m_pending)
            msat += r.amount.msat();
        //: Earnings: the market may have paid but gave no proof yet; nothing is lost.
        return tr("%1 sat are on their way: the payment is not proven yet. Check again "
                  "once your wallet shows it.")
            .arg(MilliSats(msat).toSatsDecimal());
    }
    case State::Failed:
        //: Earnings: collecting failed; %1 says why.
        return tr("Collect failed: %1").arg(m_errorText);
    }
    return {};
}

void EarningsController::setState(State state, const QString &error)
{
    if (state == m_state && error == m_errorText)
        return;
    m_state = state;
    m_errorText = error;
    Q_EMIT stateChanged();
    Q_EMIT canCollectChanged();
}

void EarningsController::collect()
{
    if (!canCollect())
        return;
    m_queue.clear();
    for (const Balance &b : std::as_const(m_balances))
        if (b.known && collectableAmount(b.amount).msat() > 0)
            m_queue.append(b.accountId);
    m_collected = MilliSats();
    setState(State::Collecting);
    collectNext();
}

void EarningsController::collectNext()
{
    EngineSession *e = engine();
    if (m_queue.isEmpty() || !e) {
        finishCollecting();
        return;
    }
    const qint64 id = m_queue.takeFirst();
    e->hireById(id).then(this, [this, e](const Result<HireClient *, AppError> &client) {
        if (!client) {
            m_queue.clear();
            setState(State::Failed, client.error().message);
            finishCollecting();
            return;
        }
        collectEarnings(*e, *client).then(this, [this](const Result<CollectReceipt, AppError> &r) {
            if (!r) {
                m_queue.clear();
                setState(State::Failed, r.error().message);
                finishCollecting();
                return;
            }
            if (r->status == CollectReceipt::Status::Paid)
                m_collected = MilliSats(m_collected.msat() + r->amount.msat());
            else
                m_pending.append(*r);
            collectNext();
        });
    });
}

void EarningsController::finishCollecting()
{
    if (m_state == State::Collecting)
        setState(m_pending.isEmpty() ? State::Collected : State::Pending);
    if (m_ledger)
        m_ledger->refresh();
    refresh();
}

void EarningsController::checkPending()
{
    EngineSession *e = engine();
    if (!e || m_pending.isEmpty() || m_state == State::Collecting)
        return;
    const QList<CollectReceipt> pending = m_pending;
    m_pending.clear();
    auto left = std::make_shared<int>(int(pending.size()));
    for (const CollectReceipt &p : pending) {
        recheckCollect(*e, p).then(
            this, [this, left, p](const Result<CollectReceipt, AppError> &r) {
                if (r && r->status == CollectReceipt::Status::Paid)
                    m_collected = MilliSats(m_collected.msat() + r->amount.msat());
                else
                    m_pending.append(p);
                if (--*left > 0)
                    return;
                m_state = State::Collecting; // let finishCollecting() settle the outcome
                finishCollecting();
            });
    }
}

void EarningsController::setExportText(const QString &text)
{
    m_exportText = text;
    Q_EMIT exportTextChanged();
}

QString EarningsController::suggestedExportPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name =
        QStringLiteral("lightwork-ledger-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    return QDir(dir).filePath(name);
}

bool EarningsController::exportCsvToPath(const QString &path)
{
    return exportCsv(QUrl::fromLocalFile(QDir::cleanPath(path.trimmed())));
}

bool EarningsController::exportCsv(const QUrl &fileUrl)
{
    if (!fileUrl.isLocalFile()) {
        //: Earnings: CSV export only writes to a file on this computer.
        setExportText(tr("Choose a file on this computer."));
        return false;
    }
    QList<LedgerEntry> entries;
    if (m_ledger)
        for (const LedgerRow &row : m_ledger->rows())
            entries.append(row.entry);
    QSaveFile file(fileUrl.toLocalFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(Ledger::toCsv(entries)) < 0
        || !file.commit()) {
        //: Earnings: the CSV file could not be written; %1 is the system's reason.
        setExportText(tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    //: Earnings: CSV export finished; %1 is how many rows, %2 the file's name.
    setExportText(tr("Rows exported: %1. File: %2").arg(entries.size()).arg(fileUrl.fileName()));
    return true;
}

} // namespace lw

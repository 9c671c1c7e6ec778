// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgermodel.h"

#include "common/safetext.h"
#include "enginesession.h"
#include "ledgersync.h"
#include "sessionbinding.h"

#include <algorithm>

namespace lw {

namespace {

constexpr LedgerReason allReasons[] = {
    LedgerReason::Collected, LedgerReason::Released,   LedgerReason::EscrowLocked,
    LedgerReason::TopUp,     LedgerReason::PostFee,    LedgerReason::QuoteFee,
    LedgerReason::L402Call,  LedgerReason::RoutingFee, LedgerReason::Refund,
    LedgerReason::Payout,    LedgerReason::Payment,
};

} // namespace

LedgerModel::LedgerModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LedgerModel::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &LedgerModel::refresh))
        return;
    Q_EMIT sessionChanged();
    refresh();
}

void LedgerModel::setReader(Reader reader)
{
    m_reader = std::move(reader);
    refresh();
}

void LedgerModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT filterChanged();
    applyFilter();
}

void LedgerModel::setMarket(const QString &market)
{
    if (market == m_market)
        return;
    m_market = market;
    Q_EMIT filterChanged();
    applyFilter();
}

void LedgerModel::setFrom(const QDateTime &from)
{
    if (from == m_from || (!from.isValid() && !m_from.isValid()))
        return;
    m_from = from;
    Q_EMIT filterChanged();
    applyFilter();
}

void LedgerModel::setUntil(const QDateTime &until)
{
    if (until == m_until || (!until.isValid() && !m_until.isValid()))
        return;
    m_until = until;
    Q_EMIT filterChanged();
    applyFilter();
}

void LedgerModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT filterChanged();
    applyFilter();
}

void LedgerModel::clearFilters()
{
    const bool any = !m_kind.isEmpty() || !m_market.isEmpty() || m_from.isValid()
                     || m_until.isValid() || !m_searchText.isEmpty();
    if (!any)
        return;
    m_kind.clear();
    m_market.clear();
    m_from = {};
    m_until = {};
    m_searchText.clear();
    Q_EMIT filterChanged();
    applyFilter();
}

void LedgerModel::showLastDays(int days)
{
    setUntil(QDateTime());
    setFrom(days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime());
}

Result<QList<LedgerRow>, AppError> LedgerModel::readSession() const
{
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (!engine || engine->profile().id == 0)
        return QList<LedgerRow>();
    if (auto synced = syncJournalToLedger(*engine); !synced)
        return lw::fail(synced.error());
    auto accounts = engine->accounts().accounts(engine->profile().id);
    if (!accounts)
        return lw::fail(accounts.error());
    QHash<qint64, MarketAccount> byId;
    for (const MarketAccount &a : std::as_const(*accounts))
        byId.insert(a.id, a);
    auto entries = Ledger(engine->database()).entries();
    if (!entries)
        return lw::fail(entries.error());
    QList<LedgerRow> rows;
    for (const LedgerEntry &e : std::as_const(*entries)) {
        if (e.accountId == 0) {
            rows.append({e, {}, {}});
        } else if (auto it = byId.constFind(e.accountId); it != byId.cend()) {
            rows.append({e, it->name, marketKindName(it->kind)});
        }
    }
    return rows;
}

void LedgerModel::refresh()
{
    auto read = m_reader ? m_reader() : readSession();
    QList<LedgerRow> all;
    m_errorText.clear();
    if (read)
        all = *read;
    else
        //: Earnings: the local ledger could not be read; %1 says why.
        m_errorText = tr("The ledger could not be read: %1").arg(read.error().message);
    std::reverse(all.begin(), all.end()); // newest first
    m_all = all;
    applyFilter();
}

bool LedgerModel::accepts(const LedgerRow &row) const
{
    const LedgerEntry &e = row.entry;
    if (!m_kind.isEmpty() && ledgerReasonName(e.reason) != m_kind)
        return false;
    if (!m_market.isEmpty() && row.market != m_market)
        return false;
    if (m_from.isValid() && e.atMs < m_from.toMSecsSinceEpoch())
        return false;
    if (m_until.isValid() && e.atMs >= m_until.toMSecsSinceEpoch())
        return false;
    const QString words = m_searchText.trimmed();
    if (words.isEmpty())
        return true;
    for (const QString &word : words.split(u' ', Qt::SkipEmptyParts)) {
        const bool found = kindText(e.reason).contains(word, Qt::CaseInsensitive)
                           || e.note.contains(word, Qt::CaseInsensitive)
                           || e.reference.contains(word, Qt::CaseInsensitive)
                           || row.account.contains(word, Qt::CaseInsensitive)
                           || row.market.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

void LedgerModel::applyFilter()
{
    QList<LedgerRow> rows;
    for (const LedgerRow &row : std::as_const(m_all))
        if (accepts(row))
            rows.append(row);
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT rowsChanged();
}

QString LedgerModel::totalInText() const
{
    qint64 msat = 0;
    for (const LedgerRow &row : m_rows)
        if (row.entry.incoming)
            msat += row.entry.amount.msat();
    //: Earnings: an amount of sats, e.g. "370 sat".
    return tr("%1 sat").arg(MilliSats(msat).toSatsDecimal());
}

QString LedgerModel::totalOutText() const
{
    qint64 msat = 0;
    for (const LedgerRow &row : m_rows)
        if (!row.entry.incoming)
            msat += row.entry.amount.msat();
    return tr("%1 sat").arg(MilliSats(msat).toSatsDecimal());
}

QVariantList LedgerModel::kindChoices() const
{
    //: Earnings: the kind filter's choice that shows every kind of movement.
    const QString every = tr("Every kind");
    QVariantList out{
        QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), every}}};
    for (LedgerReason r : allReasons)
        out.append(QVariantMap{{QStringLiteral("value"), ledgerReasonName(r)},
                               {QStringLiteral("text"), kindText(r)}});
    return out;
}

QVariantList LedgerModel::marketChoices() const
{
    //: Earnings: the market filter's choice that shows every market.
    const QString every = tr("Every market");
    QVariantList out{
        QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), every}}};
    QStringList seen;
    for (const LedgerRow &row : m_all)
        if (!row.market.isEmpty() && !seen.contains(row.market))
            seen.append(row.market);
    if (!m_market.isEmpty() && !seen.contains(m_market))
        seen.append(m_market); // the chosen one stays pickable
    seen.sort();
    for (const QString &m : std::as_const(seen))
        out.append(QVariantMap{{QStringLiteral("value"), m}, {QStringLiteral("text"), m}});
    return out;
}

QString LedgerModel::kindText(LedgerReason reason)
{
    switch (reason) {
    case LedgerReason::PostFee:
        //: Ledger kind: the fee for posting a task.
        return tr("Task posting fee");
    case LedgerReason::QuoteFee:
        //: Ledger kind: the fee for sending a quote.
        return tr("Quote fee");
    case LedgerReason::EscrowLocked:
        //: Ledger kind: a quote's price moved into escrow when it was accepted.
        return tr("Escrow locked");
    case LedgerReason::Released:
        //: Ledger kind: escrow paid out to the worker when the buyer confirmed.
        return tr("Escrow released");
    case LedgerReason::Collected:
        //: Ledger kind: earnings moved from a market balance into the user's wallet.
        return tr("Earnings collected");
    case LedgerReason::TopUp:
        //: Ledger kind: sats paid into a market balance.
        return tr("Top-up");
    case LedgerReason::L402Call:
        //: Ledger kind: a paid call to a service (L402).
        return tr("Paid call");
    case LedgerReason::RoutingFee:
        //: Ledger kind: the Lightning network's fee for routing a payment.
        return tr("Routing fee");
    case LedgerReason::Refund:
        //: Ledger kind: sats given back.
        return tr("Refund");
    case LedgerReason::Payout:
        //: Ledger kind: a market paid the user out.
        return tr("Payout");
    case LedgerReason::Payment:
        //: Ledger kind: an invoice the user paid from the Pay dialog.
        return tr("Payment");
    }
    return {};
}

QString LedgerModel::sourceText(LedgerEntry::Source source)
{
    switch (source) {
    case LedgerEntry::Source::Wallet:
        //: Ledger: the sats moved through the user's own wallet.
        return tr("Wallet");
    case LedgerEntry::Source::Market:
        //: Ledger: the sats moved within a market account's balance.
        return tr("Market balance");
    case LedgerEntry::Source::Escrow:
        //: Ledger: the sats moved within a market's escrow.
        return tr("Escrow");
    }
    return {};
}

QString LedgerModel::amountText(const LedgerEntry &e)
{
    const QString sats = e.amount.toSatsDecimal();
    //: Ledger: sats that came in, e.g. "+370 sat".
    return e.incoming ? tr("+%1 sat").arg(sats)
                      //: Ledger: sats that went out, e.g. "−10 sat" (a real minus sign).
                      : tr("\u2212%1 sat").arg(sats);
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerRow &row = m_rows.at(index.row());
    const LedgerEntry &e = row.entry;
    switch (role) {
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
    case KindRole:
        return ledgerReasonName(e.reason);
    case Qt::DisplayRole:
    case KindTextRole:
        return kindText(e.reason);
    case IncomingRole:
        return e.incoming;
    case AmountSatsRole:
        return e.incoming ? e.amount.floorSats() : -e.amount.floorSats();
    case AmountTextRole:
        return amountText(e);
    case SourceRole:
        return ledgerSourceName(e.source);
    case SourceTextRole:
        return sourceText(e.source);
    case AccountRole:
        return row.account;
    case MarketRole:
        return row.market;
    case ReferenceRole:
        return displayText(QStringView(e.reference));
    case NoteRole:
        return displayText(QStringView(e.note));
    case DetailRole: {
        QStringList parts{row.market, row.account, sourceText(e.source),
                          displayText(QStringView(e.note))};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> LedgerModel::roleNames() const
{
    return {{TimeRole, "time"},
            {KindRole, "kind"},
            {KindTextRole, "kindText"},
            {IncomingRole, "incoming"},
            {AmountSatsRole, "amountSats"},
            {AmountTextRole, "amountText"},
            {SourceRole, "source"},
            {SourceTextRole, "sourceText"},
            {AccountRole, "account"},
            {MarketRole, "market"},
            {ReferenceRole, "reference"},
            {NoteRole, "note"},
            {DetailRole, "detail"}};
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "session.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lw {

//! A ledger entry with the names of its market account.
struct LedgerRow {
    LedgerEntry entry;
    QString account; //!< the account's own name ("ai"), empty for none
    QString market;  //!< its market's machine name ("402ai"), empty for none
};

//! The current profile's ledger, newest first: every sat in and out with its reason, narrowed
//! by kind, market, dates and words. Rows of the profile's market accounts are listed, and those
//! tied to no account (the wallet's own payments), which belong to no one profile. The ledger is
//! read on refresh() (after finished journal payments are brought in), when the profile changes,
//! and when a filter changes (a reset: the rows are a new selection).
class LedgerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT

    //! The app's Session (`LedgerModel { session: Session }`).
    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! Only this kind (a reason's machine name, "collected"); empty: every kind.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged FINAL)
    //! Only this market ("402ai"); empty: every market.
    Q_PROPERTY(QString market READ market WRITE setMarket NOTIFY filterChanged FINAL)
    //! Only from this moment on; invalid: no start.
    Q_PROPERTY(QDateTime from READ from WRITE setFrom NOTIFY filterChanged FINAL)
    //! Only before this moment; invalid: no end.
    Q_PROPERTY(QDateTime until READ until WRITE setUntil NOTIFY filterChanged FINAL)
    //! Only rows whose kind, note, reference or account hold these words (any case).
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY rowsChanged FINAL)
    //! Rows before filtering.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY rowsChanged FINAL)
    //! What came in, over the filtered rows ("370 sat").
    Q_PROPERTY(QString totalInText READ totalInText NOTIFY rowsChanged FINAL)
    //! What went out, over the filtered rows.
    Q_PROPERTY(QString totalOutText READ totalOutText NOTIFY rowsChanged FINAL)
    //! {value, text} for a kind picker, "every kind" first.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT FINAL)
    //! {value, text} for a market picker: "every market", then the markets of the rows.
    Q_PROPERTY(QVariantList marketChoices READ marketChoices NOTIFY rowsChanged FINAL)
    //! Why the ledger could not be read (translated); empty when it was.
    Q_PROPERTY(QString errorText READ errorText NOTIFY rowsChanged FINAL)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, //!< time: QDateTime (UTC) of the movement
        KindRole,                    //!< kind: the reason's machine name ("quote_fee")
        KindTextRole,                //!< kindText: the reason for people, translated
        IncomingRole,                //!< incoming: sats came in
        AmountSatsRole,              //!< amountSats: signed whole sats (int64), out negative
        AmountTextRole,              //!< amountText: "+370 sat", "−10 sat"
        SourceRole,                  //!< source: where they moved ("wallet", "market", "escrow")
        SourceTextRole,              //!< sourceText: the same, translated
        AccountRole,                 //!< account: the market account's name, or ""
        MarketRole,                  //!< market: the market's name ("402ai"), or ""
        ReferenceRole,               //!< reference: task id, quote id or payment hash
        NoteRole,                    //!< note: plain text for people (as recorded)
        DetailRole,                  //!< detail: "402ai · ai · Wallet · note", for a row's line
    };
    Q_ENUM(Role)

    //! Reads every row the model may show (oldest first, as Ledger::entries()).
    using Reader = std::function<Result<QList<LedgerRow>, AppError>()>;

    explicit LedgerModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    //! Reads from `reader` instead of a Session (previews and tests); refreshes.
    void setReader(Reader reader);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString market() const { return m_market; }
    void setMarket(const QString &market);
    QDateTime from() const { return m_from; }
    void setFrom(const QDateTime &from);
    QDateTime until() const { return m_until; }
    void setUntil(const QDateTime &until);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    int count() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_all.size()); }
    QString totalInText() const;
    QString totalOutText() const;
    QVariantList kindChoices() const;
    QVariantList marketChoices() const;
    QString errorText() const { return m_errorText; }

    //! The filtered rows, newest first (what is listed, exported and charted).
    const QList<LedgerRow> &rows() const { return m_rows; }

    //! Reads the ledger again.
    Q_INVOKABLE void refresh();
    //! Clears every filter.
    Q_INVOKABLE void clearFilters();
    //! Only the last `days` days (from now on back); 0: any time. Sets `from`, clears `until`.
    Q_INVOKABLE void showLastDays(int days);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindText(LedgerReason reason);
    static QString sourceText(LedgerEntry::Source source);
    //! "+370 sat" / "−10 sat" (whole sats; msat shown as decimals).
    static QString amountText(const LedgerEntry &entry);

Q_SIGNALS:
    void sessionChanged();
    void filterChanged();
    //! The listed rows (and so the totals) changed.
    void rowsChanged();

private:
    bool accepts(const LedgerRow &row) const;
    void applyFilter();
    Result<QList<LedgerRow>, AppError> readSession() const;

    QPointer<Session> m_session;
    Reader m_reader;
    QList<LedgerRow> m_all; //!< newest first
    QList<LedgerRow> m_rows;
    QString m_kind;
    QString m_market;
    QDateTime m_from;
    QDateTime m_until;
    QString m_searchText;
    QString m_errorText;
};

} // namespace lw

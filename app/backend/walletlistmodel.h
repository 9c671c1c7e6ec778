// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "session.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The current profile's wallet connections, in the order they were added. Reloads when the
//! profile changes, after makeDefault()/remove(), and on refresh() (after a WalletSetup saved).
class WalletListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT

    //! The app's Session (`WalletListModel { session: Session }`).
    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    //! Translated: why the last makeDefault() or remove() did not happen; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, //!< name: the user's name for the connection
        KindRole,                    //!< kind: "phoenixd", "lnd", "cln", "lnbits", "nwc", "qr"
        NetworkRole,                 //!< network: "bitcoin", "regtest", …
        IsDefaultRole,               //!< isDefault: the profile pays from this one
        ReceiveOnlyRole,             //!< receiveOnly: connected to receive, not to pay
    };
    Q_ENUM(Role)

    explicit WalletListModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    int count() const { return int(m_rows.size()); }
    QString errorText() const { return m_errorText; }

    //! Reloads from the database.
    Q_INVOKABLE void refresh();
    //! Makes the row the profile's default wallet (payments go through it from now on).
    Q_INVOKABLE void makeDefault(int row);
    //! Removes the connection and its secret from the keychain. The secret goes first: a
    //! connection is never left pointing at a secret that was kept.
    Q_INVOKABLE void remove(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void errorTextChanged();

private:
    EngineSession *engine() const;
    void setErrorText(const QString &text);
    //! The wallet, gate and clients are made again over the profile's connections as they are.
    void rewire();

    QPointer<Session> m_session;
    QList<WalletConnection> m_rows;
    QString m_errorText;
};

} // namespace lw

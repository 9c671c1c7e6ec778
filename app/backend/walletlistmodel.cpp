// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletlistmodel.h"

#include "enginesession.h"
#include "sessionbinding.h"

namespace lw {

WalletListModel::WalletListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

EngineSession *WalletListModel::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void WalletListModel::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &WalletListModel::refresh))
        return;
    Q_EMIT sessionChanged();
    refresh();
}

void WalletListModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void WalletListModel::refresh()
{
    QList<WalletConnection> rows;
    if (EngineSession *e = engine()) {
        auto all = e->accounts().wallets(e->profile().id);
        if (!all) {
            setErrorText(all.error().message);
            return;
        }
        rows = *all;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

void WalletListModel::rewire()
{
    if (EngineSession *e = engine())
        (void)e->switchProfile(e->profile().id); // announces profilesChanged: refresh() follows
    else
        refresh();
}

void WalletListModel::makeDefault(int row)
{
    EngineSession *e = engine();
    if (!e || row < 0 || row >= count())
        return;
    const WalletConnection &w = m_rows.at(row);
    if (auto r = e->accounts().setDefaultWallet(w.profileId, w.id); !r) {
        setErrorText(r.error().message);
        return;
    }
    setErrorText({});
    rewire();
}

void WalletListModel::remove(int row)
{
    EngineSession *e = engine();
    if (!e || row < 0 || row >= count())
        return;
    const WalletConnection w = m_rows.at(row);
    auto key = e->accounts().walletSecretKey(w.id);
    if (!key) {
        setErrorText(key.error().message);
        return;
    }
    QPointer<EngineSession> engine = e;
    e->secrets().remove(*key).then(this, [this, engine, w](const Result<bool, AppError> &r) {
        // A secret that was never there (a phone wallet) is as good as removed.
        if (!engine || (!r && r.error().kind != AppError::Kind::NotFound)) {
            setErrorText(r ? tr("Lightwork closed its data folder.") : r.error().message);
            return;
        }
        if (auto removed = engine->accounts().removeWallet(w.id); !removed) {
            setErrorText(removed.error().message);
            return;
        }
        setErrorText({});
        rewire();
    });
}

int WalletListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant WalletListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WalletConnection &w = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return w.name;
    case KindRole:
        return w.kind;
    case NetworkRole:
        return networkName(w.network);
    case IsDefaultRole:
        return w.isDefault;
    case ReceiveOnlyRole:
        return w.settings.value(u"receive_only").toBool();
    default:
        return {};
    }
}

QHash<int, QByteArray> WalletListModel::roleNames() const
{
    return {{NameRole, "name"},
            {KindRole, "kind"},
            {NetworkRole, "network"},
            {IsDefaultRole, "isDefault"},
            {ReceiveOnlyRole, "receiveOnly"}};
}

} // namespace lw

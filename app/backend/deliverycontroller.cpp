// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverycontroller.h"

#include "delivery.h"
#include "enginesession.h"
#include "hiretaskflow.h"
#include "session.h"
#include "sessionbinding.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lw {

DeliveryController::DeliveryController(QObject *parent)
    : QObject(parent)
    , m_model(new DeliveryListModel(this))
    , m_upload(new DeliveryUpload(this))
{
    connect(m_upload, &DeliveryUpload::delivered, this, &DeliveryController::onDelivered);
    // A stopped or failed upload may still have reached the market: ask it.
    connect(m_upload, &DeliveryUpload::notDelivered, this, &DeliveryController::scheduleLoad);
}

DeliveryController::~DeliveryController() = default;

EngineSession *DeliveryController::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void DeliveryController::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &DeliveryController::scheduleLoad))
        return;
    Q_EMIT sessionChanged();
    scheduleLoad();
}

void DeliveryController::setAccountId(qint64 accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    Q_EMIT accountIdChanged();
    scheduleLoad();
}

void DeliveryController::setTaskId(const QString &taskId)
{
    if (m_taskId == taskId)
        return;
    m_taskId = taskId;
    Q_EMIT taskIdChanged();
    // Another task: nothing of this one's list or saves carries over.
    m_content.clear();
    m_model->setRows({});
    setSaveText({});
    scheduleLoad();
}

void DeliveryController::scheduleLoad()
{
    m_load.schedule();
}

void DeliveryController::reload()
{
    load();
}

void DeliveryController::load()
{
    ++m_generation;
    setError({});
    EngineSession *e = engine();
    m_resolvedAccount = e ? hireAccountForTask(*e, m_accountId, m_taskId) : 0;
    if (!e || m_taskId.isEmpty()) {
        m_upload->setTarget(m_session, 0, m_taskId, false);
        setState(State::Idle);
        return;
    }
    if (!m_resolvedAccount) {
        m_upload->setTarget(m_session, 0, m_taskId, false);
        //: Delivery panel: the task is not one of the current profile's 402ai accounts.
        setError(tr("This task is not in the current profile's 402ai account."));
        setState(State::Failed);
        return;
    }
    m_ownId.clear();
    if (auto stored = e->accounts().accountById(m_resolvedAccount))
        m_ownId = stored->remoteId;
    setState(State::Loading);
    fetch();
}

void DeliveryController::fetch()
{
    const quint64 generation = m_generation;
    const QString taskId = m_taskId;
    engine()
        ->hireById(m_resolvedAccount)
        .then(this, [=, this](const Result<HireClient *, AppError> &c) {
            if (generation != m_generation)
                return;
            EngineSession *e = engine();
            if (!c || !e) {
                //: Delivery panel: the app's session ended while the market was being asked.
                setError(c ? tr("The session closed.") : c.error().message);
                setState(State::Failed);
                return;
            }
            QPointer<HireClient> client = *c;
            // The own id decides who delivered what; asked once, then stored.
            hireOwnId(*e, client).then(this, [=, this](const Result<QString, AppError> &id) {
                if (generation != m_generation || !client)
                    return;
                if (id && !id->isEmpty())
                    m_ownId = *id;
                client->task(taskId).then(this, [=, this](const Result<HireTask, AppError> &task) {
                    if (generation != m_generation)
                        return;
                    if (!task) {
                        setError(task.error().message);
                        setState(State::Failed);
                        return;
                    }
                    apply(*task);
                    setState(State::Ready);
                });
            });
        });
}

void DeliveryController::apply(const HireTask &task)
{
    m_status = task.statusText;
    m_isBuyer = !m_ownId.isEmpty() && task.buyerAccountId == m_ownId;
    bool assignedToMe = false;
    if (task.quotes)
        for (const HireQuote &q : task.quotes->items)
            assignedToMe = assignedToMe
                           || (q.status == HireQuoteStatus::Accepted && !m_ownId.isEmpty()
                               && q.contractorAccountId == m_ownId);
    QList<DeliveryRow> rows;
    bool mineListed = false;
    m_content.clear();
    if (task.deliveries) {
        for (const HireDelivery &d : task.deliveries->items) {
            DeliveryRow r = DeliveryRow::fromMarket(d, m_ownId);
            mineListed = mineListed || r.mine;
            if (d.content)
                m_content.insert(d.id, *d.content);
            else if (m_sent.contains(d.id)) {
                r.sizeBytes = m_sent.value(d.id).first;
                r.sha256 = m_sent.value(d.id).second;
            }
            rows.append(r);
        }
    }
    m_model->setRows(rows);
    m_canDeliver =
        !m_isBuyer && assignedToMe && task.status == HireTaskStatus::InEscrow && rows.isEmpty();
    m_upload->setTarget(m_session, m_resolvedAccount, m_taskId, m_canDeliver);
    // After a stopped or failed upload: whether the market took it anyway, said in the panel
    // (only when the own id tells whose a listed delivery is).
    if (m_upload->awaitingCheck() && !m_ownId.isEmpty()) {
        m_upload->marketChecked(mineListed);
        if (mineListed)
            Q_EMIT delivered();
    }
    Q_EMIT taskChanged();
}

void DeliveryController::onDelivered(const HireDelivery &delivery, qint64 sizeBytes,
                                     const QString &sha256)
{
    m_sent.insert(delivery.id, {sizeBytes, sha256});
    Q_EMIT delivered();
    load();
}

bool DeliveryController::setFile(const QUrl &url)
{
    return m_upload->setFile(url);
}

void DeliveryController::deliver()
{
    m_upload->deliver();
}

void DeliveryController::cancel()
{
    m_upload->cancel();
}

QUrl DeliveryController::proposedSaveUrl(int row) const
{
    if (row < 0 || row >= m_model->count())
        return {};
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(m_model->rows().at(row).safeName));
}

bool DeliveryController::saveDelivery(int row, const QUrl &fileUrl)
{
    if (row < 0 || row >= m_model->count())
        return false;
    const DeliveryRow r = m_model->rows().at(row);
    const auto content = m_content.constFind(r.deliveryId);
    if (content == m_content.cend()) {
        //: Delivery panel: the market did not send this file, so it cannot be saved.
        setError(tr("The market did not send this file's content."));
        return false;
    }
    if (!fileUrl.isLocalFile()) {
        //: Delivery panel: Save as was given something that is not a place on this computer.
        setError(tr("Choose a folder on this computer to save into."));
        return false;
    }
    const QFileInfo chosen(fileUrl.toLocalFile());
    // The chosen name passes through the same cleaning; the folder is the user's choice.
    const QString name = chosen.fileName().isEmpty() ? r.safeName : chosen.fileName();
    auto saved = lw::saveDelivery(chosen.absolutePath(), name, *content);
    if (!saved) {
        //: Delivery panel: saving failed; %1 is why.
        setError(tr("The file was not saved: %1").arg(saved.error().message));
        return false;
    }
    setError({});
    const QString written = QString::fromLatin1(saved->sha256.toHex());
    const bool matches = !r.sha256.isEmpty() && written == r.sha256;
    m_model->setSaved(row, saved->path,
                      matches ? DeliveryRow::SaveCheck::Matches : DeliveryRow::SaveCheck::Differs);
    if (matches)
        //: Delivery panel: saved, and the written file hashes as the market's copy; %1 path.
        setSaveText(tr("Saved as %1. Its SHA-256 matches the delivery.")
                        .arg(QDir::toNativeSeparators(saved->path)));
    else
        //: Delivery panel: saved, but what is on disk differs from what the market sent.
        setSaveText(tr("Saved as %1, but its SHA-256 differs from the delivery: the file on "
                       "disk is not what the market sent.")
                        .arg(QDir::toNativeSeparators(saved->path)));
    return true;
}

void DeliveryController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void DeliveryController::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

void DeliveryController::setSaveText(const QString &text)
{
    if (m_saveText == text)
        return;
    m_saveText = text;
    Q_EMIT saveTextChanged();
}

} // namespace lw

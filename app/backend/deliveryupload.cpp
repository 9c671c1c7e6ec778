// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryupload.h"

#include "delivery.h"
#include "enginesession.h"
#include "session.h"

#include <QFileInfo>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>

namespace lw {

namespace {

using ReadResult = Result<HireDeliveryFile, AppError>;

//! Reads, hashes and encodes the file on the thread pool: a big file never stalls the window.
QFuture<ReadResult> readInBackground(const QString &path, qint64 maxBytes)
{
    auto promise = std::make_shared<QPromise<ReadResult>>();
    QFuture<ReadResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, maxBytes] {
        promise->addResult(readDeliveryFile(path, maxBytes));
        promise->finish();
    });
    return future;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

DeliveryUpload::DeliveryUpload(QObject *parent)
    : QObject(parent)
{}

DeliveryUpload::~DeliveryUpload() = default;

void DeliveryUpload::setTarget(Session *session, qint64 accountId, const QString &taskId,
                               bool allowed)
{
    const bool capMoved = m_session != session;
    m_session = session;
    m_accountId = accountId;
    m_taskId = taskId;
    m_allowed = allowed;
    if (capMoved)
        Q_EMIT capChanged();
    Q_EMIT stateChanged(); // canDeliver follows the target
}

QString DeliveryUpload::fileSizeText() const
{
    return m_fileName.isEmpty() ? QString() : dataSize(m_fileSize);
}

QString DeliveryUpload::sha256() const
{
    return m_file ? QString::fromLatin1(m_file->sha256.toHex()) : QString();
}

void DeliveryUpload::setNotes(const QString &notes)
{
    if (m_notes == notes)
        return;
    m_notes = notes;
    Q_EMIT notesChanged();
}

double DeliveryUpload::progress() const
{
    return m_total > 0 ? double(m_sent) / double(m_total) : 0.0;
}

QString DeliveryUpload::progressText() const
{
    if (m_total <= 0)
        return {};
    //: Delivery upload: bytes sent so far of the whole request, e.g. "120 KB of 1.2 MB sent".
    return tr("%1 of %2 sent").arg(dataSize(m_sent), dataSize(m_total));
}

qint64 DeliveryUpload::capBytes() const
{
    EngineSession *e = m_session ? m_session->engine() : nullptr;
    return deliveryCapBytes(e ? e->http().limits() : HttpLimits());
}

QString DeliveryUpload::capText() const
{
    //: Delivery upload: the largest file the market takes, e.g. "At most 3 MB".
    return tr("At most %1").arg(dataSize(capBytes()));
}

bool DeliveryUpload::canDeliver() const
{
    return m_allowed && m_file && (m_state == State::Ready || m_state == State::Failed) && m_session
           && m_session->engine() && m_accountId && !m_taskId.isEmpty();
}

bool DeliveryUpload::setFile(const QUrl &url)
{
    if (m_state == State::Uploading)
        return false;
    // A refused pick keeps what was picked before: nothing the user chose is lost.
    if (!url.isLocalFile()) {
        //: Delivery upload: something that is not a file on this computer was dropped.
        setError(tr("Only a file on this computer can be delivered."));
        return false;
    }
    const QString path = url.toLocalFile();
    const QFileInfo info(path);
    if (!info.exists()) {
        //: Delivery upload: the picked file is gone; %1 is its name.
        setError(tr("The file %1 does not exist.").arg(info.fileName()));
        return false;
    }
    if (!info.isFile()) {
        //: Delivery upload: a folder or device was picked; %1 is its name.
        setError(tr("%1 is not a file. Pick one file to deliver.").arg(info.fileName()));
        return false;
    }
    if (info.size() == 0) {
        //: Delivery upload: the picked file has nothing in it; %1 is its name.
        setError(tr("The file %1 is empty.").arg(info.fileName()));
        return false;
    }
    if (info.size() > capBytes()) {
        //: Delivery upload: the file is over the market's limit; %1 name, %2 its size,
        //: %3 the limit.
        setError(tr("%1 is %2; the market takes files of at most %3.")
                     .arg(info.fileName(), dataSize(info.size()), dataSize(capBytes())));
        return false;
    }
    if (!info.isReadable()) {
        //: Delivery upload: no permission to read the file; %1 is its name.
        setError(tr("The file %1 cannot be read.").arg(info.fileName()));
        return false;
    }
    const quint64 generation = ++m_generation;
    m_path = path;
    m_fileName = info.fileName();
    m_fileSize = info.size();
    m_file.reset();
    m_resultText.clear();
    setError({});
    setProgress(0, 0);
    Q_EMIT fileChanged();
    setState(State::Reading);
    readInBackground(path, capBytes()).then(this, [this, generation](const ReadResult &read) {
        if (generation != m_generation)
            return;
        if (!read) {
            m_fileName.clear();
            m_fileSize = 0;
            Q_EMIT fileChanged();
            setState(State::Empty);
            setError(read.error().message);
            return;
        }
        m_file = std::make_shared<const HireDeliveryFile>(*read);
        m_fileSize = read->sizeBytes;
        Q_EMIT fileChanged();
        setState(State::Ready);
    });
    return true;
}

void DeliveryUpload::clearFile()
{
    if (busy())
        return;
    ++m_generation;
    m_path.clear();
    m_fileName.clear();
    m_fileSize = 0;
    m_file.reset();
    m_resultText.clear();
    setError({});
    setProgress(0, 0);
    Q_EMIT fileChanged();
    setState(State::Empty);
}

void DeliveryUpload::deliver()
{
    if (!canDeliver())
        return;
    using Outcome = Result<HireDelivery, AppError>;
    const quint64 generation = ++m_generation;
    const qint64 size = m_file->sizeBytes;
    const QString sha = sha256();
    const std::shared_ptr<const HireDeliveryFile> file = m_file;
    const QString taskId = m_taskId;
    const QString notes = m_notes;
    delete m_stopHandle.data();
    auto *handle = new QObject(this); // a child: the upload also stops when the panel goes
    m_stopHandle = handle;
    m_stopping = false;
    m_awaitingCheck = false;
    m_resultText.clear();
    setError({});
    // The request is the base64 in JSON: a close first total, corrected by the first report.
    setProgress(0, m_file->contentBase64.size());
    setState(State::Uploading);
    QPointer<DeliveryUpload> self(this);
    const auto progress = [self, generation](qint64 sent, qint64 total) {
        if (self && generation == self->m_generation)
            self->setProgress(sent, total);
    };
    const auto stopped = [] {
        //: Delivery upload: the upload ended before it was sent or because the app closed.
        return Outcome(
            lw::fail(AppError::make(AppError::Kind::Cancelled, tr("The delivery was stopped."))));
    };
    m_session->engine()
        ->hireById(m_accountId)
        .then(this,
              [=, this](const Result<HireClient *, AppError> &client) -> QFuture<Outcome> {
                  // Stopped while the client was made: nothing has left.
                  if (generation != m_generation || m_stopping || m_stopHandle != handle)
                      return QtFuture::makeReadyFuture(stopped());
                  if (!client)
                      return QtFuture::makeReadyFuture(Outcome(lw::fail(client.error())));
                  return (*client)->deliver(taskId, *file, notes, progress, handle);
              })
        .unwrap()
        // The client or the engine went while the upload ran (the session closed).
        .onCanceled(this, stopped)
        .then(this, [this, generation, size, sha](const Outcome &r) {
            uploadEnded(generation, r, size, sha);
        });
}

void DeliveryUpload::uploadEnded(quint64 generation, const Result<HireDelivery, AppError> &r,
                                 qint64 size, const QString &sha)
{
    if (generation != m_generation)
        return;
    delete m_stopHandle.data(); // after the answer: stops nothing
    if (r) {
        setProgress(m_total, m_total);
        //: Delivery upload: the market took the file; %1 is its name.
        m_resultText = tr("Delivered %1. The buyer can now confirm it.").arg(m_fileName);
        setState(State::Delivered);
        Q_EMIT delivered(*r, size, sha);
        return;
    }
    // Whatever ended it, the market may have the delivery: the controller asks it.
    m_awaitingCheck = true;
    if (m_stopping) {
        const bool wholeBodySent = m_total > 0 && m_sent >= m_total;
        setProgress(0, 0);
        m_resultText =
            wholeBodySent
                //: Delivery upload: stopped after the whole file had been sent. The market
                //: may have taken it, so the task is read again.
                ? tr("The upload was stopped after the whole file had been sent: the market "
                     "may have taken it. Checking the task…")
                //: Delivery upload: the user stopped the upload. The task is read again in
                //: case the market got it anyway; the file and notes are kept.
                : tr("The upload was stopped. Checking whether the market got it…");
        setState(State::Ready);
        Q_EMIT notDelivered();
        return;
    }
    uploadFailed(r.error());
    Q_EMIT notDelivered();
}

void DeliveryUpload::marketChecked(bool taken)
{
    if (!m_awaitingCheck || busy())
        return;
    m_awaitingCheck = false;
    if (taken) {
        setError({});
        //: Delivery upload: the upload was stopped or failed, but reading the task again
        //: shows the market has the delivery.
        m_resultText = tr("The market has the delivery after all. The buyer can now confirm it.");
        setState(State::Delivered);
        return;
    }
    if (m_state != State::Ready)
        return; // a failure keeps its own error
    //: Delivery upload: after a stop, the task shows no delivery. Deliver sends the same file
    //: and notes again.
    m_resultText = tr("The market did not get the delivery. The file and notes are kept: "
                      "Deliver sends them again.");
    Q_EMIT stateChanged();
}

void DeliveryUpload::cancel()
{
    if (m_state == State::Reading) {
        ++m_generation; // the read's answer is dropped
        m_fileName.clear();
        m_fileSize = 0;
        Q_EMIT fileChanged();
        setState(State::Empty);
        return;
    }
    if (m_state == State::Uploading && !m_stopping) {
        m_stopping = true;
        // The request ends at once with a Cancelled error (HttpRequest::cancelWith).
        delete m_stopHandle.data();
    }
}

void DeliveryUpload::uploadFailed(const AppError &error)
{
    // The file and notes stay: Retry sends the same bytes.
    setProgress(0, 0);
    //: Delivery upload: the upload failed; %1 is why. The file and notes are kept.
    setError(tr("The delivery did not go through: %1").arg(error.message));
    setState(State::Failed);
}

void DeliveryUpload::setState(State state)
{
    if (m_state == state) {
        Q_EMIT stateChanged(); // canDeliver may have moved with the file
        return;
    }
    m_state = state;
    Q_EMIT stateChanged();
}

void DeliveryUpload::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

void DeliveryUpload::setProgress(qint64 sent, qint64 total)
{
    // Reported sizes only grow during one upload; a reset to zero starts a new one.
    if (total > 0 && sent < m_sent && total == m_total)
        return;
    if (sent == m_sent && total == m_total)
        return;
    m_sent = qMin(sent, total);
    m_total = total;
    Q_EMIT progressChanged();
}

} // namespace lw

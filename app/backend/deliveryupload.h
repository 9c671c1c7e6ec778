// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markets/aiforhire/hireclient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace lw {

class Session;

//! The worker's side of a delivery: a file picked (read, hashed and encoded off the GUI
//! thread, the market's size cap checked before it is read), notes, and the upload with its
//! progress. The upload goes through the account's own client and can be stopped half-way.
//! A stopped or failed upload keeps the file and notes, so Retry sends the same bytes; the
//! SHA-256 shown is of exactly what is sent.
class DeliveryUpload : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A delivery upload comes from its DeliveryController.")

    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool hasFile READ hasFile NOTIFY fileChanged FINAL)
    //! The picked file's own name, plain text.
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged FINAL)
    Q_PROPERTY(qint64 fileSize READ fileSize NOTIFY fileChanged FINAL)
    //! "1.2 MB"; empty without a file.
    Q_PROPERTY(QString fileSizeText READ fileSizeText NOTIFY fileChanged FINAL)
    //! Hex; empty until the file is read.
    Q_PROPERTY(QString sha256 READ sha256 NOTIFY fileChanged FINAL)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY notesChanged FINAL)
    Q_PROPERTY(qint64 bytesSent READ bytesSent NOTIFY progressChanged FINAL)
    Q_PROPERTY(qint64 bytesTotal READ bytesTotal NOTIFY progressChanged FINAL)
    //! 0…1 while uploading.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged FINAL)
    //! "120 KB of 1.2 MB sent".
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged FINAL)
    //! What the market takes at most ("at most 3 MB").
    Q_PROPERTY(QString capText READ capText NOTIFY capChanged FINAL)
    //! What went wrong (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! The outcome for people (translated): delivered, or stopped.
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool canDeliver READ canDeliver NOTIFY stateChanged FINAL)

public:
    enum class State { Empty, Reading, Ready, Uploading, Delivered, Failed };
    Q_ENUM(State)

    explicit DeliveryUpload(QObject *parent = nullptr);
    ~DeliveryUpload() override;

    //! Where the delivery goes; `allowed` is false unless the task waits for this worker.
    void setTarget(Session *session, qint64 accountId, const QString &taskId, bool allowed);

    State state() const { return m_state; }
    bool busy() const { return m_state == State::Reading || m_state == State::Uploading; }
    bool hasFile() const { return m_file != nullptr; }
    QString fileName() const { return m_fileName; }
    qint64 fileSize() const { return m_fileSize; }
    QString fileSizeText() const;
    QString sha256() const;
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    qint64 bytesSent() const { return m_sent; }
    qint64 bytesTotal() const { return m_total; }
    double progress() const;
    QString progressText() const;
    QString capText() const;
    qint64 capBytes() const;
    QString errorText() const { return m_errorText; }
    QString resultText() const { return m_resultText; }
    bool canDeliver() const;

    //! Picks a local file (from the file dialog, a drop or a test). False, with errorText,
    //! when it is not a local file, is missing or is over the market's cap.
    Q_INVOKABLE bool setFile(const QUrl &url);
    Q_INVOKABLE void clearFile();
    //! Uploads the file with the notes (again after a failure: Retry).
    Q_INVOKABLE void deliver();
    //! Stops reading the file, or stops the upload.
    Q_INVOKABLE void cancel();

    //! An upload was stopped or failed and the market has not been asked since whether it got
    //! it anyway.
    bool awaitingCheck() const { return m_awaitingCheck; }
    //! The task was read again after such an upload: `taken` when it holds this worker's
    //! delivery. Says which it is in resultText.
    void marketChecked(bool taken);

Q_SIGNALS:
    void stateChanged();
    void fileChanged();
    void notesChanged();
    void progressChanged();
    void capChanged();
    void errorTextChanged();
    //! The market took the delivery; size and SHA-256 of what was sent.
    void delivered(const lw::HireDelivery &delivery, qint64 sizeBytes, const QString &sha256);
    //! An upload was stopped or failed (it may still have reached the market: ask it).
    void notDelivered();

private:
    void setState(State state);
    void setError(const QString &error);
    void setProgress(qint64 sent, qint64 total);
    void uploadFailed(const AppError &error);
    void uploadEnded(quint64 generation, const Result<HireDelivery, AppError> &result,
                     qint64 sizeBytes, const QString &sha256);

    QPointer<Session> m_session;
    qint64 m_accountId = 0;
    QString m_taskId;
    bool m_allowed = false;

    State m_state = State::Empty;
    QString m_path;
    QString m_fileName;
    qint64 m_fileSize = 0;
    std::shared_ptr<const HireDeliveryFile> m_file; //!< read and encoded; what is sent
    QString m_notes;
    qint64 m_sent = 0;
    qint64 m_total = 0;
    QString m_errorText;
    QString m_resultText;
    quint64 m_generation = 0;       //!< counts reads and uploads, so a late answer is not shown
    QPointer<QObject> m_stopHandle; //!< the upload in flight stops when this goes
    bool m_stopping = false;        //!< cancel() was asked during the upload
    bool m_awaitingCheck = false;   //!< see awaitingCheck()
};

} // namespace lw

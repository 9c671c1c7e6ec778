// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lw {

class EngineSession;

//! The profile's recent paid tool calls, newest first: what the payment journal recorded for
//! "tools.*" actions, with what the follow-ups say became of them (running, refund to claim,
//! refunded). reload() reads them again.
class ToolRunsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ToolsController.runs hands this out")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        ToolRole = Qt::UserRole + 1,
        StatusRole, //!< "running", "refund_pending", "refunded", "finished", "failed", "pending",
                    //!< "not_paid"
        StatusTextRole, //!< the same for people (translated)
        AmountTextRole,
        WhenRole,
        NoteRole,
        JournalIdRole,
    };
    Q_ENUM(Role)

    struct Run {
        qint64 journalId = 0;
        QString tool;
        QString status;
        QString amountText;
        QDateTime when;
        QString note;
    };

    static constexpr int maxRuns = 50;

    explicit ToolRunsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_runs.size()); }
    const QList<Run> &runs() const { return m_runs; }

    //! Reads the journal of `engine` (none: empties the list). False when it could not be read.
    bool reload(EngineSession *engine);
    static QString statusText(const QString &status);

Q_SIGNALS:
    void countChanged();

private:
    QList<Run> m_runs;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "markets/tools/toolstypes.h"
#include "net/apperror.h"
#include "secrets/secretbox.h"
#include "store/database.h"

namespace lw {

//! What is still owed to the user after a paid tool call: a job to follow to its result, or a
//! refund to claim. Kept so a closed app or a crash after the payment loses neither; `resume`
//! finishes them.
struct ToolFollowup {
    enum class State {
        Following,     //!< the job was running when last seen
        RefundPending, //!< the call failed after payment and a refund link came with it
        Finished,      //!< the job ended (its output was shown) or the failure had no refund
        RefundClaimed, //!< the wallet received the refund
    };
    qint64 journalId = 0; //!< the paid call's journal entry: one follow-up per payment
    qint64 accountId = 0;
    QString slug;
    ToolJob job;
    State state = State::Following;
    ToolRefund refund; //!< the link is sealed at rest: it is money to whoever holds it
    QString note;      //!< what came of it, for people
    qint64 updatedAtMs = 0;
};

QString toolFollowupStateName(ToolFollowup::State state);

class ToolFollowups {
public:
    ToolFollowups(const Database &db, const SecretBox &box);

    static QList<Migration> migrations();

    //! Before the first poll: the job may outlive this process.
    Result<bool, AppError> following(qint64 journalId, qint64 accountId, const QString &slug,
                                     const ToolJob &job);
    //! Before the claim: the link must outlive this process.
    Result<bool, AppError> refundPending(qint64 journalId, qint64 accountId, const QString &slug,
                                         const ToolRefund &refund);
    Result<bool, AppError> finished(qint64 journalId, const QString &note);
    Result<bool, AppError> refundClaimed(qint64 journalId, const QString &note);

    Result<std::optional<ToolFollowup>, AppError> find(qint64 journalId) const;
    //! Following and RefundPending ones, oldest first.
    Result<QList<ToolFollowup>, AppError> open() const;

private:
    Result<bool, AppError> save(const ToolFollowup &followup);
    Result<bool, AppError> move(qint64 journalId, ToolFollowup::State to, const QString &note);
    Result<QList<ToolFollowup>, AppError> read(const QString &where,
                                               const QVariantList &bindings) const;

    const Database &m_db;
    const SecretBox &m_box;
};

} // namespace lw

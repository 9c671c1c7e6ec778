// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace lw::sandbox {

class Clock;
class Database;
class Entropy;

//! 402ai's tables (lib/hire_store.py, lib/topup_store.py at c1588c0) and the JSON the server
//! returns for them, field for field.
class HireStore {
public:
    HireStore(Database &db, Clock &clock, Entropy &entropy);

    struct Account {
        QString id;
        qint64 balanceSats = 0;
    };
    //! A new account and its token (shown once; only its hash is kept).
    QPair<Account, QString> createAccount(qint64 balanceSats);
    std::optional<Account> accountByToken(const QString &token);
    std::optional<Account> account(const QString &id);
    bool debit(const QString &accountId, qint64 sats); //!< false when the balance is short
    bool credit(const QString &accountId, qint64 sats);

    // Top-ups
    bool addTopup(const QString &paymentHash, const QString &accountId, qint64 amountSats);
    std::optional<QVariantMap> topup(const QString &paymentHash);
    bool markTopupPaid(const QString &paymentHash);

    // Tasks, quotes, messages, deliveries
    QJsonObject createTask(const QString &buyer, const QString &title, const QString &description,
                           qint64 budgetSats);
    std::optional<QVariantMap> task(const QString &id);
    QJsonArray tasks(const QString &status);
    QJsonObject taskJson(const QVariantMap &task);
    QJsonObject taskDetailJson(const QVariantMap &task, bool withContent);

    QJsonObject createQuote(const QString &taskId, const QString &contractor, qint64 priceSats,
                            const QString &description);
    std::optional<QVariantMap> quote(const QString &taskId, const QString &quoteId);
    QJsonObject updateQuote(const QVariantMap &quote, std::optional<qint64> priceSats,
                            std::optional<QString> description);
    QJsonObject quoteJson(const QVariantMap &quote) const;
    //! Accepts one quote, rejects the others, moves the task to in_escrow.
    bool acceptQuote(const QString &taskId, const QString &quoteId, qint64 escrowSats);
    std::optional<QVariantMap> acceptedQuote(const QString &taskId);

    QJsonObject addMessage(const QString &taskId, const QString &quoteId, const QString &sender,
                           const QString &body);
    QJsonArray messages(const QString &quoteId, qint64 sinceId);

    QJsonObject addDelivery(const QString &taskId, const QString &quoteId,
                            const QString &contractor, const QString &filename,
                            const QString &contentBase64, const QString &notes);
    bool completeTask(const QString &taskId);

    QList<QVariantMap> openTasksNotBy(const QString &accountId);
    QList<QVariantMap> tasksBy(const QString &accountId, const QString &status);
    QList<QVariantMap> quotesOn(const QString &taskId);
    QList<QVariantMap> quotesBy(const QString &accountId, const QString &status);
    qint64 lastMessageId(const QString &quoteId);
    QString lastSender(const QString &quoteId);

    void reset();

private:
    QJsonObject deliveryJson(const QVariantMap &row, bool withContent) const;

    Database &m_db;
    Clock &m_clock;
    Entropy &m_entropy;
};

} // namespace lw::sandbox

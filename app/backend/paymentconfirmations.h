// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pay/paymentgate.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QtQml/qqmlregistration.h>

#include <deque>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace lw {

//! One payment a market action asks the user to allow, as the Pay dialog shows it. Every
//! field is text for people: translated where Lightwork knows it, the server's words with
//! invisible characters escaped otherwise.
class PaymentQuestion : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PaymentConfirmations.current hands these out")

    //! What the payment is for ("Task posting fee", "Escrow", "Top-up").
    Q_PROPERTY(QString action READ action CONSTANT FINAL)
    //! The server that asked for it (its host name).
    Q_PROPERTY(QString host READ host CONSTANT FINAL)
    //! The exact amount ("50 sat") and the most its routing may cost.
    Q_PROPERTY(QString amountText READ amountText CONSTANT FINAL)
    Q_PROPERTY(qint64 amountSats READ amountSats CONSTANT FINAL)
    Q_PROPERTY(QString maxFeeText READ maxFeeText CONSTANT FINAL)
    //! The invoice's own description, plain text (untrusted).
    Q_PROPERTY(QString description READ description CONSTANT FINAL)
    //! When the question is declined unanswered.
    Q_PROPERTY(QDateTime expiresAt READ expiresAt CONSTANT FINAL)

public:
    PaymentQuestion(const PaymentPrompt &prompt, QDateTime expiresAt, QObject *parent = nullptr);

    QString action() const { return m_action; }
    QString host() const { return m_host; }
    QString amountText() const { return m_amountText; }
    qint64 amountSats() const { return m_amountSats; }
    QString maxFeeText() const { return m_maxFeeText; }
    QString description() const { return m_description; }
    QDateTime expiresAt() const { return m_expiresAt; }

    //! The words for an action the gate names ("402ai.post_task" → "Task posting fee").
    static QString actionText(const QString &action);

private:
    QString m_action;
    QString m_host;
    QString m_amountText;
    qint64 m_amountSats = 0;
    QString m_maxFeeText;
    QString m_description;
    QDateTime m_expiresAt;
};

//! The engine's confirmer for every paid market action (posting a task, a quote, escrow, a
//! top-up): the gate asks above the profile's threshold, the question waits in a queue, and
//! the Pay dialog shows `current` until the user approves or declines it. Declining pays
//! nothing; a question left unanswered for five minutes is declined.
class PaymentConfirmations : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    //! The question to show now; null when nothing waits.
    Q_PROPERTY(lw::PaymentQuestion *current READ current NOTIFY currentChanged FINAL)
    //! How many questions wait, the current one included.
    Q_PROPERTY(int count READ count NOTIFY currentChanged FINAL)

public:
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::minutes(5);

    //! The process-wide queue (owned by the application object).
    static PaymentConfirmations *instance();
    static PaymentConfirmations *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    PaymentQuestion *current() const;
    int count() const { return int(m_queue.size()); }

    //! A PaymentGate::Confirmer: queues the prompt; the future says whether to pay.
    QFuture<bool> ask(const PaymentPrompt &prompt);
    //! Pays the current question's invoice (the user's click).
    Q_INVOKABLE void approve();
    //! Pays nothing for the current question.
    Q_INVOKABLE void decline();

    //! How long a question may wait for an answer (tests shorten it).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

Q_SIGNALS:
    void currentChanged();

private:
    // Not default-constructible: Qt 6.4 would then construct a second queue for QML instead
    // of calling create().
    explicit PaymentConfirmations(QObject *parent);
    ~PaymentConfirmations() override;

    struct Waiting {
        PaymentQuestion *question = nullptr;
        std::shared_ptr<QPromise<bool>> answer;
    };
    //! Resolves the question (declining when `yes` is false) and drops it from the queue.
    void resolve(PaymentQuestion *question, bool yes);

    std::deque<Waiting> m_queue;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentconfirmations.h"

#include "common/safetext.h"
#include "recentpaymentsmodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace lw {

namespace {

constexpr int maxDescriptionLength = 640;

QString satsText(MilliSats amount)
{
    //: An amount of money; %1 is a number of satoshis such as 1500 or 0.5.
    return PaymentQuestion::tr("%1 sat").arg(amount.toSatsDecimal());
}

} // namespace

PaymentQuestion::PaymentQuestion(const PaymentPrompt &prompt, QDateTime expiresAt, QObject *parent)
    : QObject(parent)
    , m_action(actionText(prompt.action))
    , m_host(displayText(QStringView(prompt.host)))
    , m_amountText(satsText(prompt.amount))
    , m_amountSats(prompt.amount.floorSats())
    //: The most a payment's routing may cost; %1 is an amount such as "10 sat".
    , m_maxFeeText(tr("at most %1 in routing fees").arg(satsText(prompt.maxFee)))
    , m_description(displayText(QStringView(prompt.description).left(maxDescriptionLength)))
    , m_expiresAt(std::move(expiresAt))
{}

QString PaymentQuestion::actionText(const QString &action)
{
    // The journal's words, so the dialog and the list of payments name an action alike.
    JournalEntry entry;
    entry.action = action;
    if (action.endsWith(u".topup"))
        entry.kind = JournalEntry::Kind::Topup;
    return RecentPaymentsModel::reasonText(entry);
}

PaymentConfirmations *PaymentConfirmations::instance()
{
    static QPointer<PaymentConfirmations> queue;
    if (!queue) {
        Q_ASSERT(QCoreApplication::instance());
        queue = new PaymentConfirmations(QCoreApplication::instance());
    }
    return queue;
}

PaymentConfirmations *PaymentConfirmations::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    PaymentConfirmations *queue = instance();
    Q_ASSERT(jsEngine->thread() == queue->thread());
    // Shared with the engine's confirmer; the QML engine must not delete it.
    QJSEngine::setObjectOwnership(queue, QJSEngine::CppOwnership);
    return queue;
}

PaymentConfirmations::PaymentConfirmations(QObject *parent)
    : QObject(parent)
{}

PaymentConfirmations::~PaymentConfirmations()
{
    // Nobody is left to click: nothing waiting is paid.
    for (Waiting &w : m_queue) {
        w.answer->addResult(false);
        w.answer->finish();
    }
}

PaymentQuestion *PaymentConfirmations::current() const
{
    return m_queue.empty() ? nullptr : m_queue.front().question;
}

QFuture<bool> PaymentConfirmations::ask(const PaymentPrompt &prompt)
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addMSecs(m_timeout.count());
    auto *question = new PaymentQuestion(prompt, expires, this);
    QJSEngine::setObjectOwnership(question, QJSEngine::CppOwnership);
    auto answer = std::make_shared<QPromise<bool>>();
    answer->start();
    m_queue.push_back({question, answer});
    // Unanswered, it is declined: a payment never waits forever on a forgotten window.
    QTimer::singleShot(m_timeout, question, [this, question] { resolve(question, false); });
    Q_EMIT currentChanged(); // a new current one, or at least a new count
    return answer->future();
}

void PaymentConfirmations::approve()
{
    if (PaymentQuestion *question = current())
        resolve(question, true);
}

void PaymentConfirmations::decline()
{
    if (PaymentQuestion *question = current())
        resolve(question, false);
}

void PaymentConfirmations::resolve(PaymentQuestion *question, bool yes)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [question](const Waiting &w) { return w.question == question; });
    if (it == m_queue.end())
        return;
    const Waiting waiting = *it;
    m_queue.erase(it);
    Q_EMIT currentChanged();
    // The question goes after QML stopped showing it.
    waiting.question->deleteLater();
    waiting.answer->addResult(yes);
    waiting.answer->finish();
}

} // namespace lw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>
#include <QVariantMap>

namespace lw::sandbox {

class Database;
class HireStore;

//! Simulated people on the 402ai market, so the demo feels alive: buyers post tasks, accept
//! quotes (the user's included), answer in threads and confirm deliveries; workers quote on
//! open tasks (the user's first), answer in threads and deliver once accepted. They act
//! through the market's own store under its rules and pay its fees.
class Bots : public QObject {
    Q_OBJECT

public:
    Bots(HireStore &store, Database &db, int count, int intervalMs, quint32 seed,
         QObject *parent = nullptr);

    void start();
    void stop();
    //! One bot's move; the timer calls it, tests may too. Returns what it did (for the log).
    QString step();

    struct Bot {
        QString accountId;
        bool buyer = false;
    };
    QList<Bot> bots() const { return m_bots; }

private:
    void ensureAccounts();
    QString buyerStep(const Bot &bot);
    QString workerStep(const Bot &bot);
    bool isBot(const QString &accountId) const;
    QString pick(const QStringList &options);
    void keepFunded(const QString &accountId);

    HireStore &m_store;
    Database &m_db;
    int m_count;
    QRandomGenerator m_random;
    QTimer m_timer;
    QList<Bot> m_bots;
    QHash<QString, int> m_visits; //!< a buyer's looks at each of its open tasks
    qsizetype m_next = 0;
};

} // namespace lw::sandbox

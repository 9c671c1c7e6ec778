// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The steps the end-to-end test repeats, each done through the window (E2eDriver): the
// navigation rail, the feed and a task's detail, Post a task, Earnings, Settings, and the Pay
// dialog's questions. Money is checked through the engine and the sandbox, never the screen
// alone.

#include "e2edriver.h"
#include "earningscontroller.h"
#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "pay/paymentjournal.h"
#include "posttaskform.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxsetup.h"
#include "session.h"
#include "sessiontestkit.h"
#include "taskdetail.h"

#include <QFileInfo>
#include <QQmlEngine>
#include <QQuickItem>

namespace lwtest {

class E2eSteps {
public:
    E2eSteps(E2eDriver &ui, QQmlEngine &engine)
        : m_ui(ui)
    {
        const int id = qmlTypeId("Lightwork.Backend", 1, 0, "Session");
        m_session = id < 0 ? nullptr : engine.singletonInstance<lw::Session *>(id);
    }

    lw::Session *session() const { return m_session; }
    //! What the feed is searched for before a task's row is looked up.
    void setFeedSearch(const QString &text) { m_search = text; }
    lw::EngineSession *engine() const { return m_session->engine(); }
    QString profileName() const { return m_session->profiles().value(m_session->currentProfile()); }

    //! The current profile's 402ai balance as the market tells its engine; -1 when unknown.
    qint64 hireBalanceSats() const
    {
        if (!m_session || !engine())
            return -1;
        auto client = wait(engine()->hire(QString()));
        if (!client)
            return -1;
        auto me = wait((*client)->me());
        return me ? me->balance.msat() / 1000 : -1;
    }

    //! Clicks the rail's button for area `index` (0 Feed, 1 Post, 3 Earnings, 4 Wallet, 7
    //! Settings).
    bool nav(int index)
    {
        QQuickItem *rail = m_ui.item(QStringLiteral("navRail"));
        return rail && m_ui.click(QStringLiteral("nav") + QString::number(index), rail);
    }

    //! Back to the feed and to `name`'s profile.
    bool switchProfile(const QString &name)
    {
        if (!showFeed())
            return false;
        const int index = int(m_session->profiles().indexOf(name));
        if (index < 0)
            return false;
        // The rail's profile box, as a person would: open it, move to the profile, Enter.
        QQuickItem *box = m_ui.item(QStringLiteral("profileSwitcher"));
        if (!box || !m_ui.click(box))
            return false;
        const int from = box->property("currentIndex").toInt();
        for (int i = from; i != index; i += index > from ? 1 : -1)
            QTest::keyClick(m_ui.window(), index > from ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(m_ui.window(), Qt::Key_Return);
        return profileName() == name
               && E2eDriver::waitFor([&] { return engine()->profile().name == name.toLower(); });
    }

    //! The Feed area showing the list (a task's detail closed with Back).
    bool showFeed()
    {
        if (!nav(0))
            return false;
        if (QQuickItem *back = m_ui.item(QStringLiteral("backButton"),
                                         m_ui.item(QStringLiteral("taskDetailPage"))))
            if (!m_ui.click(back))
                return false;
        return m_ui.waitItem(QStringLiteral("feedList")) != nullptr;
    }

    //! The feed's row of `taskId` once `ready` holds for it, asking the markets again every
    //! few seconds with the feed's Refresh button.
    QQuickItem *feedRow(const QString &taskId, const std::function<bool(QQuickItem *)> &ready = {},
                        int timeoutMs = 30'000)
    {
        if (!showFeed())
            return nullptr;
        // Only the test's tasks, as a person would search, so the bots' rows do not move them.
        if (QQuickItem *search = m_ui.item(QStringLiteral("searchField"));
            search && search->property("text").toString() != m_search
            && !m_ui.type(search, m_search))
            return nullptr;
        QQuickItem *row = nullptr;
        QElapsedTimer sinceSync;
        sinceSync.start();
        E2eDriver::waitFor(
            [&] {
                QQuickItem *list = m_ui.item(QStringLiteral("feedList"));
                row = list ? m_ui.itemWhere(
                          list,
                          [&](QQuickItem *i) { return i->property("taskId").toString() == taskId; })
                           : nullptr;
                if (row && (!ready || ready(row)))
                    return true;
                if (sinceSync.elapsed() > 2'000) {
                    m_ui.click(QStringLiteral("feedRefreshButton"));
                    sinceSync.restart();
                }
                return false;
            },
            timeoutMs);
        return row && (!ready || ready(row)) ? row : nullptr;
    }
    bool waitFeed(const QString &taskId, const std::function<bool(QQuickItem *)> &ready)
    {
        return feedRow(taskId, ready) != nullptr;
    }

    //! Clicks the task's row in the feed; its detail once loaded from the market. A row may
    //! be replaced under the mouse while the feed syncs: then it is clicked again.
    lw::TaskDetail *openTask(const QString &taskId)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            QQuickItem *row = feedRow(taskId);
            if (!row) {
                qWarning("task %s is not in the feed", qPrintable(taskId));
                return nullptr;
            }
            if (!m_ui.click(row))
                continue;
            lw::TaskDetail *detail = nullptr;
            E2eDriver::waitFor(
                [&] {
                    QQuickItem *page = m_ui.item(QStringLiteral("taskDetailPage"));
                    detail = page ? qobject_cast<lw::TaskDetail *>(
                                 page->property("detail").value<QObject *>())
                                  : nullptr;
                    return detail && detail->taskId() == taskId;
                },
                5'000);
            if (!detail || detail->taskId() != taskId)
                continue;
            E2eDriver::waitFor(
                [&] { return detail->state() == lw::TaskDetail::State::Ready && !detail->busy(); });
            return detail;
        }
        qWarning("the detail of task %s did not open", qPrintable(taskId));
        m_ui.shoot(QStringLiteral("failed-open-task"));
        return nullptr;
    }

    //! The shown quote whose price reads `priceText`.
    QQuickItem *quoteRow(const QString &priceText) const
    {
        return m_ui.itemWhere(m_ui.item(QStringLiteral("taskDetailView")), [&](QQuickItem *i) {
            return i->property("quoteId").isValid()
                   && i->property("priceText").toString() == priceText;
        });
    }

    //! The shown timeline step titled `title`.
    QQuickItem *timelineStep(const QString &title) const
    {
        return m_ui.itemWhere(m_ui.item(QStringLiteral("timeline")), [&](QQuickItem *i) {
            return i->property("done").isValid() && i->property("title").toString() == title;
        });
    }

    //! The Post a task form, empty (Post another after a post).
    lw::PostTaskForm *openPostTask()
    {
        if (!nav(1))
            return nullptr;
        QQuickItem *title = m_ui.waitItem(QStringLiteral("titleField"));
        auto *form =
            title ? qobject_cast<lw::PostTaskForm *>(E2eDriver::ancestorProperty(title, "form"))
                  : nullptr;
        if (form && form->state() != lw::PostTaskForm::State::Idle) {
            if (!m_ui.click(QStringLiteral("anotherButton")))
                return nullptr;
            E2eDriver::waitFor([&] { return form->state() == lw::PostTaskForm::State::Idle; });
        }
        form->refresh(); // the balance of the profile now in use
        return form;
    }

    bool fillPostTask(const QString &title, const QString &description, qint64 budget)
    {
        return m_ui.type(QStringLiteral("titleField"), title)
               && m_ui.type(QStringLiteral("descriptionField"), description)
               && m_ui.type(QStringLiteral("budgetField"), QString::number(budget));
    }

    lw::EarningsController *openEarnings()
    {
        if (!nav(3))
            return nullptr;
        QQuickItem *button = m_ui.waitItem(QStringLiteral("collectButton"));
        auto *earnings = button ? qobject_cast<lw::EarningsController *>(
                             E2eDriver::ancestorProperty(button, "earnings"))
                                : nullptr;
        if (earnings && !m_ui.click(QStringLiteral("refreshButton")))
            return nullptr;
        return earnings;
    }

    //! Settings: "Ask before paying more than" `sats`, typed and saved.
    bool setConfirmAbove(int sats)
    {
        if (!nav(7))
            return false;
        QQuickItem *field = m_ui.waitItem(QStringLiteral("confirmAboveField"));
        auto *spin = field ? field->property("spinBox").value<QQuickItem *>() : nullptr;
        auto *input = spin ? spin->property("contentItem").value<QQuickItem *>() : nullptr;
        if (!input || !m_ui.type(input, QString::number(sats)))
            return false;
        QTest::keyClick(m_ui.window(), Qt::Key_Return);
        if (!E2eDriver::waitFor([&] { return spin->property("value").toInt() == sats; }, 3'000)
            || !m_ui.click(QStringLiteral("saveButton")))
            return false;
        QObject *controller = E2eDriver::ancestorProperty(field, "controller");
        return controller
               && E2eDriver::waitFor([&] { return !controller->property("dirty").toBool(); });
    }

    //! Runs until `done`, approving each market payment the Pay dialog asks about (saving
    //! the first question's screen as `shot` when given).
    bool settle(const std::function<bool()> &done, int timeoutMs, const QString &shot = {})
    {
        QObject *dialog = m_ui.object(QStringLiteral("payDialog"));
        bool shotTaken = shot.isEmpty();
        return E2eDriver::waitFor(
            [&] {
                if (done())
                    return true;
                if (dialog && dialog->property("confirming").toBool()) {
                    QQuickItem *approve = m_ui.item(QStringLiteral("approveButton"), dialog);
                    if (approve && approve->isEnabled()) {
                        if (!shotTaken)
                            shotTaken = m_ui.shoot(shot);
                        m_ui.click(approve);
                    }
                }
                return false;
            },
            timeoutMs);
    }

    enum class Panel { Missing, Delivered, Failed };

    //! The worker delivers `path` with the task detail's Delivery panel: the file picked,
    //! its name and SHA-256 shown, notes typed, Deliver clicked, progress followed to the
    //! whole body. Missing when the detail shows no panel for it.
    Panel deliverInPanel(const QString &path, const QByteArray &sha256Hex)
    {
        QQuickItem *view = m_ui.item(QStringLiteral("taskDetailView"));
        QQuickItem *page = m_ui.item(QStringLiteral("taskDetailPage"));
        auto *detail = page ? page->property("detail").value<QObject *>() : nullptr;
        if (!view || !detail)
            return Panel::Failed;
        QQuickItem *panel = m_ui.waitItem(QStringLiteral("deliveryPanel"), view, 3'000);
        QObject *controller = panel ? panel->property("controller").value<QObject *>() : nullptr;
        if (!controller)
            return Panel::Missing;
        if (!E2eDriver::waitFor([&] { return controller->property("canDeliver").toBool(); }))
            return Panel::Missing;
        auto *upload = controller->property("upload").value<QObject *>();
        // A FileDialog cannot be driven from here: the file goes in as its onAccepted does.
        bool taken = false;
        QMetaObject::invokeMethod(controller, "setFile", Q_RETURN_ARG(bool, taken),
                                  Q_ARG(QUrl, QUrl::fromLocalFile(path)));
        if (!taken || !upload
            || !E2eDriver::waitFor([&] { return upload->property("hasFile").toBool(); }))
            return Panel::Failed;
        if (m_ui.text(QStringLiteral("uploadFileName"), panel) != QFileInfo(path).fileName()
            || !m_ui.text(QStringLiteral("uploadSha256"), panel)
                    .contains(QString::fromLatin1(sha256Hex), Qt::CaseInsensitive)) {
            qWarning("the panel shows another file");
            return Panel::Failed;
        }
        if (!m_ui.type(QStringLiteral("notesField"), QStringLiteral("Here it is"), panel))
            return Panel::Failed;
        m_ui.shoot(QStringLiteral("hire-11-deliver"));
        if (!m_ui.click(QStringLiteral("deliverButton"), panel))
            return Panel::Failed;
        qint64 sent = 0;
        const bool done = E2eDriver::waitFor(
            [&] {
                sent = qMax(sent, upload->property("bytesSent").toLongLong());
                return panel->property("delivered").toBool()
                       || upload->property("state").toInt() == uploadFailedState;
            },
            30'000);
        const qint64 total = upload->property("bytesTotal").toLongLong();
        if (!done || !panel->property("delivered").toBool() || total <= 0 || sent != total) {
            qWarning("delivery did not finish: %s (%lld of %lld bytes)",
                     qPrintable(controller->property("errorText").toString()), sent, total);
            return Panel::Failed;
        }
        return Panel::Delivered;
    }

    static lw::JournalEntry newestEntry(const QList<lw::JournalEntry> &entries)
    {
        lw::JournalEntry newest;
        for (const lw::JournalEntry &e : entries)
            if (e.id > newest.id)
                newest = e;
        return newest;
    }

private:
    static constexpr int uploadFailedState = 5; // DeliveryUpload::State::Failed

    E2eDriver &m_ui;
    lw::Session *m_session = nullptr;
    QString m_search;
};

} // namespace lwtest

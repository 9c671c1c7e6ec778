// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QQuickItem;
class QQuickWindow;

namespace lw::gui {

//! `--print-startup-time`: prints one line "startup-ms: N" to stdout, N being the milliseconds
//! from the start of this process to the first frame on screen in which the feed's list
//! (objectName "feedList") shows rows; the application keeps running. With
//! `--quit-after-startup` as well it quits after printing (the feed benchmark does that).
class StartupTimer : public QObject {
public:
    //! A timer watching `window` when the arguments ask for one, else null.
    static std::unique_ptr<StartupTimer> fromArguments(const QStringList &arguments,
                                                       QQuickWindow &window);
    //! Milliseconds since this process started (the kernel's start time, so loading the
    //! libraries counts too), or since static initialisation where that cannot be read.
    static qint64 sinceProcessStart();

    StartupTimer(QQuickWindow &window, bool quitAfter);

private:
    void checkList(); // when a frame is synchronised: the GUI thread waits meanwhile
    void frameSwapped();
    void report(qint64 ms);

    QQuickWindow &m_window;
    bool m_quitAfter;
    QPointer<QQuickItem> m_list;
    std::atomic<bool> m_listShown{false};
    std::atomic<bool> m_done{false};
};

} // namespace lw::gui

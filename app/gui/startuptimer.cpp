// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace lw::gui {

namespace {

using namespace Qt::Literals::StringLiterals;

// Started before main(): the fallback when /proc cannot say when the process began.
const QElapsedTimer staticStart = [] {
    QElapsedTimer t;
    t.start();
    return t;
}();

// The process's start in ms after boot (field 22 of /proc/self/stat), or -1.
qint64 processStartMs()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from its last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    constexpr qsizetype startTimeField = 22 - 3; // the list starts at field 3
    const long ticks = sysconf(_SC_CLK_TCK);
    bool ok = false;
    const qint64 start =
        fields.size() > startTimeField ? fields[startTimeField].toLongLong(&ok) : 0;
    if (!ok || ticks <= 0)
        return -1;
    return start * 1000 / ticks;
}

QQuickItem *findByName(QQuickItem *item, QStringView name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findByName(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

qint64 StartupTimer::sinceProcessStart()
{
    timespec now{};
    const qint64 start = processStartMs();
    if (start >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000 - start;
    return staticStart.elapsed();
}

std::unique_ptr<StartupTimer> StartupTimer::fromArguments(const QStringList &arguments,
                                                          QQuickWindow &window)
{
    if (!arguments.contains(u"--print-startup-time"_s))
        return nullptr;
    return std::make_unique<StartupTimer>(window, arguments.contains(u"--quit-after-startup"_s));
}

StartupTimer::StartupTimer(QQuickWindow &window, bool quitAfter)
    : m_window(window)
    , m_quitAfter(quitAfter)
{
    // Direct: with the threaded render loop both come from the render thread. While a frame
    // synchronises the GUI thread waits, so reading the items then is safe.
    connect(&window, &QQuickWindow::beforeSynchronizing, this, &StartupTimer::checkList,
            Qt::DirectConnection);
    connect(&window, &QQuickWindow::frameSwapped, this, &StartupTimer::frameSwapped,
            Qt::DirectConnection);
}

void StartupTimer::checkList()
{
    if (m_listShown || m_done)
        return;
    if (!m_list)
        m_list = findByName(m_window.contentItem(), u"feedList");
    if (!m_list || !m_list->isVisible() || m_list->property("count").toInt() <= 0)
        return;
    const auto *content = m_list->property("contentItem").value<QQuickItem *>();
    // Polished before this synchronisation: the delegates of this frame exist now.
    if (content && !content->childItems().isEmpty())
        m_listShown = true;
}

void StartupTimer::frameSwapped()
{
    if (!m_listShown || m_done.exchange(true))
        return;
    const qint64 ms = sinceProcessStart();
    QMetaObject::invokeMethod(
        this, [this, ms] { report(ms); }, Qt::QueuedConnection);
}

void StartupTimer::report(qint64 ms)
{
    disconnect(&m_window, nullptr, this, nullptr);
    std::printf("startup-ms: %lld\n", static_cast<long long>(ms));
    std::fflush(stdout);
    if (m_quitAfter)
        QCoreApplication::quit();
}

} // namespace lw::gui

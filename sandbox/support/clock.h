// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace lw::sandbox {

//! The sandbox's notion of now. Real time by default; with `--seed` a virtual clock that starts
//! at a fixed instant and moves one millisecond per request, so two runs with the same seed
//! stamp the same times. Either can be moved forward by the admin API (to expire invoices).
class Clock {
public:
    static Clock real();
    static Clock virtualFrom(qint64 startMs);

    qint64 nowMs() const;
    qint64 nowSecs() const { return nowMs() / 1000; }
    //! Python's datetime.isoformat() in UTC, as the 402ai server writes it:
    //! "2026-11-21T10:27:22.213746+00:00".
    QString isoNow() const;
    static QString iso(qint64 us);
    qint64 nowUs() const;

    void tick(); //!< a request arrived
    void advance(qint64 ms);
    bool isVirtual() const { return m_virtualStartMs.has_value(); }

private:
    std::optional<qint64> m_virtualStartMs;
    qint64 m_ticks = 0;
    qint64 m_offsetMs = 0;
};

} // namespace lw::sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace lw {

//! A QR code as a square of modules with its quiet zone, made by libqrencode. Drawing it is the
//! GUI's job; this only says which modules are dark.
class QrMatrix {
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    //! Modules of light margin on every side (the QR standard's minimum).
    static constexpr int quietZone = 4;

    //! Encodes text in the most compact mix of modes. std::nullopt for empty or oversized text.
    static std::optional<QrMatrix> encode(QByteArrayView text,
                                          ErrorCorrection level = ErrorCorrection::Medium);
    //! A BOLT 11 invoice or LNURL for phone wallets: "LIGHTNING:" and the bech32 upper-cased,
    //! so every character fits QR's alphanumeric mode (BIP 173, BOLT 11, LUD-01).
    static std::optional<QrMatrix> forLightning(QStringView bech32);

    //! Modules per side, quiet zone included.
    int size() const { return m_size; }
    //! QR version 1–40 (symbol size class).
    int version() const { return m_version; }
    bool isDark(int x, int y) const;

private:
    QrMatrix() = default;
    int m_size = 0;
    int m_version = 0;
    QByteArray m_modules; // m_size × m_size, 1 = dark
};

} // namespace lw

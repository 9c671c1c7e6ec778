// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "qr/qrwallet.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace lw::cli {

//! The QR code as terminal text: two modules per character with half blocks, light modules
//! drawn (as `qrencode -t UTF8` does), so it scans on the usual dark terminal.
QString terminalQr(const QrMatrix &matrix);

//! Pay by QR in a terminal: shows each invoice QrWallet offers on stderr (code, text, amount,
//! expiry) and reads the preimage the phone wallet shows from standard input, one line at a
//! time, until one matches. End of input leaves the payment Pending (the phone may still pay).
class QrPrompt : public QObject {
    Q_OBJECT

public:
    explicit QrPrompt(QrWallet *wallet, QObject *parent = nullptr);

private:
    void show(const QrOffer &offer);
    void readPreimage(const PaymentHash &hash);

    QPointer<QrWallet> m_wallet;
};

} // namespace lw::cli

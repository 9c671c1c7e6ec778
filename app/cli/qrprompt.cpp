// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrprompt.h"

#include "output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(QrPrompt)
};

} // namespace

QString terminalQr(const QrMatrix &m)
{
    QString out;
    for (int y = 0; y < m.size(); y += 2) {
        for (int x = 0; x < m.size(); ++x) {
            const bool top = !m.isDark(x, y);
            const bool bottom = y + 1 < m.size() ? !m.isDark(x, y + 1) : true;
            out += top && bottom ? u'\u2588' : top ? u'\u2580' : bottom ? u'\u2584' : u' ';
        }
        out += u'\n';
    }
    return out;
}

QrPrompt::QrPrompt(QrWallet *wallet, QObject *parent)
    : QObject(parent)
    , m_wallet(wallet)
{
    connect(wallet, &QrWallet::offered, this, &QrPrompt::show);
}

void QrPrompt::show(const QrOffer &offer)
{
    // The QR code itself is not remote text: it is drawn from our own check of the invoice.
    if (offer.qr)
        std::fputs(terminalQr(*offer.qr).toUtf8().constData(), stderr);
    note(offer.qrText.toLower());
    note(Text::tr("Pay %1 sat with your phone wallet (the invoice expires %2).")
             .arg(offer.amount.toSatsDecimal(),
                  QDateTime::fromSecsSinceEpoch(offer.expiresAt).toString(Qt::ISODate)));
    const PaymentHash hash = offer.paymentHash;
    // After payInvoice() has returned its future, so the paste completes it.
    QTimer::singleShot(0, this, [this, hash] { readPreimage(hash); });
}

void QrPrompt::readPreimage(const PaymentHash &hash)
{
    std::string line;
    for (;;) {
        std::fputs(qPrintable(Text::tr("Paste the preimage your wallet shows after paying: ")),
                   stderr);
        std::fflush(stderr);
        if (!m_wallet)
            return;
        if (!std::getline(std::cin, line)) {
            note(Text::tr("No preimage given; the payment is left pending."));
            m_wallet->cancel(hash);
            return;
        }
        const auto accepted = m_wallet->submitPreimage(QString::fromStdString(line));
        if (accepted && *accepted == hash)
            return;
        note(accepted ? Text::tr("That preimage belongs to another invoice.")
                      : accepted.error().message);
    }
}

} // namespace lw::cli

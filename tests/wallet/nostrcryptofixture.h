// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of tst_nostrcrypto (its tests are in two files): the official vector files and
// small utilities.
#pragma once

#include "common/crypto.h"
#include "common/hex.h"
#include "nostr/nip04.h"
#include "nostr/nip44.h"
#include "nostr/nostrevent.h"
#include "nostr/schnorr.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace lw;
using namespace lw::nostr;
using namespace Qt::Literals::StringLiterals;

template <typename Bytes>
Bytes fromHex(const QString &text)
{
    const auto bytes = Bytes::fromHex(text);
    if (!bytes)
        qFatal("bad hex in test data: %s", qPrintable(text));
    return *bytes;
}

inline QString errorText(const AppError &e)
{
    return e.describe();
}

class TestNostrCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // NIP-44 v2, official vectors (tst_nostrcrypto.cpp).
    void nip44ConversationKeys();
    void nip44MessageKeys();
    void nip44PaddedLength();
    void nip44EncryptDecrypt();
    void nip44LongMessages();
    void nip44InvalidMessageLengths();
    void nip44InvalidConversationKeys();
    void nip44InvalidPayloads();
    // BIP-340 (tst_nostrcrypto.cpp).
    void bip340Vectors();
    void schnorrRejectsBadKeys();
    void sharedXIsSymmetric();
    // NIP-04 (tst_nostrcrypto.cpp).
    void nip04GoNostrVector();
    void nip04RoundTrip();
    void nip04RejectsBadPayloads();
    // Derived vectors and events (tst_nostrcrypto_events.cpp).
    void derivedNwcRequest();
    void derivedSerialisationEscapes();
    void eventRoundTrip();
    void eventRejects_data();
    void eventRejects();
    void eventTagValue();
    void eventWithByteOrderMarks();
    void nip44TamperedPayloadsFailTheMac();
    void nip44RandomRoundTrips();
    void garbageNeverCrashes();

private:
    QJsonObject m_nip44;         // the "v2" object
    QList<QStringList> m_bip340; // CSV rows without the header
};

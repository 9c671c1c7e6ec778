// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the 402ai "AI for Hire" tests (tst_aiforhirejson, tst_aiforhirehostile,
// tst_aiforhirerequests): the real server's bodies (tests/data/aiforhire, copied verbatim from
// the Appendix of research/402ai-live.md), ways to vary them, and the ids and invoices of the
// transcripts.
#pragma once

#include "lightning/millisats.h"
#include "lightning/preimage.h"
#include "testutil.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTime>

namespace aiforhiretest {

using namespace lw;
using namespace Qt::Literals::StringLiterals;

inline QJsonObject load(const char *name)
{
    return lwtest::readJson(QString(lwtest::dataPath("aiforhire/") + QLatin1String(name))).object();
}

inline QJsonObject parsed(QByteArrayView json)
{
    return QJsonDocument::fromJson(json.toByteArray()).object();
}

inline QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

inline QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

inline MilliSats sats(qint64 n)
{
    return *MilliSats::fromSats(n);
}

inline PaymentHash hashOf(const char *hex)
{
    return *PaymentHash::fromHex(QString::fromLatin1(hex));
}

inline QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 11, 21), QTime(h, m, s, ms), Qt::UTC);
}

// Arrays and objects nested `depth` levels deep, an array outermost (depth even).
inline QJsonValue deepGarbage(int depth)
{
    QJsonValue v = QJsonObject{{u"x"_s, u"y"_s}};
    for (int i = 0; i < depth; ++i) {
        if (i % 2 == 0)
            v = QJsonObject{{u"a"_s, v}};
        else
            v = QJsonArray{v};
    }
    return v;
}

inline const QString buyer = u"c8ffdeec-cd8c-490a-8c22-740d569d4cb3"_s;
inline const QString worker = u"75092470-b5e0-45cb-9adc-b3588bd73169"_s;
inline const QString worker2 = u"11e2a2d0-0914-467a-a3b7-d9175f2f799f"_s;
inline const QString taskId = u"f06f1c53-9997-4ace-a680-ce144c0c4a2f"_s;
inline const QString quote1 = u"3896b13e-9143-42c0-be04-a48ca1bdc628"_s;
inline const QString quote2 = u"cc57ec4c-b0da-49c1-bc88-2c491ef7210e"_s;

// Step 54's invoice (100 sat), step 55's (150 sat) and step 56's (no amount).
inline const QString invoice100 =
    u"lnbcrt1u1p4szusvpp5d8eurqysq55l85fn26wme8apfj9afjmq72n4tf2exaxrrpd8hj9ssp52s5875y0dqe4d09ug33kwzws0r5zqdr0r8nfrmq7mnkgz8pwn7xsdqdwa5hg6rywfshwxqrrsscqzys9qrsgqzsq0l957yj9jev3fq7gygr6ne555hkfqajupu3e5x04xvl8mpas4rm005leaulyvwc8d2msmn53mw7wgm5e5k8v34n7kgjv93fjpvaqqku6lrg"_s;
inline const QString invoice150 =
    u"lnbcrt1500n1p4szusdpp5wzk3d32j0n382ddyf3d70ymv546uv4wmrf83ax6u3d3qxxhj7asssp5zzxajayhgjy8u5205auxnh92fn0g75pcckwmd22y3jsgjep5gmdqdq0wa5hg6rywfshwvsxqrrsscqzys9qrsgqg3gtd5eln34punp5kzgjqdsrfykzf8lnh3lp27hzt56j96tn6c3rl2urensxztppykp550gte59fkzlpf79l7a5znn598m4c8qurllcp0gjl0c"_s;
inline const QString invoiceNoAmount =
    u"lnbcrt1p4szusdpp55ml2xakh5k5qmvrzykd7g9egqhrezgalqwhjgvdttdx0cz9gpg0qsp558lxmjakwq0xfh7f94669xd74ghgn5hs3wwpa8lxlwv2nyumr70qdqsv9kk7atww3kx2umnxqrrsscqzys9qrsgq09g22v9808khwn56whkac3mg89jhm8fkdrmqzr87c4jzug48fep5glz4kru7mac3pamw47zq24tt45yhw0gyunt623nuf0lhcew9ymsp6qp6zz"_s;

} // namespace aiforhiretest

// SPDX-License-Identifier: GPL-3.0-or-later
// NwcWallet against a wallet service that lies, forges and garbles: a fake service written here
// on the npm relay, signing with its own key (and an impostor's). Nothing it says is believed
// without a check: a preimage must hash to the invoice's hash, a response must be signed by the
// wallet key for our request, an invoice must be what was asked for.
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/preimage.h"
#include "nostr/nip04.h"
#include "nostr/nip44.h"
#include "nostr/nostrevent.h"
#include "wallet/nwcpeers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;

namespace {

//! A wallet service under the test's control: publishes its info event, hands each request to
//! `onRequest`, and signs whatever answer the test chooses.
class FakeService : public QObject {
public:
    PrivateKey secret = nostr::generateSecretKey();
    nostr::XOnlyKey pubkey = *nostr::xOnlyPublicKey(secret);
    nostr::XOnlyKey client;
    bool nip44 = true;
    QList<nostr::Event> requests;
    std::function<void(const nostr::Event &, const QJsonObject &)> onRequest;
    std::unique_ptr<RelayConnection> relay;
    bool subscribed = false;

    void start(const QUrl &url, const nostr::XOnlyKey &clientKey,
               const QList<QStringList> &infoTags, bool publishInfo = true)
    {
        client = clientKey;
        relay = std::make_unique<RelayConnection>(url, fastRelayOptions());
        QObject::connect(relay.get(), &RelayConnection::endOfStoredEvents, this,
                         [this] { subscribed = true; });
        QObject::connect(relay.get(), &RelayConnection::eventReceived, this,
                         [this](const QString &, const QJsonObject &json) { received(json); });
        relay->open();
        if (publishInfo)
            relay->publish(event(13194, infoTags,
                                 u"pay_invoice get_balance make_invoice "
                                 "lookup_invoice get_info notifications"_s));
        relay->subscribe(u"requests"_s,
                         {{u"kinds"_s, QJsonArray{23194}}, {u"#p"_s, QJsonArray{pubkey.toHex()}}});
        QVERIFY(waitUntil([this] { return subscribed; }));
    }

    QJsonObject event(int kind, QList<QStringList> tags, const QString &content,
                      const PrivateKey *signer = nullptr) const
    {
        nostr::Event e;
        e.createdAt = QDateTime::currentSecsSinceEpoch();
        e.kind = kind;
        e.tags = std::move(tags);
        e.content = content;
        const auto s = nostr::signEvent(e, signer ? *signer : secret);
        return s ? s->toJson() : QJsonObject();
    }

    QString encrypt(const QJsonObject &body) const
    {
        const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (nip44)
            return *nostr::nip44::encrypt(text, *nostr::nip44::conversationKey(secret, client));
        return *nostr::nip04::encrypt(text, *nostr::sharedX(secret, client));
    }

    //! Answers `request` with `body`, signed by `signer` (default: the wallet), e-tagged `eTag`.
    void answer(const nostr::Event &request, const QJsonObject &body,
                const PrivateKey *signer = nullptr, const QString &eTag = {})
    {
        answerRaw(request, encrypt(body), signer, eTag);
    }
    void answerRaw(const nostr::Event &request, const QString &content,
                   const PrivateKey *signer = nullptr, const QString &eTag = {})
    {
        relay->publish(event(
            23195, {{u"e"_s, eTag.isEmpty() ? request.id.toHex() : eTag}, {u"p"_s, client.toHex()}},
            content, signer));
    }
    void notify(const QString &type, const QJsonObject &tx)
    {
        relay->publish(event(23197, {{u"p"_s, client.toHex()}},
                             encrypt({{u"notification_type"_s, type}, {u"notification"_s, tx}})));
    }

private:
    void received(const QJsonObject &json)
    {
        const auto e = nostr::Event::fromJson(json);
        if (!e)
            return;
        requests.append(*e);
        const bool tagged = !e->tagValue(u"encryption").isEmpty();
        const auto plain =
            tagged
                ? nostr::nip44::decrypt(e->content, *nostr::nip44::conversationKey(secret, client))
                : nostr::nip04::decrypt(e->content, *nostr::sharedX(secret, client));
        if (plain && onRequest)
            onRequest(*e, QJsonDocument::fromJson(*plain).object());
    }
};

struct Invoice {
    Bolt11Invoice invoice;
    Preimage preimage;
};

Invoice makeInvoice(qint64 msat, Network network = Network::Regtest)
{
    Invoice out;
    out.preimage = generatePreimage();
    Bolt11Draft d;
    d.network = network;
    d.amount = MilliSats(msat);
    d.timestamp = QDateTime::currentSecsSinceEpoch();
    d.paymentHash = paymentHashOf(out.preimage);
    d.paymentSecret = *PaymentSecret::fromBytes(generatePreimage().view());
    d.description = u"hostile test"_s;
    const auto text = encodeBolt11(d, nostr::generateSecretKey());
    out.invoice = *decodeBolt11(*text);
    return out;
}

QJsonObject result(const QString &type, const QJsonObject &r)
{
    return {{u"result_type"_s, type}, {u"result"_s, r}};
}

} // namespace

class TestNwcHostile : public QObject {
    Q_OBJECT

private:
    NodePeer relayPeer;
    std::unique_ptr<FakeService> service;
    std::unique_ptr<NwcWallet> wallet;
    PrivateKey impostor = nostr::generateSecretKey();

    void setUp(const QList<QStringList> &infoTags, bool publishInfo = true)
    {
        service = std::make_unique<FakeService>();
        NwcUri uri;
        uri.walletPubkey = service->pubkey;
        uri.relays = {QUrl(relayPeer.value("url"))};
        uri.secret = nostr::generateSecretKey();
        wallet = std::make_unique<NwcWallet>(uri, Network::Regtest);
        wallet->setRelayOptions(fastRelayOptions());
        NwcWallet::Timeouts t;
        t.infoEvent = std::chrono::milliseconds(1'500);
        t.quick = t.invoice = std::chrono::milliseconds(2'000);
        wallet->setTimeouts(t);
        service->start(uri.relays.first(), wallet->clientPubkey(), infoTags, publishInfo);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startRelay(relayPeer)); }
    void cleanup()
    {
        wallet.reset();
        service.reset();
    }

    void requestShape()
    {
        setUp({{u"encryption"_s, u"nip44_v2 nip04"_s}});
        service->onRequest = [this](const nostr::Event &e, const QJsonObject &) {
            service->answer(e, result(u"get_balance"_s, {{u"balance"_s, 21'000}}));
        };
        const auto b = tryAwait(wallet->balance());
        QVERIFY(b && *b);
        QCOMPARE((*b)->msat(), 21'000);
        QCOMPARE(service->requests.size(), 1);
        const nostr::Event &e = service->requests.first();
        QCOMPARE(e.pubkey, wallet->clientPubkey());
        QCOMPARE(e.tagValue(u"p"), service->pubkey.toHex());
        QCOMPARE(e.tagValue(u"encryption"), u"nip44_v2"_s);
        const qint64 expiration = e.tagValue(u"expiration").toLongLong();
        QVERIFY(expiration > e.createdAt && expiration <= e.createdAt + 4);
        const auto plain = nostr::nip44::decrypt(
            e.content, *nostr::nip44::conversationKey(service->secret, wallet->clientPubkey()));
        QVERIFY(plain);
        QCOMPARE(*plain, QByteArray(R"({"method":"get_balance","params":{}})"));
    }

    void nip04WhenTheWalletNamesNoEncryption()
    {
        setUp({});
        service->nip44 = false;
        service->onRequest = [this](const nostr::Event &e, const QJsonObject &) {
            service->answer(e, result(u"get_balance"_s, {{u"balance"_s, 5'000}}));
        };
        const auto b = tryAwait(wallet->balance());
        QVERIFY(b && *b);
        QCOMPARE((*b)->msat(), 5'000);
        const nostr::Event &e = service->requests.first();
        QVERIFY(e.tagValue(u"encryption").isEmpty());
        QVERIFY(e.content.contains(u"?iv="_s));
    }

    void unsupportedEncryptionOnlyIsRefused()
    {
        setUp({{u"encryption"_s, u"nip99"_s}});
        const auto b = tryAwait(wallet->balance());
        QVERIFY(b && !*b);
        QVERIFY(service->requests.isEmpty());
    }

    void noInfoEventMeansNothingIsSent()
    {
        setUp({}, false);
        const Invoice inv = makeInvoice(10'000);
        const auto r = tryAwait(
            wallet->payInvoice(inv.invoice, MilliSats(0), std::chrono::milliseconds(2'000)));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Timeout);
        QVERIFY(service->requests.isEmpty());
    }

    void forgedSuccessIgnoredWrongPreimageIsPending()
    {
        setUp({{u"encryption"_s, u"nip44_v2"_s}});
        const Invoice inv = makeInvoice(10'000);
        service->onRequest = [&](const nostr::Event &e, const QJsonObject &body) {
            QCOMPARE(body.value(u"method").toString(), u"pay_invoice"_s);
            QCOMPARE(body.value(u"params").toObject().value(u"invoice").toString(),
                     inv.invoice.text);
            // An impostor with the right preimage: not the wallet's key, so not believed.
            service->answer(e, result(u"pay_invoice"_s, {{u"preimage"_s, inv.preimage.toHex()}}),
                            &impostor);
            // The wallet itself, with a preimage of something else.
            service->answer(
                e, result(u"pay_invoice"_s, {{u"preimage"_s, generatePreimage().toHex()}}));
        };
        const auto r = tryAwait(
            wallet->payInvoice(inv.invoice, MilliSats(0), std::chrono::milliseconds(3'000)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY(!(*r)->preimage);
        QVERIFY((*r)->reason.contains(u"preimage"_s));
    }

    void answerToAnotherRequestIgnoredAndNeverResent()
    {
        setUp({{u"encryption"_s, u"nip44_v2"_s}});
        const Invoice inv = makeInvoice(10'000);
        service->onRequest = [&](const nostr::Event &e, const QJsonObject &) {
            service->answer(e, result(u"pay_invoice"_s, {{u"preimage"_s, inv.preimage.toHex()}}),
                            nullptr, paymentHashOf(generatePreimage()).toHex());
        };
        const auto r = tryAwait(
            wallet->payInvoice(inv.invoice, MilliSats(0), std::chrono::milliseconds(1'500)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        // Timed out: not signed again, not sent again, even across a reconnect.
        relayAdmin(relayPeer, u"/drop"_s);
        QTest::qWait(1'500);
        QCOMPARE(service->requests.size(), 1);
    }

    void unreadablePayAnswersArePending_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage content") << 0;
        QTest::newRow("other result_type") << 1;
        QTest::newRow("no result, no error") << 2;
        QTest::newRow("preimage not hex") << 3;
    }
    void unreadablePayAnswersArePending()
    {
        QFETCH(int, kind);
        setUp({{u"encryption"_s, u"nip44_v2"_s}});
        const Invoice inv = makeInvoice(10'000);
        service->onRequest = [&](const nostr::Event &e, const QJsonObject &) {
            if (kind == 0)
                service->answerRaw(e, u"AiAgICAg"_s);
            else if (kind == 1)
                service->answer(e,
                                result(u"get_balance"_s, {{u"preimage"_s, inv.preimage.toHex()}}));
            else if (kind == 2)
                service->answer(e, {{u"result_type"_s, u"pay_invoice"_s}});
            else
                service->answer(e, result(u"pay_invoice"_s, {{u"preimage"_s, u"zz"_s}}));
        };
        const auto r = tryAwait(
            wallet->payInvoice(inv.invoice, MilliSats(0), std::chrono::milliseconds(3'000)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY(!(*r)->preimage);
    }

    void hostileBalances_data()
    {
        QTest::addColumn<QJsonValue>("balance");
        QTest::newRow("negative") << QJsonValue(-5);
        QTest::newRow("string") << QJsonValue(u"1000"_s);
        QTest::newRow("fraction") << QJsonValue(1.5);
        QTest::newRow("huge") << QJsonValue(1e30);
        QTest::newRow("missing") << QJsonValue();
    }
    void hostileBalances()
    {
        QFETCH(QJsonValue, balance);
        setUp({{u"encryption"_s, u"nip44_v2"_s}});
        service->onRequest = [&](const nostr::Event &e, const QJsonObject &) {
            QJsonObject r;
            if (!balance.isUndefined() && !balance.isNull())
                r.insert(u"balance"_s, balance);
            service->answer(e, result(u"get_balance"_s, r));
        };
        const auto b = tryAwait(wallet->balance());
        QVERIFY(b && !*b);
        QCOMPARE(b->error().kind, AppError::Kind::BadResponse);
    }

    void hostileErrorCodeIsCleaned()
    {
        setUp({{u"encryption"_s, u"nip44_v2"_s}});
        service->onRequest = [&](const nostr::Event &e, const QJsonObject &) {
            service->answer(
                e, {{u"result_type"_s, u"get_balance"_s},
                    {u"error"_s, QJsonObject{{u"code"_s, QString(u"<b>\n"_s + QString(500, u'X'))},
                                             {u"message"_s, QString(5000, u'm')}}}});
        };
        const auto b = tryAwait(wallet->balance());
        QVERIFY(b && !*b);
        QVERIFY(b->error().code.size() <= 64);
        QVERIFY(!b->error().code.contains(u'\n'));
        QVERIFY(b->error().serverMessage.size() <= 500);
    }

    void madeInvoiceIsChecked_data()
    {
        QTest::addColumn<qint64>("msat");
        QTest::addColumn<Network>("network");
        QTest::addColumn<bool>("good");
        QTest::newRow("as asked") << qint64(50'000) << Network::Regtest << true;
        QTest::newRow("other amount") << qint64(49'000) << Network::Regtest << false;
        QTest::newRow("other chain") << qint64(50'000) << Network::Mainnet << false;
    }
    void madeInvoiceIsChecked()
    {
        QFETCH(qint64, msat);
        QFETCH(Network, network);
        QFETCH(bool, good);
        setUp({{u"encryption"_s, u"nip44_v2"_s}});
        const Invoice inv = makeInvoice(msat, network);
        service->onRequest = [&](const nostr::Event &e, const QJsonObject &body) {
            QCOMPARE(body.value(u"params").toObject().value(u"amount").toInteger(), 50'000);
            service->answer(e, result(u"make_invoice"_s,
                                      {{u"type"_s, u"incoming"_s},
                                       {u"invoice"_s, inv.invoice.text},
                                       {u"payment_hash"_s, inv.invoice.paymentHash.toHex()}}));
        };
        const auto r = tryAwait(wallet->createInvoice(MilliSats(50'000), u"x"_s, 600));
        QVERIFY(r);
        QCOMPARE(bool(*r), good);
        if (good)
            QCOMPARE((*r)->paymentHash, inv.invoice.paymentHash);
        else
            QCOMPARE(r->error().kind, AppError::Kind::BadResponse);
    }

    void notificationsCheckedAndDeduplicated()
    {
        setUp({{u"encryption"_s, u"nip44_v2"_s},
               {u"notifications"_s, u"payment_received payment_sent"_s}});
        QSignalSpy sent(wallet->events(), &WalletEvents::paymentSent);
        QVERIFY(tryAwait(wallet->payPermission()));
        QTest::qWait(300); // the notification subscription follows the info event
        const Invoice inv = makeInvoice(10'000);
        const QJsonObject good{{u"type"_s, u"outgoing"_s},
                               {u"state"_s, u"settled"_s},
                               {u"payment_hash"_s, inv.invoice.paymentHash.toHex()},
                               {u"preimage"_s, inv.preimage.toHex()},
                               {u"amount"_s, 10'000}};
        QJsonObject lying = good;
        lying.insert(u"preimage"_s, generatePreimage().toHex());
        service->notify(u"payment_sent"_s, lying); // not the preimage of its hash: dropped
        service->notify(u"payment_sent"_s, good);
        service->notify(u"payment_sent"_s, good); // a duplicate (getAlby/hub#1874)
        QVERIFY(waitUntil([&] { return sent.size() >= 1; }, 5'000));
        QTest::qWait(500);
        QCOMPARE(sent.size(), 1);
        const auto p = sent.first().first().value<OutgoingPayment>();
        QCOMPARE(p.paymentHash, inv.invoice.paymentHash);
        QCOMPARE(*p.preimage, inv.preimage);
    }
};

QTEST_GUILESS_MAIN(TestNwcHostile)
#include "tst_nwchostile.moc"

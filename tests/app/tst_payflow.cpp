// SPDX-License-Identifier: GPL-3.0-or-later
// The Pay dialog's controller against a real lightwork-sandbox: review, confirm, the refusals,
// LNURL and Lightning Addresses, cancel, a pending payment settled by lookup, and pay by QR.

#include "common/crypto.h"
#include "lightning/bolt11encoder.h"
#include "payflow.h"
#include "sandbox/sandboxprocess.h"
#include "wallettestkit.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = PayFlow::State;

namespace {

//! A Session over a memory keychain whose current profile pays from the sandbox wallet `name`.
std::unique_ptr<Session> sessionPayingFrom(SandboxProcess &sandbox, const QString &dir,
                                           const QString &name)
{
    auto session =
        std::make_unique<Session>(sessionOptions(dir, std::make_shared<MemorySecretStore>()));
    if (!QTest::qWaitFor([&] { return session->setupState() == Session::SetupState::NeedsSetup; },
                         10'000))
        return nullptr;
    const QJsonObject phoenixd = sandboxPhoenixd(sandbox, name);
    if (!addWalletConnection(*session->engine(), name, u"phoenixd"_s,
                             QUrl(phoenixd.value(u"url").toString()),
                             phoenixd.value(u"password").toString().toUtf8()))
        return nullptr;
    return session;
}

//! A correctly signed invoice no node will ever pay: for the refusals.
QString draftInvoice(Network network, qint64 sats, qint64 timestamp)
{
    Bolt11Draft d;
    d.network = network;
    d.amount = MilliSats::fromSats(sats);
    d.timestamp = timestamp;
    d.paymentHash = *PaymentHash::fromBytes(crypto::randomBytes(32));
    d.paymentSecret = *PaymentSecret::fromBytes(crypto::randomBytes(32));
    d.description = u"refused"_s;
    const auto key = PrivateKey::fromBytes(QByteArray(QByteArray(31, 0) + char(7)));
    return *encodeBolt11(d, *key);
}

bool hashes(const QString &preimageHex, const QString &hashHex)
{
    const auto preimage = Preimage::fromHex(preimageHex);
    const auto hash = PaymentHash::fromHex(hashHex);
    return preimage && hash && verifyPreimage(*preimage, *hash);
}

} // namespace

class TestPayFlow : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    int journalSize() const
    {
        return int(
            m_session->engine()->journal().recent(1000).value_or(QList<JournalEntry>()).size());
    }

    //! A flow over the buyer's session showing `request`, once its wallet is known.
    std::unique_ptr<PayFlow> review(const QString &request)
    {
        auto flow = std::make_unique<PayFlow>();
        flow->setSession(m_session.get());
        flow->setRequest(request);
        return flow;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--wallet"_s, u"buyer:100000"_s, u"--wallet"_s, u"payee:0"_s,
                                 u"--wallet"_s, u"phone:50000"_s}));
        m_session = sessionPayingFrom(m_sandbox, m_dir.path(), u"buyer"_s);
        QVERIFY(m_session);
    }

    void reviewThenConfirmPaysOnce()
    {
        const QString invoice = m_sandbox.createInvoice(u"payee"_s, 21, u"coffee\u202e"_s);
        const qint64 buyer = m_sandbox.walletBalance(u"buyer"_s);
        const qint64 payee = m_sandbox.walletBalance(u"payee"_s);
        auto flow = review(invoice);
        QCOMPARE(flow->state(), State::Review);
        QTRY_VERIFY(flow->canConfirm());
        QCOMPARE(flow->amountSats(), 21);
        QCOMPARE(flow->amountText(), u"21 sat"_s);
        QCOMPARE(flow->description(), u"coffee\\u{202e}"_s); // a bidi override shown, not obeyed
        QCOMPARE(flow->network(), u"Regtest"_s);
        QVERIFY(!flow->networkMismatch());
        QCOMPARE(flow->payee(), m_sandbox.info().value(u"node_id").toString());
        QVERIFY(flow->payeeShort().size() < flow->payee().size());
        QVERIFY(flow->secondsLeft() > 3000 && flow->secondsLeft() <= 3600);
        QVERIFY(!flow->expired());
        QVERIFY(flow->blockReason().isEmpty());
        QVERIFY(flow->feeLimitText().contains(u"10 sat"));
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee); // nothing moved before the click

        const int before = journalSize();
        flow->setReason(u"Coffee for the team"_s);
        flow->confirm();
        QTRY_COMPARE(flow->state(), State::Succeeded);
        QVERIFY(hashes(flow->preimage(), flow->paymentHash()));
        QVERIFY(!flow->resultText().isEmpty());
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee + 21);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer - 21 - flow->feeSats());
        const auto entries =
            m_session->engine()->journal().recent(1000).value_or(QList<JournalEntry>());
        QCOMPARE(entries.size(), before + 1);
        QCOMPARE(entries.first().state, PaymentState::Done);
        QCOMPARE(entries.first().paymentHash->toHex(), flow->paymentHash());
        QCOMPARE(entries.first().action, u"Coffee for the team"_s);

        // The same invoice again: the journal knows it, nothing can be confirmed.
        auto again = review(invoice);
        QTRY_VERIFY(!again->blockReason().isEmpty()
                    && again->blockReason() != u"Opening your wallet…"_s);
        QVERIFY(!again->canConfirm());
        again->confirm();
        QCOMPARE(again->state(), State::Review);
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee + 21);
    }

    void feeLimitIsThisPaymentsOwn()
    {
        // 30 sat left under the daily cap, which counts the fee limit: 21 sat with the
        // settings' 10 sat limit is refused, with 5 sat it is paid. The gate decides again
        // before paying, so the payment goes through only if the engine got the lowered limit.
        EngineSession *engine = m_session->engine();
        const SpendingLimits saved = engine->profile().limits;
        SpendingLimits tight = saved;
        const qint64 dayAgoMs = (QDateTime::currentSecsSinceEpoch() - 24 * 3600) * 1000;
        const MilliSats spent = engine->journal().spentSince(dayAgoMs).value_or(MilliSats(0));
        tight.dailyCap = *spent.plus(*MilliSats::fromSats(30));
        engine->setLimits(tight);
        const auto restore = qScopeGuard([&] { engine->setLimits(saved); });

        const QString invoice = m_sandbox.createInvoice(u"payee"_s, 21, u"fee limit"_s);
        const qint64 payee = m_sandbox.walletBalance(u"payee"_s);
        auto flow = review(invoice);
        QTRY_VERIFY(!flow->blockReason().isEmpty()
                    && flow->blockReason() != u"Opening your wallet…"_s);
        QVERIFY(!flow->canConfirm());
        QCOMPARE(flow->maxFeeSats(), 10);
        QCOMPARE(flow->maxFeeCeilingSats(), 10); // 5 % of 21 sat is less than the settings'
        QVERIFY(flow->totalText().contains(u"31 sat"));
        QVERIFY(flow->maxFeeError().isEmpty());

        // Too high and negative are refused and change nothing.
        flow->setMaxFeeSats(11);
        QVERIFY(flow->maxFeeError().contains(u"10 sat"));
        QCOMPARE(flow->maxFeeSats(), 10);
        QCOMPARE(flow->blockReason(), flow->maxFeeError());
        QVERIFY(!flow->canConfirm() && !flow->canPayWithPhone());
        flow->setMaxFeeSats(-1);
        QVERIFY(!flow->maxFeeError().isEmpty());
        QCOMPARE(flow->maxFeeSats(), 10);

        flow->setMaxFeeSats(5);
        QVERIFY(flow->maxFeeError().isEmpty());
        QCOMPARE(flow->maxFeeSats(), 5);
        QVERIFY(flow->feeLimitText().contains(u"5 sat"));
        QVERIFY(flow->totalText().contains(u"26 sat"));
        QTRY_VERIFY(flow->canConfirm());
        flow->confirm();
        QTRY_COMPARE(flow->state(), State::Succeeded);
        QVERIFY(hashes(flow->preimage(), flow->paymentHash()));
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee + 21);

        // The limit was this payment's only: the next request starts at the settings' again.
        flow->setRequest(m_sandbox.createInvoice(u"payee"_s, 2'000, u"big"_s));
        QTRY_COMPARE(flow->state(), State::Review);
        QCOMPARE(flow->maxFeeSats(), 10);
        QCOMPARE(flow->maxFeeCeilingSats(), 100); // 5 % of 2000 sat
        flow->setMaxFeeSats(100);
        QVERIFY(flow->maxFeeError().isEmpty());
        QCOMPARE(flow->maxFeeSats(), 100);
        flow->setMaxFeeSats(101);
        QVERIFY(!flow->maxFeeError().isEmpty());
        flow->cancel();
    }

    void refusalsPayNothing()
    {
        const qint64 buyer = m_sandbox.walletBalance(u"buyer"_s);
        const int before = journalSize();
        const qint64 now = QDateTime::currentSecsSinceEpoch();

        auto expired = review(draftInvoice(Network::Regtest, 5, now - 7200));
        QCOMPARE(expired->state(), State::Review);
        QVERIFY(expired->expired());
        QCOMPARE(expired->secondsLeft(), 0);
        QTRY_VERIFY(expired->blockReason().contains(u"expired"));
        QVERIFY(!expired->canConfirm() && !expired->canPayWithPhone());

        auto mainnet = review(draftInvoice(Network::Mainnet, 5, now));
        QTRY_VERIFY(mainnet->networkMismatch());
        QCOMPARE(mainnet->network(), u"Bitcoin"_s);
        QVERIFY(mainnet->blockReason().contains(u"regtest"));
        QVERIFY(!mainnet->canConfirm());

        // The default limit is 10 000 sat per payment.
        auto large = review(m_sandbox.createInvoice(u"payee"_s, 20'000, u"large"_s));
        QTRY_VERIFY(large->blockReason().contains(u"limit"));
        QVERIFY(!large->canConfirm() && !large->canPayWithPhone());

        auto amountless = review(m_sandbox.createInvoice(u"payee"_s, 0, u"tip"_s));
        QTRY_VERIFY(amountless->blockReason().contains(u"no amount"));
        amountless->setAmountSats(5); // an amount the payer picks cannot be checked: refused
        QVERIFY(!amountless->canConfirm());

        for (PayFlow *f : {expired.get(), mainnet.get(), large.get(), amountless.get()}) {
            f->confirm();
            f->payWithPhone();
            QCOMPARE(f->state(), State::Review);
        }
        QTest::qWait(200);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer);
        QCOMPARE(journalSize(), before);

        auto garbage = review(u"lnbcrt1notaninvoice"_s);
        QCOMPARE(garbage->state(), State::Idle);
        QVERIFY(!garbage->errorText().isEmpty());
    }

    void lightningLinkAndAddress()
    {
        const QString invoice = m_sandbox.createInvoice(u"payee"_s, 7, u"link"_s);
        auto link = review(u"lightning:"_s + invoice.toUpper());
        QCOMPARE(link->state(), State::Review);
        QCOMPARE(link->amountText(), u"7 sat"_s);
        QTRY_VERIFY(link->canConfirm());

        const qint64 payee = m_sandbox.walletBalance(u"payee"_s);
        const QString address = m_sandbox.wallet(u"payee"_s).value(u"lightning_address").toString();
        QVERIFY(address.contains(u'@'));
        auto flow = review(address);
        QTRY_COMPARE(flow->state(), State::Review);
        QVERIFY(flow->needsAmount());
        QVERIFY(!flow->canConfirm());
        QVERIFY(flow->minSats() >= 1 && flow->maxSats() >= 12);
        QVERIFY(flow->blockReason().contains(QString::number(flow->maxSats())));
        QVERIFY(!flow->serviceDomain().isEmpty());
        flow->setAmountSats(12);
        QTRY_VERIFY(flow->canConfirm());
        QVERIFY(!flow->needsAmount());
        QCOMPARE(flow->amountText(), u"12 sat"_s);
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee);
        flow->confirm();
        QTRY_COMPARE(flow->state(), State::Succeeded);
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee + 12);
    }

    void cancelPaysNothing()
    {
        const qint64 payee = m_sandbox.walletBalance(u"payee"_s);
        const int before = journalSize();
        auto flow = review(m_sandbox.createInvoice(u"payee"_s, 9, u"never"_s));
        QTRY_VERIFY(flow->canConfirm());
        flow->cancel();
        QCOMPARE(flow->state(), State::Idle);
        QVERIFY(flow->request().isEmpty() && flow->amountText().isEmpty());
        flow->confirm();
        QTest::qWait(200);
        QCOMPARE(flow->state(), State::Idle);
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee);
        QCOMPARE(journalSize(), before);
    }

    void slowPaymentIsPendingThenResumed()
    {
        SandboxProcess slow;
        QVERIFY(slow.start({u"--wallet"_s, u"buyer:10000"_s, u"--wallet"_s, u"payee:0"_s,
                            u"--settle-delay-ms"_s, u"1500"_s}));
        QTemporaryDir dir;
        auto session = sessionPayingFrom(slow, dir.path(), u"buyer"_s);
        QVERIFY(session);
        PayFlow flow;
        flow.setSession(session.get());
        flow.setPayTimeout(std::chrono::milliseconds(300));
        flow.setRequest(slow.createInvoice(u"payee"_s, 40, u"slow"_s));
        QTRY_VERIFY(flow.canConfirm());
        flow.confirm();
        QTRY_COMPARE(flow.state(), State::Pending);
        QVERIFY(flow.resultText().contains(u"pending"));
        QVERIFY(flow.preimage().isEmpty());
        QTest::qWait(1800);
        flow.resume();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Succeeded, 10'000);
        QVERIFY(hashes(flow.preimage(), flow.paymentHash()));
        QCOMPARE(slow.walletBalance(u"payee"_s), 40);
        QCOMPARE(slow.walletBalance(u"buyer"_s), 10'000 - 40 - flow.feeSats());
        const auto entries =
            session->engine()->journal().recent(10).value_or(QList<JournalEntry>());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, PaymentState::Done);
    }

    void phonePaysByQrCode()
    {
        const qint64 buyer = m_sandbox.walletBalance(u"buyer"_s);
        const qint64 payee = m_sandbox.walletBalance(u"payee"_s);
        const QString invoice = m_sandbox.createInvoice(u"payee"_s, 30, u"by phone"_s);
        auto flow = review(invoice);
        QTRY_VERIFY(flow->canPayWithPhone());
        flow->payWithPhone();
        QTRY_COMPARE(flow->state(), State::WaitingForPhone);
        QCOMPARE(flow->qrInvoice(), u"LIGHTNING:"_s + invoice.toUpper());
        QVERIFY(!flow->qrImage().isNull() && flow->qrImage().width() >= 21);
        QVERIFY(flow->qrImageUrl().startsWith(u"data:image/png;base64,"));
        const int before = flow->secondsLeft();
        QTRY_VERIFY(flow->secondsLeft() < before); // the countdown runs while the code is up

        QVERIFY(!flow->submitPreimage(QString(64, u'0')));
        QVERIFY(!flow->errorText().isEmpty());
        QVERIFY(!flow->submitPreimage(u"not hex"_s));
        QCOMPARE(flow->state(), State::WaitingForPhone);

        // The phone pays the code it scanned and shows the preimage.
        const lwtest::HttpResult paid =
            m_sandbox.pay(u"phone"_s, flow->qrInvoice().toLower().mid(10));
        const QString preimage = paid.json.value(u"paymentPreimage").toString();
        QVERIFY(!preimage.isEmpty());
        QVERIFY(flow->submitPreimage(u"  "_s + preimage + u"\n"_s));
        QTRY_COMPARE(flow->state(), State::Succeeded);
        QCOMPARE(flow->preimage(), preimage);
        QVERIFY(flow->qrInvoice().isEmpty());
        QCOMPARE(m_sandbox.walletBalance(u"payee"_s), payee + 30);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer); // the phone paid, not the node
    }

    void invoiceClaimedElsewhereIsNotOffered()
    {
        const QString invoice = m_sandbox.createInvoice(u"payee"_s, 8, u"claimed"_s);
        const auto hash = PaymentHash::fromHex(review(invoice)->paymentHash());
        QVERIFY(hash);
        PaymentClaims claims(m_session->engine()->database());
        QVERIFY(claims.claim(*hash, u"lnd:99"_s).value_or(false));

        auto flow = review(invoice);
        QTRY_VERIFY(flow->canPayWithPhone());
        QSignalSpy qr(flow.get(), &PayFlow::qrChanged);
        flow->payWithPhone();
        QTRY_COMPARE(flow->state(), State::Failed);
        QVERIFY(flow->errorText().contains(u"Another wallet"));
        QVERIFY(flow->qrInvoice().isEmpty());
        QCOMPARE(qr.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPayFlow)
#include "tst_payflow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Deliveries over a memory keychain and a real lightwork-sandbox that serves delivered content
// to the buyer: the worker's refusals before any request (not a local file, missing, a folder,
// over the market's cap), a stopped upload, an upload that fails while the market is down
// (file and notes kept) and its retry with progress rising to the total; the buyer's list with
// the same size and SHA-256, and Save as under a safe name with the written bytes checked; an
// upload stopped half-way (held back by a proxy in front of the sandbox) and its retry, and
// one stopped after the market took it.

#include "delivery.h"
#include "deliverycontroller.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/hireclient.h"
#include "sandbox/sandboxprocess.h"
#include "sessiontestkit.h"
#include "throttleproxy.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int slowMs = 30'000;
constexpr qint64 priceSats = 20;
constexpr qint64 fileBytes = 400 * 1024;
//! Stopped half-way: far more than the buffers between the app and the proxy hold.
constexpr qint64 bigFileBytes = 2560 * 1024;

//! Noise of `bytes` in `path`; its SHA-256 in hex.
QString writeNoise(const QString &path, qint64 bytes, quint32 seed)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char &b : data)
        b = char(rng.bounded(256));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != bytes)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestDelivery : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QTemporaryDir m_sandboxData;
    std::shared_ptr<MemorySecretStore> m_store = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Session> m_session;
    QString m_taskId;                       //!< delivered through the panel's controller
    QString m_hostileId;                    //!< delivered with a hostile file name
    QString m_stopId;                       //!< its upload stopped half-way, then retried
    QString m_takenId;                      //!< its upload stopped after the market took it
    std::unique_ptr<ThrottleProxy> m_proxy; //!< between the app and the sandbox, once needed
    QString m_filePath;
    QString m_fileSha;

    void use(const QString &profile)
    {
        m_session->setCurrentProfile(int(m_session->profiles().indexOf(profile)));
        QCOMPARE(m_session->profiles().at(m_session->currentProfile()), profile);
    }

    HireClient *hire()
    {
        auto client = wait(m_session->engine()->hire(QString()));
        return client ? *client : nullptr;
    }

    qint64 hireAccountId()
    {
        auto account = m_session->engine()->onlyAccount(MarketKind::AiForHire, QString());
        return account ? account->id : 0;
    }

    std::unique_ptr<DeliveryController> controllerOf(const QString &taskId)
    {
        auto c = std::make_unique<DeliveryController>();
        c->setSession(m_session.get());
        c->setAccountId(hireAccountId());
        c->setTaskId(taskId);
        return c;
    }

    //! From here on the app reaches the sandbox through m_proxy, on the port it knows it by.
    bool throughProxy()
    {
        if (m_proxy)
            return true;
        const quint16 port = quint16(m_sandbox.url().port());
        if (!m_sandbox.restart({u"--port"_s, u"0"_s}) || quint16(m_sandbox.url().port()) == port)
            return false;
        m_proxy = std::make_unique<ThrottleProxy>(port, quint16(m_sandbox.url().port()));
        return m_proxy->isListening();
    }

    //! Each resultText `u` shows, in order.
    static void record(DeliveryUpload *u, QStringList *texts)
    {
        QObject::connect(u, &DeliveryUpload::stateChanged, u, [u, texts] {
            if (texts->isEmpty() || texts->constLast() != u->resultText())
                texts->append(u->resultText());
        });
    }

    //! Requests to …/deliver (of `taskId`, or any task) the sandbox has seen.
    int deliverRequests(const QString &taskId = {})
    {
        const lwtest::HttpResult log = m_sandbox.admin("GET", u"/log?last=10000"_s);
        if (log.status != 200)
            return -1;
        int n = 0;
        const QJsonArray requests = log.json.value(u"requests").toArray();
        for (const QJsonValue &r : requests)
            n += r.toObject().value(u"path").toString().endsWith(taskId + u"/deliver"_s) ? 1 : 0;
        return n;
    }

    //! A task the buyer posted and accepted the worker's quote on: in escrow for the worker.
    QString taskInEscrow(const QString &title)
    {
        use(Session::tr("Buyer"));
        auto posted = wait(postHireTask(*m_session->engine(), hire(), title,
                                        u"Plain text, please."_s, MilliSats(100'000), true));
        if (!posted)
            qWarning("post: %s", qPrintable(posted.error().describe()));
        if (!posted)
            return {};
        const QString taskId = posted->value.id;
        use(Session::tr("Worker"));
        auto quoted = wait(sendHireQuote(*m_session->engine(), hire(), taskId,
                                         MilliSats(priceSats * 1000), u"On it"_s, true));
        if (!quoted)
            return {};
        use(Session::tr("Buyer"));
        auto accepted =
            wait(acceptHireQuote(*m_session->engine(), hire(), taskId, quoted->value.id));
        if (!accepted)
            qWarning("accept: %s", qPrintable(accepted.error().describe()));
        return accepted ? taskId : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_sandboxData.isValid());
        QVERIFY(
            m_sandbox.start({u"--wallet"_s, u"buyer:1000000"_s, u"--wallet"_s, u"worker:100000"_s,
                             u"--serve-deliveries"_s, u"--data"_s, m_sandboxData.path()}));
        Session::Options o;
        o.dataDir = m_dir.filePath(u"data"_s);
        o.sandboxUrl = m_sandbox.url();
        o.sandboxAdminKey = m_sandbox.adminKey().toUtf8();
        o.keychain = [store = m_store] { return std::make_unique<SharedSecretStore>(store); };
        m_session = std::make_unique<Session>(o);
        QTRY_COMPARE(m_session->setupState(), Session::SetupState::NeedsSetup);
        m_session->trySandbox();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->setupState() == Session::SetupState::Ready
                                     || m_session->setupState() == Session::SetupState::Failed,
                                 120000);
        QVERIFY2(m_session->setupState() == Session::SetupState::Ready,
                 qPrintable(m_session->errorText()));
        m_session->engine()->setConfirmer(
            [](const PaymentPrompt &) { return QtFuture::makeReadyFuture(true); });

        m_taskId = taskInEscrow(u"Summarise a report"_s);
        QVERIFY(!m_taskId.isEmpty());
        m_hostileId = taskInEscrow(u"Write a script"_s);
        QVERIFY(!m_hostileId.isEmpty());
        m_stopId = taskInEscrow(u"Translate a manual"_s);
        QVERIFY(!m_stopId.isEmpty());
        m_takenId = taskInEscrow(u"Proofread a letter"_s);
        QVERIFY(!m_takenId.isEmpty());

        // Several hundred KB of noise, so the upload reports progress more than once.
        m_filePath = m_dir.filePath(u"report.bin"_s);
        m_fileSha = writeNoise(m_filePath, fileBytes, 7);
        QVERIFY(!m_fileSha.isEmpty());
    }

    void listModelRows()
    {
        DeliveryListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &DeliveryListModel::countChanged);
        DeliveryRow a;
        a.deliveryId = u"d1"_s;
        a.fileName = u"a.txt"_s;
        DeliveryRow b = a;
        b.deliveryId = u"d2"_s;
        b.fileName = u"b.txt"_s;
        b.sizeBytes = 2048;
        model.setRows({a, b});
        QCOMPARE(model.count(), 2);
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.index(1).data(DeliveryListModel::SizeTextRole).toString(),
                 QLocale().formattedDataSize(2048));
        QVERIFY(model.index(0).data(DeliveryListModel::SizeTextRole).toString().isEmpty());
        model.setSaved(0, u"/tmp/a.txt"_s, DeliveryRow::SaveCheck::Matches);
        // A refresh keeps what was saved; a gone row goes.
        a.notes = u"updated"_s;
        model.setRows({a});
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.index(0).data(DeliveryListModel::NotesRole).toString(), u"updated"_s);
        QCOMPARE(model.index(0).data(DeliveryListModel::SavedPathRole).toString(), u"/tmp/a.txt"_s);
        QCOMPARE(model.index(0).data(DeliveryListModel::SaveCheckRole).toInt(), 1);
        QVERIFY(model.roleNames().values().contains("sha256"));
        model.setRows({});
        QCOMPARE(model.count(), 0);
    }

    void workerRefusalsSendNothing()
    {
        use(Session::tr("Worker"));
        auto c = controllerOf(m_taskId);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), DeliveryController::State::Ready, slowMs);
        QVERIFY2(c->errorText().isEmpty(), qPrintable(c->errorText()));
        QVERIFY(!c->isBuyer());
        QVERIFY(c->canDeliver());
        QCOMPARE(c->deliveries()->count(), 0);
        DeliveryUpload *u = c->upload();
        const int before = deliverRequests();
        QVERIFY(before >= 0);

        QVERIFY(!c->setFile(QUrl(u"https://example.com/report.pdf"_s)));
        QVERIFY(!u->errorText().isEmpty());
        QVERIFY(!u->hasFile());
        QVERIFY(!c->setFile(QUrl::fromLocalFile(m_dir.filePath(u"nowhere.txt"_s))));
        QVERIFY(u->errorText().contains(u"nowhere.txt"_s));
        QVERIFY(!c->setFile(QUrl::fromLocalFile(m_dir.path())));
        QVERIFY(!u->errorText().isEmpty());

        const qint64 cap = deliveryCapBytes(m_session->engine()->http().limits());
        QVERIFY(cap > fileBytes);
        QFile big(m_dir.filePath(u"too-big.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(cap + 1)); // sparse: nothing is read
        big.close();
        QVERIFY(!c->setFile(QUrl::fromLocalFile(big.fileName())));
        QVERIFY2(u->errorText().contains(QLocale().formattedDataSize(cap)),
                 qPrintable(u->errorText()));
        QCOMPARE(u->state(), DeliveryUpload::State::Empty);
        QVERIFY(!u->canDeliver());
        c->deliver(); // nothing picked: nothing sent
        QCOMPARE(u->state(), DeliveryUpload::State::Empty);
        QCOMPARE(deliverRequests(), before);
    }

    void stoppedBeforeSendingDeliversNothing()
    {
        use(Session::tr("Worker"));
        auto c = controllerOf(m_taskId);
        QTRY_VERIFY_WITH_TIMEOUT(c->canDeliver(), slowMs);
        DeliveryUpload *u = c->upload();
        QVERIFY(c->setFile(QUrl::fromLocalFile(m_filePath)));
        QTRY_COMPARE(u->state(), DeliveryUpload::State::Ready);
        u->setNotes(u"First try"_s);
        const int before = deliverRequests();
        c->deliver();
        QCOMPARE(u->state(), DeliveryUpload::State::Uploading);
        c->cancel(); // before the token is even read: nothing leaves
        QTRY_COMPARE_WITH_TIMEOUT(u->state(), DeliveryUpload::State::Ready, slowMs);
        QVERIFY(!u->resultText().isEmpty());
        QVERIFY(u->hasFile());
        QCOMPARE(u->notes(), u"First try"_s);
        QCOMPARE(deliverRequests(), before);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), DeliveryController::State::Ready, slowMs);
        QCOMPARE(c->deliveries()->count(), 0);
        QVERIFY(c->canDeliver());
    }

    void uploadFailsWhileDownThenRetryDelivers()
    {
        use(Session::tr("Worker"));
        auto c = controllerOf(m_taskId);
        QTRY_VERIFY_WITH_TIMEOUT(c->canDeliver(), slowMs);
        DeliveryUpload *u = c->upload();
        QSignalSpy fileSpy(u, &DeliveryUpload::fileChanged);
        QVERIFY(c->setFile(QUrl::fromLocalFile(m_filePath)));
        QCOMPARE(u->state(), DeliveryUpload::State::Reading);
        QCOMPARE(u->fileName(), u"report.bin"_s);
        QTRY_COMPARE(u->state(), DeliveryUpload::State::Ready);
        QCOMPARE(u->sha256(), m_fileSha);
        QCOMPARE(u->fileSize(), fileBytes);
        QCOMPARE(u->fileSizeText(), QLocale().formattedDataSize(fileBytes));
        u->setNotes(u"Summary attached"_s);
        QVERIFY(u->canDeliver());

        const quint16 port = quint16(m_sandbox.url().port());
        m_sandbox.stop();
        c->deliver();
        QTRY_COMPARE_WITH_TIMEOUT(u->state(), DeliveryUpload::State::Failed, slowMs);
        QVERIFY(!u->errorText().isEmpty());
        // Nothing is lost: the same file, hash and notes, ready to retry.
        QVERIFY(u->hasFile());
        QCOMPARE(u->fileName(), u"report.bin"_s);
        QCOMPARE(u->sha256(), m_fileSha);
        QCOMPARE(u->notes(), u"Summary attached"_s);
        QVERIFY(u->canDeliver());

        QVERIFY(m_sandbox.restart({u"--port"_s, QString::number(port)}));
        QCOMPARE(quint16(m_sandbox.url().port()), port);
        QList<QPair<qint64, qint64>> reports;
        connect(u, &DeliveryUpload::progressChanged, this, [&] {
            reports.append({u->bytesSent(), u->bytesTotal()});
        });
        QSignalSpy delivered(c.get(), &DeliveryController::delivered);
        c->deliver(); // Retry
        QCOMPARE(u->state(), DeliveryUpload::State::Uploading);
        QTRY_COMPARE_WITH_TIMEOUT(u->state(), DeliveryUpload::State::Delivered, slowMs);
        QVERIFY2(u->errorText().isEmpty(), qPrintable(u->errorText()));
        QCOMPARE(delivered.count(), 1);
        QVERIFY(reports.size() >= 2);
        qint64 last = -1;
        for (const auto &[sent, total] : std::as_const(reports)) {
            QVERIFY(total >= fileBytes);
            QVERIFY2(sent >= last, "bytes sent only rise");
            last = sent;
        }
        QCOMPARE(reports.last().first, reports.last().second);
        QVERIFY(reports.last().second > fileBytes * 4 / 3); // the base64 in JSON
        QCOMPARE(u->progress(), 1.0);
        QVERIFY(!u->resultText().isEmpty());
        QCOMPARE(deliverRequests(), 1); // the down one never arrived; the retry did, once

        // The worker sees their own delivery, with what was sent; no second one is offered.
        QTRY_COMPARE_WITH_TIMEOUT(c->deliveries()->count(), 1, slowMs);
        QTRY_VERIFY(!c->canDeliver());
        const DeliveryRow &mine = c->deliveries()->rows().first();
        QVERIFY(mine.mine);
        QCOMPARE(mine.fileName, u"report.bin"_s);
        QCOMPARE(mine.sha256, m_fileSha);
        QCOMPARE(mine.sizeBytes, fileBytes);
        QCOMPARE(mine.notes, u"Summary attached"_s);
        QVERIFY(!mine.hasContent); // the sandbox serves content to the buyer only
    }

    void buyerSeesAndSavesTheDelivery()
    {
        use(Session::tr("Buyer"));
        auto c = std::make_unique<DeliveryController>();
        QAbstractItemModelTester tester(c->deliveries(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        c->setSession(m_session.get());
        c->setAccountId(hireAccountId());
        c->setTaskId(m_taskId);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), DeliveryController::State::Ready, slowMs);
        QVERIFY2(c->errorText().isEmpty(), qPrintable(c->errorText()));
        QVERIFY(c->isBuyer());
        QVERIFY(!c->canDeliver());
        QCOMPARE(c->status(), u"delivered"_s);
        QVERIFY(c->contentServed());
        QCOMPARE(c->deliveries()->count(), 1);
        const QModelIndex row = c->deliveries()->index(0);
        QCOMPARE(row.data(DeliveryListModel::FileNameRole).toString(), u"report.bin"_s);
        QCOMPARE(row.data(DeliveryListModel::Sha256Role).toString(), m_fileSha);
        QCOMPARE(row.data(DeliveryListModel::SizeBytesRole).toLongLong(), fileBytes);
        QVERIFY(row.data(DeliveryListModel::HasContentRole).toBool());
        QVERIFY(!row.data(DeliveryListModel::MineRole).toBool());
        QVERIFY(row.data(DeliveryListModel::CreatedRole).toDateTime().isValid());
        QCOMPARE(c->proposedSaveUrl(0).fileName(), u"report.bin"_s);

        QTemporaryDir folder;
        QVERIFY(c->saveDelivery(0, QUrl::fromLocalFile(folder.filePath(u"report.bin"_s))));
        const QString written = folder.filePath(u"report.bin"_s);
        QCOMPARE(sha256OfFile(written, fileBytes).value().toHex(), m_fileSha.toLatin1());
        QCOMPARE(row.data(DeliveryListModel::SaveCheckRole).toInt(),
                 int(DeliveryRow::SaveCheck::Matches));
        QCOMPARE(row.data(DeliveryListModel::SavedPathRole).toString(), written);
        QVERIFY(c->saveText().contains(u"matches"_s));
        // Saved again: a new name, never over the first.
        QVERIFY(c->saveDelivery(0, QUrl::fromLocalFile(written)));
        QVERIFY(QFile::exists(folder.filePath(u"report (2).bin"_s)));
        QVERIFY(!c->saveDelivery(5, QUrl::fromLocalFile(written)));
    }

    void hostileNameIsSavedHarmlessly()
    {
        use(Session::tr("Worker"));
        HireDeliveryFile file;
        file.filename = u"../../ev\u0001il\u202Egnp.sh"_s;
        file.contentBase64 = QString::fromLatin1(QByteArray("#!/bin/sh\necho hi\n").toBase64());
        QVERIFY(wait(hire()->deliver(m_hostileId, file, u"run me"_s)));

        use(Session::tr("Buyer"));
        auto c = controllerOf(m_hostileId);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), DeliveryController::State::Ready, slowMs);
        QCOMPARE(c->deliveries()->count(), 1);
        const DeliveryRow row = c->deliveries()->rows().first();
        QVERIFY(!row.safeName.contains(u'/'));
        QVERIFY(!row.safeName.startsWith(u'.'));
        for (const QChar ch : row.safeName)
            QVERIFY2(ch.isPrint() && ch.category() != QChar::Other_Format,
                     qPrintable(row.safeName));

        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"a/b"_s));
        const QString folder = root.filePath(u"a/b"_s);
        // The dialog proposes the safe name; even the market's own name comes out harmless.
        QVERIFY(c->saveDelivery(0, QUrl::fromLocalFile(folder + u'/' + row.safeName)));
        const QStringList inFolder = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(inFolder, QStringList{row.safeName});
        QVERIFY(QDir(root.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(QDir(root.filePath(u"a"_s)).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(c->deliveries()->rows().first().saveCheck, DeliveryRow::SaveCheck::Matches);
        const QFileInfo saved(QDir(folder).filePath(row.safeName));
        QVERIFY(!saved.isExecutable()); // written, never made runnable or opened
    }

    // Stopped while the body is really on its way: at once, nothing reaches the market, the
    // file and notes stay, the task is read again and says so; Retry delivers exactly once.
    void stopHalfWayThenRetryDeliversOnce()
    {
        QVERIFY(throughProxy());
        ThrottleProxy &proxy = *m_proxy;
        QStringList texts;
        use(Session::tr("Worker"));
        auto c = controllerOf(m_stopId);
        QTRY_VERIFY_WITH_TIMEOUT(c->canDeliver(), slowMs);
        DeliveryUpload *u = c->upload();
        record(u, &texts);
        const QString path = m_dir.filePath(u"manual.bin"_s);
        const QString sha = writeNoise(path, bigFileBytes, 11);
        QVERIFY(!sha.isEmpty());
        QVERIFY(c->setFile(QUrl::fromLocalFile(path)));
        QTRY_COMPARE(u->state(), DeliveryUpload::State::Ready);
        u->setNotes(u"Chapter one"_s);

        proxy.setThrottle(8 * 1024); // 400 KB/s: the body takes seconds
        c->deliver();
        QTRY_VERIFY_WITH_TIMEOUT(u->bytesSent() > 256 * 1024, slowMs);
        QCOMPARE(u->state(), DeliveryUpload::State::Uploading);
        const qint64 total = u->bytesTotal();
        QVERIFY2(u->bytesSent() < total, qPrintable(QString::number(u->bytesSent())));
        QElapsedTimer clock;
        clock.start();
        c->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(u->state(), DeliveryUpload::State::Ready, 5'000);
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(u->hasFile());
        QCOMPARE(u->sha256(), sha);
        QCOMPARE(u->notes(), u"Chapter one"_s);
        QVERIFY(u->errorText().isEmpty());

        // The task is read again: no delivery, and the panel says the market did not get it.
        QTRY_VERIFY_WITH_TIMEOUT(!u->awaitingCheck(), slowMs);
        QCOMPARE(u->state(), DeliveryUpload::State::Ready);
        QVERIFY(texts.size() >= 2);
        QVERIFY2(texts.at(texts.size() - 2).contains(u"stopped"_s), qPrintable(texts.join(u'|')));
        QVERIFY2(u->resultText().contains(u"did not get"_s), qPrintable(u->resultText()));
        QCOMPARE(c->deliveries()->count(), 0);
        QVERIFY(c->canDeliver());
        QVERIFY(u->canDeliver());
        QCOMPARE(deliverRequests(m_stopId), 0);

        proxy.setThrottle(0);
        QSignalSpy delivered(c.get(), &DeliveryController::delivered);
        c->deliver(); // Retry
        QTRY_COMPARE_WITH_TIMEOUT(u->state(), DeliveryUpload::State::Delivered, slowMs);
        QVERIFY2(u->errorText().isEmpty(), qPrintable(u->errorText()));
        QCOMPARE(delivered.count(), 1);
        QCOMPARE(u->bytesSent(), u->bytesTotal());
        QTRY_COMPARE_WITH_TIMEOUT(c->deliveries()->count(), 1, slowMs);
        QTRY_VERIFY(!c->canDeliver());
        const DeliveryRow &mine = c->deliveries()->rows().first();
        QVERIFY(mine.mine);
        QCOMPARE(mine.sha256, sha);
        QCOMPARE(mine.sizeBytes, bigFileBytes);
        QCOMPARE(mine.notes, u"Chapter one"_s);
        QCOMPARE(deliverRequests(m_stopId), 1); // the stopped body never arrived whole
    }

    // Stopped once the whole body was sent and the market took it, its answer not back yet:
    // the panel says it may have arrived, reads the task again and shows it delivered.
    void stopAfterTheMarketTookIt()
    {
        QVERIFY(throughProxy());
        QStringList texts;
        use(Session::tr("Worker"));
        auto c = controllerOf(m_takenId);
        QTRY_VERIFY_WITH_TIMEOUT(c->canDeliver(), slowMs);
        DeliveryUpload *u = c->upload();
        record(u, &texts);
        QVERIFY(c->setFile(QUrl::fromLocalFile(m_filePath)));
        QTRY_COMPARE(u->state(), DeliveryUpload::State::Ready);
        u->setNotes(u"All of it"_s);

        m_proxy->setHoldAnswers(true);
        c->deliver();
        QTRY_VERIFY_WITH_TIMEOUT(u->bytesSent() == u->bytesTotal(), slowMs);
        QTRY_COMPARE_WITH_TIMEOUT(deliverRequests(m_takenId), 1, slowMs);
        m_proxy->setHoldAnswers(false);
        QCOMPARE(u->state(), DeliveryUpload::State::Uploading); // its answer is held back
        QSignalSpy delivered(c.get(), &DeliveryController::delivered);
        c->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(u->state(), DeliveryUpload::State::Delivered, slowMs);
        QVERIFY(u->errorText().isEmpty());
        QCOMPARE(delivered.count(), 1);
        QVERIFY(texts.size() >= 2);
        QVERIFY2(texts.at(texts.size() - 2).contains(u"whole file"_s),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(u->resultText().contains(u"after all"_s), qPrintable(u->resultText()));
        QTRY_COMPARE_WITH_TIMEOUT(c->deliveries()->count(), 1, slowMs);
        QVERIFY(c->deliveries()->rows().first().mine);
        QVERIFY(!c->canDeliver());
        QVERIFY(!u->canDeliver());
        QCOMPARE(deliverRequests(m_takenId), 1);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_proxy.reset();
        QVERIFY(m_sandbox.stopCleanly());
    }
};

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"

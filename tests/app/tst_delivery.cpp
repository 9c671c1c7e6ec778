// SPDX-License-Identifier: GPL-3.0-or-later
// Deliveries over a memory keychain and a real lightwork-sandbox that serves delivered content
// to the buyer: the worker's refusals before any request (not a local file, missing, a folder,
// over the market's cap), a stopped upload, an upload that fails while the market is down
// (file and notes kept) and its retry with progress rising to the total; the buyer's list with
// the same size and SHA-256, and Save as under a safe name with the written bytes checked.

#include "delivery.h"
#include "deliverycontroller.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/hireclient.h"
#include "sandbox/sandboxprocess.h"
#include "sessiontestkit.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
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

} // namespace

class TestDelivery : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QTemporaryDir m_sandboxData;
    std::shared_ptr<MemorySecretStore> m_store = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Session> m_session;
    QString m_taskId;    //!< delivered through the panel's controller
    QString m_hostileId; //!< delivered with a hostile file name
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

    //! Requests to any …/deliver route the sandbox has seen.
    int deliverRequests()
    {
        const lwtest::HttpResult log = m_sandbox.admin("GET", u"/log?last=10000"_s);
        if (log.status != 200)
            return -1;
        int n = 0;
        const QJsonArray requests = log.json.value(u"requests").toArray();
        for (const QJsonValue &r : requests)
            n += r.toObject().value(u"path").toString().endsWith(u"/deliver"_s) ? 1 : 0;
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

        // Several hundred KB of noise, so the upload reports progress more than once.
        QByteArray bytes(fileBytes, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &b : bytes)
            b = char(rng.bounded(256));
        m_filePath = m_dir.filePath(u"report.bin"_s);
        QFile f(m_filePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), fileBytes);
        f.close();
        m_fileSha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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

    void cleanupTestCase()
    {
        m_session.reset();
        QVERIFY(m_sandbox.stopCleanly());
    }
};

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The journal as a list: a PayFlow payment appears on top with its reason, amount and state.

#include "payflow.h"
#include "recentpaymentsmodel.h"
#include "sandbox/sandboxprocess.h"
#include "wallettestkit.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using Role = RecentPaymentsModel::Role;

class TestRecentPayments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsThePayFlowPayment()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--wallet"_s, u"buyer:10000"_s, u"--wallet"_s, u"shop:0"_s}));
        QTemporaryDir dir;
        Session session(sessionOptions(dir.path(), std::make_shared<MemorySecretStore>()));
        QTRY_COMPARE(session.setupState(), Session::SetupState::NeedsSetup);

        QString why;
        QVERIFY2(connectSandboxWallet(session, sandbox, u"buyer"_s, u"buyer"_s, &why),
                 qPrintable(why));

        RecentPaymentsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 0);

        PayFlow first;
        first.setSession(&session);
        first.setRequest(sandbox.createInvoice(u"shop"_s, 15, u"first"_s));
        QTRY_VERIFY(first.canConfirm());
        first.confirm();
        QTRY_COMPARE(first.state(), PayFlow::State::Succeeded);

        PayFlow second;
        second.setSession(&session);
        second.setReason(u"Escrow for task 7"_s);
        second.setRequest(sandbox.createInvoice(u"shop"_s, 25, u"second"_s));
        QTRY_VERIFY(second.canConfirm());
        second.confirm();
        QTRY_COMPARE(second.state(), PayFlow::State::Succeeded);

        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(Role::ReasonRole).toString(), u"Escrow for task 7"_s);
        QCOMPARE(top.data(Role::AmountSatsRole).toLongLong(), 25);
        QCOMPARE(top.data(Role::AmountTextRole).toString(), u"25 sat"_s);
        QCOMPARE(top.data(Role::StateRole).toString(), u"Paid"_s);
        QCOMPARE(top.data(Role::StateNameRole).toString(), u"done"_s);
        QVERIFY(!top.data(Role::IsPendingRole).toBool());
        QVERIFY(top.data(Role::TimeRole).toDateTime().isValid());
        const QString hash = top.data(Role::PaymentHashRole).toString();
        QVERIFY(second.paymentHash().startsWith(hash.left(8)));
        QVERIFY(second.paymentHash().endsWith(hash.right(8)));
        QCOMPARE(model.index(1).data(Role::ReasonRole).toString(), u"Payment"_s);
        QCOMPARE(model.index(1).data(Role::AmountTextRole).toString(), u"15 sat"_s);

        // A refresh with nothing new changes rows in place.
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        model.setLimit(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Role::AmountSatsRole).toLongLong(), 25);
    }
};

QTEST_GUILESS_MAIN(TestRecentPayments)
#include "tst_recentpayments.moc"

// SPDX-License-Identifier: MIT
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QtTest>

using namespace compshare;

namespace {
Instance make(const QString &id, InstanceState state = InstanceState::Running,
              ChargeType charge = ChargeType::Postpay, double price = 2.5)
{
    Instance i;
    i.id = id;
    i.name = QStringLiteral("name-") + id;
    i.zone = QStringLiteral("cn-wlcb-01");
    i.region = QStringLiteral("cn-wlcb");
    i.state = state;
    i.rawState = stateToApi(state);
    i.chargeType = charge;
    i.instancePrice = price;
    i.gpuType = QStringLiteral("RTX 4090");
    i.gpuCount = 1;
    return i;
}

QList<Instance> makeMany(int n)
{
    QList<Instance> list;
    for (int k = 0; k < n; ++k)
        list.append(make(QStringLiteral("uhost-%1").arg(k, 4, 10, QLatin1Char('0'))));
    return list;
}
} // namespace

class TestInstanceTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applyFullList(makeMany(20));
        auto next = makeMany(25);
        next.removeAt(3);
        next.removeAt(10);
        next[5].state = InstanceState::Stopping;
        store.applyFullList(next);
        store.applyUpdates({make(QStringLiteral("uhost-0001"), InstanceState::Stopped)});
        store.applyFullList({});
        QCOMPARE(model.rowCount(), 0);
    }

    void refreshWithOneChangedRowEmitsOnlyThatRow()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList(makeMany(50));
        QItemSelectionModel selection(&model);
        selection.select(model.index(7, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.setCurrentIndex(model.index(7, 0), QItemSelectionModel::NoUpdate);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        auto next = makeMany(50);
        next[12].state = InstanceState::Stopping;
        store.applyFullList(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 12);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 12);
        QVERIFY(selection.isRowSelected(7, {}));
        QCOMPARE(selection.currentIndex().row(), 7);
    }

    void identicalRefreshEmitsNothing()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList(makeMany(30));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        store.applyFullList(makeMany(30));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    void insertsAndRemovesByIdWithoutReset()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList(makeMany(10));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        auto next = makeMany(10);
        next.removeAt(2);
        next.removeAt(2); // ids 2 and 3: one contiguous run
        next.removeAt(6); // id 8
        next.append(make(QStringLiteral("uhost-new1")));
        next.append(make(QStringLiteral("uhost-new2")));
        store.applyFullList(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2); // two runs
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(model.rowOf(QStringLiteral("uhost-0002")) < 0);
        QVERIFY(model.rowOf(QStringLiteral("uhost-new2")) >= 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.instanceAt(r).id), r);
    }

    void duplicateIdsInOneRefreshKeepOneRow()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList({make(QStringLiteral("a")), make(QStringLiteral("a"))});
        QCOMPARE(model.rowCount(), 1);
    }

    void actionsFollowStateAndConsoleState_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("charge");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("enabled");
        using RA = InstanceTableModel::RowAction;
        QTest::newRow("running ordinary")
            << int(InstanceState::Running) << int(ChargeType::Postpay) << int(RA::Stop) << true;
        QTest::newRow("running spot")
            << int(InstanceState::Running) << int(ChargeType::Spot) << int(RA::ForceStop) << true;
        QTest::newRow("stopped") << int(InstanceState::Stopped) << int(ChargeType::Postpay)
                                 << int(RA::Start) << true;
        QTest::newRow("stopping") << int(InstanceState::Stopping) << int(ChargeType::Postpay)
                                  << int(RA::None) << false;
        QTest::newRow("unknown") << int(InstanceState::Unknown) << int(ChargeType::Postpay)
                                 << int(RA::None) << false;
    }
    void actionsFollowStateAndConsoleState()
    {
        QFETCH(int, state);
        QFETCH(int, charge);
        QFETCH(int, action);
        QFETCH(bool, enabled);
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList({make(QStringLiteral("x"), InstanceState(state), ChargeType(charge))});
        const QModelIndex idx = model.index(0, InstanceTableModel::ActionColumn);
        QCOMPARE(idx.data(InstanceTableModel::ActionRole).toInt(), action);
        QCOMPARE(idx.data(InstanceTableModel::ActionEnabledRole).toBool(), enabled);
        QCOMPARE(idx.data(InstanceTableModel::ActionDisabledReasonRole).toString().isEmpty(),
                 enabled);
    }

    void trackedOperationAndLockDisableTheRow()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        InstanceStore store;
        InstanceTableModel model(&store);
        OperationTracker tracker;
        tracker.setClock([&now] { return now; });
        model.setOperations(&tracker);
        store.applyFullList({make(QStringLiteral("x"))});
        const QModelIndex idx = model.index(0, InstanceTableModel::ActionColumn);
        const QModelIndex state = model.index(0, InstanceTableModel::StateColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const Instance x = make(QStringLiteral("x"));
        QVERIFY(tracker.begin(&x, OperationTracker::Kind::Stop).allowed());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!idx.data(InstanceTableModel::ActionEnabledRole).toBool());
        QVERIFY(idx.data(InstanceTableModel::BusyRole).toBool());
        tracker.accept(QStringLiteral("x"));
        // The list still says Running: the row shows the accepted stop.
        QCOMPARE(state.data().toString(), QStringLiteral("Stop requested"));
        QCOMPARE(idx.data(InstanceTableModel::OperationStartedRole).toDateTime(), now);
        QVERIFY(!idx.data(InstanceTableModel::ActionEnabledRole).toBool());
        QVERIFY(idx.data(InstanceTableModel::ActionDisabledReasonRole)
                    .toString()
                    .contains(QLatin1String("accepted")));
        tracker.observe({make(QStringLiteral("x"), InstanceState::Stopped)});
        store.applyUpdates({make(QStringLiteral("x"), InstanceState::Stopped)});
        QVERIFY(idx.data(InstanceTableModel::ActionEnabledRole).toBool());
        QCOMPARE(state.data().toString(), QStringLiteral("Stopped"));

        // Another's lock: disabled until the lock time runs out.
        tracker.lockAnswered(QStringLiteral("y"),
                             ApiError::api(1, QStringLiteral("InstanceOperationInProgress")),
                             InstanceState::Running);
        store.applyFullList({make(QStringLiteral("x")), make(QStringLiteral("y"))});
        const QModelIndex y =
            model.index(model.rowOf(QStringLiteral("y")), InstanceTableModel::ActionColumn);
        QVERIFY(y.data(InstanceTableModel::LockedRole).toBool());
        QVERIFY(!y.data(InstanceTableModel::ActionEnabledRole).toBool());
        now = now.addSecs(601);
        QVERIFY(!y.data(InstanceTableModel::LockedRole).toBool());
        QVERIFY(y.data(InstanceTableModel::ActionEnabledRole).toBool());
    }

    void anUndocumentedImageStatusDoesNotDisableStop_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *status : {"Making", "Creating", "Imaging", "", "Normal"})
            QTest::newRow(*status ? status : "empty") << QString::fromLatin1(status);
    }

    void anUndocumentedImageStatusDoesNotDisableStop()
    {
        QFETCH(QString, status);
        InstanceStore store;
        InstanceTableModel model(&store);
        Instance i = make(QStringLiteral("img"));
        i.imageStatus = status;
        store.applyFullList({i});
        const QModelIndex idx = model.index(0, InstanceTableModel::ActionColumn);
        QVERIFY(idx.data(InstanceTableModel::ActionEnabledRole).toBool());
        QVERIFY(idx.data(InstanceTableModel::ActionDisabledReasonRole).toString().isEmpty());
        QCOMPARE(i.hasUnknownImageStatus(), !status.isEmpty() && status != QLatin1String("Normal"));
    }

    void stuckAfterTenMinutes()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([&now] { return now; });
        OperationTracker tracker;
        tracker.setClock([&now] { return now; });
        model.setOperations(&tracker);
        store.applyFullList({make(QStringLiteral("x"), InstanceState::Stopping)});
        const Instance x = make(QStringLiteral("x"));
        tracker.begin(&x, OperationTracker::Kind::Stop);
        tracker.accept(QStringLiteral("x"));
        tracker.observe({make(QStringLiteral("x"), InstanceState::Stopping)});
        const QModelIndex idx = model.index(0, InstanceTableModel::StateColumn);
        QVERIFY(!idx.data(InstanceTableModel::StuckRole).toBool());
        now = now.addSecs(601);
        QVERIFY(idx.data(InstanceTableModel::StuckRole).toBool());
        tracker.observe({make(QStringLiteral("x"), InstanceState::Stopped)});
        store.applyUpdates({make(QStringLiteral("x"), InstanceState::Stopped)});
        QVERIFY(!idx.data(InstanceTableModel::OperationStartedRole).toDateTime().isValid());
    }

    void totalsAndBurnRate()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList(
            {make(QStringLiteral("a"), InstanceState::Running, ChargeType::Postpay, 1.5),
             make(QStringLiteral("b"), InstanceState::Running, ChargeType::Spot, 2.25),
             make(QStringLiteral("c"), InstanceState::Stopped, ChargeType::Postpay, 9)});
        QCOMPARE(model.runningCount(), 2);
        QCOMPARE(model.burnRatePerHour(), 3.75);
    }

    void rawValueSortsNumbersAsNumbers()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        Instance two = make(QStringLiteral("two"));
        two.gpuCount = 2;
        Instance ten = make(QStringLiteral("ten"));
        ten.gpuCount = 10;
        store.applyFullList({ten, two});
        const auto raw = [&](int row) {
            return model.index(row, InstanceTableModel::GpuColumn)
                .data(InstanceTableModel::RawValueRole)
                .toDouble();
        };
        QVERIFY(raw(model.rowOf(QStringLiteral("two"))) < raw(model.rowOf(QStringLiteral("ten"))));
    }

    void applyingFiveThousandRowsIsIncremental()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList(makeMany(5000));
        auto next = makeMany(5000);
        for (int k = 0; k < 50; ++k)
            next[k * 100].state = InstanceState::Stopping;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store.applyFullList(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 50);
    }
};

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"

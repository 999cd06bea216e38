// SPDX-License-Identifier: MIT
// The instance store is the one copy of the listed instances: it announces
// every write by id, and a view model built on it follows any writer (the
// poller, the operation owner) in place, with no reset.
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace compshare;

namespace {
Instance make(const QString &id, InstanceState state = InstanceState::Running)
{
    Instance i;
    i.id = id;
    i.name = QStringLiteral("name-") + id;
    i.state = state;
    i.rawState = stateToApi(state);
    i.chargeType = ChargeType::Postpay;
    i.instancePrice = 2.5;
    return i;
}

QStringList ids(const QSignalSpy &spy)
{
    QStringList all;
    for (const QList<QVariant> &args : spy)
        all << args.at(0).toStringList();
    return all;
}
} // namespace

class TestInstanceStore final : public QObject
{
    Q_OBJECT

private slots:
    void announcesEachWriteById()
    {
        InstanceStore store;
        QSignalSpy added(&store, &InstanceStore::added);
        QSignalSpy removed(&store, &InstanceStore::removed);
        QSignalSpy changed(&store, &InstanceStore::changed);
        QSignalSpy applied(&store, &InstanceStore::listApplied);
        QVERIFY(!store.hasList());

        store.applyFullList({make(QStringLiteral("a")), make(QStringLiteral("b")),
                             make(QStringLiteral("a"))}); // a duplicate is kept once
        QVERIFY(store.hasList());
        QCOMPARE(ids(added), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(store.size(), 2);
        QCOMPARE(applied.count(), 1);

        added.clear();
        store.applyFullList(
            {make(QStringLiteral("b"), InstanceState::Stopping), make(QStringLiteral("c"))});
        QCOMPARE(ids(removed), QStringList{QStringLiteral("a")});
        QCOMPARE(ids(changed), QStringList{QStringLiteral("b")});
        QCOMPARE(ids(added), QStringList{QStringLiteral("c")});
        QCOMPARE(store.instance(QStringLiteral("b"))->state, InstanceState::Stopping);
        QCOMPARE(store.positionOf(QStringLiteral("c")), 1);
        QVERIFY(!store.instance(QStringLiteral("a")));

        // A poll touches only what it names; unknown ids are not added.
        changed.clear();
        added.clear();
        store.applyUpdates(
            {make(QStringLiteral("b"), InstanceState::Stopped), make(QStringLiteral("zz"))});
        QCOMPARE(ids(changed), QStringList{QStringLiteral("b")});
        QCOMPARE(added.count(), 0);
        QVERIFY(!store.instance(QStringLiteral("zz")));

        // The same list again announces nothing.
        applied.clear();
        changed.clear();
        store.applyUpdates({*store.instance(QStringLiteral("b"))});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(applied.count(), 0);

        removed.clear();
        store.remove({QStringLiteral("c")});
        QCOMPARE(ids(removed), QStringList{QStringLiteral("c")});

        store.clear();
        QVERIFY(!store.hasList());
        QCOMPARE(store.size(), 0);
    }

    void theViewModelFollowsEveryWriterInPlace()
    {
        InstanceStore store;
        store.applyFullList({make(QStringLiteral("early"))}); // before the model exists
        InstanceTableModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy totals(&model, &InstanceTableModel::totalsChanged);

        QList<Instance> list;
        for (int k = 0; k < 6; ++k)
            list << make(QStringLiteral("i%1").arg(k));
        store.applyFullList(list); // the poller's full list
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(QStringLiteral("early")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("i5")), 5);

        // The operation owner's re-read of one instance: one row changes.
        changedRows.clear();
        store.applyUpdates({make(QStringLiteral("i3"), InstanceState::Stopping)});
        QCOMPARE(changedRows.count(), 1);
        QCOMPARE(changedRows.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(model.index(3, InstanceTableModel::StateColumn).data().toString(),
                 InstanceTableModel::stateText(InstanceState::Stopping));

        // A release the list no longer has; rows after it move up.
        store.remove({QStringLiteral("i1"), QStringLiteral("i2")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("i3")), 1);
        QCOMPARE(model.index(1, InstanceTableModel::NameColumn).data().toString(),
                 QStringLiteral("name-i3"));
        QCOMPARE(model.instanceAt(1).id, QStringLiteral("i3"));

        store.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasList());
        QCOMPARE(resets.count(), 0);
        QVERIFY(totals.count() >= 3);
    }
    // A saved list shown at start, then CompShare's first answer: each write
    // is one changed() naming every row whose look changes (all of them when
    // the rows become live, as their buttons and Cost now do), read with the
    // new cachedSince() already set, and one dataChanged in the view model,
    // so a sorting proxy re-sorts once, not twice.
    void aSavedListBecomingLiveIsOneSignalPerWrite()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&store, &InstanceStore::changed);
        QSignalSpy cached(&store, &InstanceStore::cachedChanged);
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        QList<bool> cachedWhenChanged;
        connect(&store, &InstanceStore::changed, this,
                [&] { cachedWhenChanged << store.cachedSince().isValid(); });
        // Said before the rows, so the operation owner has decided when they come.
        int rowsBeforeCachedChanged = -1;
        connect(&store, &InstanceStore::cachedChanged, this,
                [&] { rowsBeforeCachedChanged = model.rowCount(); });

        QList<Instance> list;
        for (int k = 0; k < 6; ++k)
            list << make(QStringLiteral("i%1").arg(k));
        const QDateTime savedAt(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
        store.applyCachedList(list, savedAt);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(store.cachedSince(), savedAt);
        QVERIFY(!store.hasList());
        QCOMPARE(cached.count(), 1);
        QCOMPARE(cached.first().at(0).toBool(), true);
        QCOMPARE(rowsBeforeCachedChanged, 0);
        QCOMPARE(changed.count(), 0); // new rows are added already marked: nothing to repaint
        QCOMPARE(rows.count(), 0);

        list[2].state = InstanceState::Stopping; // one row really changed
        store.applyFullList(list);
        QVERIFY(store.hasList());
        QVERIFY(!store.cachedSince().isValid());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ids(changed).size(), 6);
        QCOMPARE(cachedWhenChanged, QList<bool>{false});
        QCOMPARE(cached.count(), 2);
        QCOMPARE(cached.last().at(0).toBool(), false);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rows.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(rows.first().at(1).toModelIndex().row(), 5);

        // Live rows again and again: only real changes are announced.
        changed.clear();
        rows.clear();
        store.applyFullList(list);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(rows.count(), 0);
        QCOMPARE(cached.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInstanceStore)
#include "tst_instancestore.moc"

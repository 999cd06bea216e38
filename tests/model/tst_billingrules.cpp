// SPDX-License-Identifier: MIT
// The billing rules per charge type (burn, stopped cost, stop-dialog text),
// the reclaim countdown and the expiry warning, and the texts built on them.
#include "domain/BillingRules.h"
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"
#include "support/TestInstances.h"
#include "text/BillText.h"
#include "text/CostText.h"
#include "text/StopConsequences.h"

#include <QtTest>

using namespace compshare;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());

Instance make(ChargeType type, InstanceState state, double price = 2.0)
{
    Instance i = test::makeInstance(QStringLiteral("uhost-") + chargeTypeToApi(type),
                                    QStringLiteral("box"), type, price);
    i.state = state;
    i.rawState = stateToApi(state);
    i.imagePrice = 0.18;
    i.powerOffBilling = {{QStringLiteral("Postpay"), true, 0.05},
                         {QStringLiteral("Postpay"), false, 0.02},
                         {QStringLiteral("Month"), false, 30}};
    return i;
}

// train-node-0009's figures.
Instance node0009(ChargeType type, InstanceState state, bool powerOff)
{
    Instance i = test::makeInstance(QStringLiteral("uhost-0009"), QStringLiteral("train-node-0009"),
                                    type, 2.96);
    i.state = state;
    i.rawState = stateToApi(state);
    i.imagePrice = 0.10;
    i.diskPrices = {{QStringLiteral("Postpay"), true, 0.02},
                    {QStringLiteral("Postpay"), false, 0.05}};
    if (powerOff)
        i.powerOffBilling = {{QStringLiteral("Postpay"), true, 0.04}};
    return i;
}

} // namespace

class TestBillingRules final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void costPerChargeType_data()
    {
        QTest::addColumn<ChargeType>("type");
        QTest::addColumn<InstanceState>("state");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("perHour");
        QTest::addColumn<double>("saving");
        QTest::addColumn<QString>("costText");
        using K = CostNow::Kind;
        const auto R = InstanceState::Running;
        const auto S = InstanceState::Stopped;
        QTest::newRow("postpay running")
            << ChargeType::Postpay << R << int(K::Running) << 2.18 << 2.0 << "¥2.18/h";
        QTest::newRow("postpay stopping still pays")
            << ChargeType::Postpay << InstanceState::Stopping << int(K::Running) << 2.18 << 2.0
            << "¥2.18/h";
        // Hourly disks + image; the monthly disk is not an hourly figure.
        QTest::newRow("postpay stopped") << ChargeType::Postpay << S << int(K::StoppedDisks) << 0.25
                                         << 0.0 << "¥0.25/h disks + image";
        QTest::newRow("spot running")
            << ChargeType::Spot << R << int(K::Running) << 2.18 << 0.0 << "¥2.18/h";
        QTest::newRow("spot stopped") << ChargeType::Spot << S << int(K::StoppedSpot) << 0.0 << 0.0
                                      << "not free when stopped";
        for (ChargeType t :
             {ChargeType::Dynamic, ChargeType::Day, ChargeType::Month, ChargeType::Year}) {
            QTest::addRow("%s running", qPrintable(chargeTypeToApi(t)))
                << t << R << int(K::Prepaid) << 0.0 << 0.0 << "prepaid to 17 Jan";
            QTest::addRow("%s stopped", qPrintable(chargeTypeToApi(t)))
                << t << S << int(K::Prepaid) << 0.0 << 0.0 << "prepaid to 17 Jan";
        }
        QTest::newRow("unknown") << ChargeType::Unknown << R << int(K::Unknown) << 0.0 << 0.0
                                 << "—";
        QTest::newRow("unknown state") << ChargeType::Postpay << InstanceState::Unknown
                                       << int(K::Unknown) << 0.0 << 0.0 << "—";
    }
    void costPerChargeType()
    {
        QFETCH(ChargeType, type);
        QFETCH(InstanceState, state);
        QFETCH(int, kind);
        QFETCH(double, perHour);
        QFETCH(double, saving);
        QFETCH(QString, costText);
        Instance i = make(type, state);
        i.expires = QDateTime(QDate(2027, 1, 17), QTime(12, 0), QTimeZone::utc());
        const CostNow c = BillingRules::costNow(i);
        QCOMPARE(int(c.kind), kind);
        QVERIFY2(qFuzzyCompare(1 + c.figure.value, 1 + perHour),
                 qPrintable(QString::number(c.figure.value)));
        QVERIFY(qFuzzyCompare(1 + BillingRules::stopSaving(i).perHour, 1 + saving));
        QCOMPARE(CostText::costNow(i, kNow), costText);
        // Burn: exactly the instances that pay by the hour right now.
        const BurnTotals t = BillingRules::totals({i}, kNow);
        QVERIFY(qFuzzyCompare(1 + t.perHour, 1 + perHour));
        QCOMPARE(t.prepaidCount, kind == int(CostNow::Kind::Prepaid) ? 1 : 0);
    }

    // The bill in parts, with train-node-0009's figures: InstancePrice 2.96,
    // image 0.10, DiskPriceInfo 0.02 + 0.05 by the hour.
    void billInParts_data()
    {
        QTest::addColumn<ChargeType>("type");
        QTest::addColumn<InstanceState>("state");
        QTest::addColumn<bool>("powerOff"); // PostPayPowerOffBillingResource sent (0.04)
        QTest::addColumn<double>("compute");
        QTest::addColumn<double>("disks");
        QTest::addColumn<double>("image");
        QTest::addColumn<double>("perHour");
        QTest::addColumn<double>("saving");
        QTest::addColumn<double>("startAdds");
        const auto R = InstanceState::Running;
        const auto S = InstanceState::Stopped;
        QTest::newRow("postpay running, no power-off list")
            << ChargeType::Postpay << R << false << 2.96 << 0.07 << 0.10 << 3.13 << 2.96 << 0.0;
        QTest::newRow("postpay running, power-off list")
            << ChargeType::Postpay << R << true << 2.96 << 0.07 << 0.10 << 3.13 << 2.96 << 0.0;
        QTest::newRow("postpay stopped, no power-off list: DiskPriceInfo")
            << ChargeType::Postpay << S << false << 0.0 << 0.07 << 0.10 << 0.17 << 0.0 << 2.96;
        QTest::newRow("postpay stopped, power-off list")
            << ChargeType::Postpay << S << true << 0.0 << 0.04 << 0.10 << 0.14 << 0.0 << 2.96;
        QTest::newRow("spot running")
            << ChargeType::Spot << R << false << 2.96 << 0.07 << 0.10 << 3.13 << 0.0 << 0.0;
        QTest::newRow("spot stopped: no figure")
            << ChargeType::Spot << S << false << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 2.96;
        for (ChargeType t :
             {ChargeType::Dynamic, ChargeType::Day, ChargeType::Month, ChargeType::Year}) {
            QTest::addRow("%s running", qPrintable(chargeTypeToApi(t)))
                << t << R << false << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
            QTest::addRow("%s stopped", qPrintable(chargeTypeToApi(t)))
                << t << S << false << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
        }
    }
    void billInParts()
    {
        QFETCH(ChargeType, type);
        QFETCH(InstanceState, state);
        QFETCH(bool, powerOff);
        QFETCH(double, compute);
        QFETCH(double, disks);
        QFETCH(double, image);
        QFETCH(double, perHour);
        QFETCH(double, saving);
        QFETCH(double, startAdds);
        const Instance i = node0009(type, state, powerOff);
        const CostNow c = BillingRules::costNow(i);
        const auto same = [](double a, double b) {
            return qAbs(a - b) < 1e-9;
        };
        QVERIFY2(same(c.bill.compute.knownPerHour, compute),
                 qPrintable(QString::number(c.bill.compute.knownPerHour)));
        QVERIFY2(same(c.bill.disks.knownPerHour, disks),
                 qPrintable(QString::number(c.bill.disks.knownPerHour)));
        QVERIFY(same(c.bill.image.knownPerHour, image));
        QVERIFY2(same(c.figure.value, perHour), qPrintable(QString::number(c.figure.value)));
        QVERIFY(!c.inBurn() || c.figure.isExact());
        QVERIFY(same(BillingRules::stopSaving(i).perHour, saving));
        QVERIFY(same(BillingRules::startAdds(i).value, startAdds));
        // Stopping really lowers the burn by what it says it saves (when the
        // stopped disks are the DiskPriceInfo ones).
        if (saving > 0 && !powerOff) {
            Instance stopped = i;
            stopped.state = InstanceState::Stopped;
            QVERIFY(same(BillingRules::totals({i}, kNow).perHour -
                             BillingRules::totals({stopped}, kNow).perHour,
                         saving));
        }
    }

    void savingSentenceNamesDisksAndImage()
    {
        const Instance i = node0009(ChargeType::Postpay, InstanceState::Running, false);
        QCOMPARE(CostText::stopSaving(i),
                 QStringLiteral("Stopping saves ¥2.96/h; still charged: disks ¥0.07/h, "
                                "image ¥0.10/h."));
        const QString dialog = StopConsequences::billingText(i);
        QVERIFY2(dialog.contains(QStringLiteral("saves ¥2.96/h")), qPrintable(dialog));
        QVERIFY(dialog.contains(QStringLiteral("disks ¥0.07/h")));
        QVERIFY(dialog.contains(QStringLiteral("image ¥0.10/h")));
        // The tooltip lists every part, named.
        const QString tip = CostText::costNowToolTip(i, kNow);
        QVERIFY2(tip.contains(QStringLiteral("Compute ¥2.96/h (the listing's instance price)")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Disks ¥0.07/h (the listing's hourly disk prices)")));
        QVERIFY(tip.contains(QStringLiteral("Image ¥0.10/h")));
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("¥3.13/h"));
        // Without an image, only the disks keep charging (train-node-0007: never "¥0.00/h").
        Instance noImage = i;
        noImage.imagePrice = 0;
        QCOMPARE(CostText::stopSaving(noImage),
                 QStringLiteral("Stopping saves ¥2.96/h; still charged: disks ¥0.07/h."));
        // A batch of two saves the sum of the compute parts: what the burn loses.
        const QList<Instance> two{i, noImage};
        Instance a = i, b = noImage;
        a.state = b.state = InstanceState::Stopped;
        const double fall =
            BillingRules::totals(two, kNow).perHour - BillingRules::totals({a, b}, kNow).perHour;
        QVERIFY(qAbs(BillingRules::stopSavings(two).perHour - 5.92) < 1e-9);
        QVERIFY(qAbs(fall - 5.92) < 1e-9);
    }

    void savingSentenceInEnglishLocale()
    {
        // The list reads as English in an English locale ("and"), C gives commas.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Instance i = node0009(ChargeType::Postpay, InstanceState::Running, false);
        const QString text = CostText::stopSaving(i);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, QStringLiteral("Stopping saves ¥2.96/h; still charged: disks ¥0.07/h and "
                                      "image ¥0.10/h."));
    }

    void monthlyDiskIsAnAmountWithItsPeriod()
    {
        Instance i = node0009(ChargeType::Postpay, InstanceState::Stopped, false);
        i.diskPrices.append({QStringLiteral("Month"), false, 30});
        const CostNow c = BillingRules::costNow(i);
        QVERIFY(qAbs(c.figure.value - 0.17) < 1e-9); // not in the hourly figure
        QVERIFY(c.figure.isExact());
        QCOMPARE(c.bill.periodicDisks.size(), 1);
        QCOMPARE(BillText::periodicAmount(c.bill.periodicDisks.first()),
                 QStringLiteral("¥30.00/month"));
        const QString tip = CostText::costNowToolTip(i, kNow);
        QVERIFY2(tip.contains(QStringLiteral("Disk ¥30.00/month")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("¥30.00/h")));
        i.state = InstanceState::Running;
        QCOMPARE(CostText::stopSaving(i),
                 QStringLiteral("Stopping saves ¥2.96/h; still charged: disks ¥0.07/h, a disk "
                                "¥30.00/month, image ¥0.10/h."));
        // Only the daily one: never "¥0.00/h".
        Instance daily = node0009(ChargeType::Postpay, InstanceState::Running, false);
        daily.imagePrice = 0;
        daily.diskPrices = {{QStringLiteral("Day"), true, 1.2}};
        QCOMPARE(CostText::stopSaving(daily),
                 QStringLiteral("Stopping saves ¥2.96/h; still charged: a disk ¥1.20/day."));
    }

    void burnTotalsAcrossKinds()
    {
        const QList<Instance> all{make(ChargeType::Postpay, InstanceState::Running, 2.0),
                                  make(ChargeType::Postpay, InstanceState::Stopped, 9.0),
                                  make(ChargeType::Spot, InstanceState::Running, 1.0),
                                  make(ChargeType::Spot, InstanceState::Stopped, 1.0),
                                  make(ChargeType::Dynamic, InstanceState::Running, 5.0),
                                  make(ChargeType::Month, InstanceState::Running, 7.0)};
        const BurnTotals t = BillingRules::totals(all, kNow);
        QVERIFY(qFuzzyCompare(t.runningPerHour, 2.18 + 1.18));
        QVERIFY(qFuzzyCompare(t.stoppedPerHour, 0.25));
        QVERIFY(qFuzzyCompare(t.perHour, 3.61));
        QVERIFY(qFuzzyCompare(t.perDay(), 3.61 * 24));
        QCOMPARE(t.runningCount, 2);
        QCOMPARE(t.stoppedCount, 1);
        QCOMPARE(t.prepaidCount, 2);
        QCOMPARE(t.stoppedSpotCount, 1);
        // The stopped spot instance is not free and has no price: the total
        // is a lower bound, and says what it leaves out.
        QCOMPARE(CostText::burn(t),
                 QStringLiteral("Paying at least ¥3.61/h (¥0.25/h for stopped instances)"));
        QCOMPARE(CostText::perDay(t), QStringLiteral("at least ¥86.64/day"));
        QVERIFY2(CostText::leftOut(t).contains(QStringLiteral("stopped spot instance")),
                 qPrintable(CostText::leftOut(t)));
        // Without it, the figures are whole.
        const BurnTotals whole = BillingRules::totals(all.mid(0, 3) + all.mid(4), kNow);
        QCOMPARE(CostText::burn(whole),
                 QStringLiteral("Paying ¥3.61/h (¥0.25/h for stopped instances)"));
        QCOMPARE(CostText::perDay(whole), QStringLiteral("≈ ¥86.64/day"));
        QVERIFY(CostText::leftOut(whole).isEmpty());
        QCOMPARE(CostText::prepaid(t), QStringLiteral("2 prepaid"));
        const QString tip = CostText::burnToolTip(t);
        QVERIFY2(tip.contains(QStringLiteral("¥3.36/h")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("not in the hourly figure")));
        QVERIFY(tip.contains(QStringLiteral("stopped spot")));
    }

    void modelBurnCountsNoPrepaid()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        store.applyFullList({make(ChargeType::Postpay, InstanceState::Running, 2.0),
                             make(ChargeType::Dynamic, InstanceState::Running, 5.0)});
        QVERIFY(qFuzzyCompare(model.burnRatePerHour(), 2.18));
    }

    void stopDialogTextPerChargeType_data()
    {
        QTest::addColumn<ChargeType>("type");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("postpay") << ChargeType::Postpay
                                 << "Stopping saves ¥2.00/h; still charged: disks ¥0.07/h, a "
                                    "disk ¥30.00/month, image ¥0.18/h."
                                 << "saves nothing";
        QTest::newRow("dynamic") << ChargeType::Dynamic << "prepaid by the hour"
                                 << "ends the CPU, GPU and memory charges";
        QTest::newRow("month") << ChargeType::Month << "saves nothing"
                               << "Stopping saves ¥";
        QTest::newRow("spot") << ChargeType::Spot << "no charge while stopped"
                              << "Stopping saves ¥";
    }
    void stopDialogTextPerChargeType()
    {
        QFETCH(ChargeType, type);
        QFETCH(QString, mustContain);
        QFETCH(QString, mustNotContain);
        const QString text = StopConsequences::billingText(make(type, InstanceState::Running, 2.0));
        QVERIFY2(text.contains(mustContain), qPrintable(text));
        QVERIFY2(!text.contains(mustNotContain), qPrintable(text));
        QCOMPARE(BillingRules::stoppingSavesMoney(type), type == ChargeType::Postpay);
    }

    void releaseSavingCountsDataDisksOnlyWhenReleasedToo()
    {
        Instance pay = make(ChargeType::Postpay, InstanceState::Stopped);
        pay.powerOffBilling = {{QStringLiteral("Postpay"), true, 0.05},
                               {QStringLiteral("Postpay"), false, 0.20},
                               {QStringLiteral("Month"), false, 30.0}};
        pay.imagePrice = 0.10;
        const ReleaseSaving kept = BillingRules::releaseSaving(pay, false);
        QCOMPARE(kept.kind, ReleaseSaving::Kind::Hourly);
        QVERIFY(qFuzzyCompare(kept.ends.value, 0.15)); // system disk + image
        QVERIFY(qFuzzyCompare(kept.kept.value, 0.20)); // the hourly data disk stays
        const ReleaseSaving all = BillingRules::releaseSaving(pay, true);
        QVERIFY(qFuzzyCompare(all.ends.value, 0.35)); // never the monthly resource as "/h"
        QCOMPARE(all.kept.value, 0.0);
        QVERIFY(all.ends.isExact());
        // A data disk without a price: what releasing it too ends is "at least".
        Instance gap = pay;
        gap.powerOffBilling[1].price.reset();
        QCOMPARE(BillingRules::releaseSaving(gap, true).ends.certainty,
                 CostFigure::Certainty::AtLeast);
        QVERIFY(qFuzzyCompare(BillingRules::releaseSaving(gap, true).ends.value, 0.15));
        QVERIFY(!BillingRules::releaseSaving(gap, false).kept.hasValue());
        pay.powerOffBilling.clear();
        QCOMPARE(BillingRules::releaseSaving(pay, true).kind, ReleaseSaving::Kind::NoFigure);
        QCOMPARE(
            BillingRules::releaseSaving(make(ChargeType::Month, InstanceState::Stopped), true).kind,
            ReleaseSaving::Kind::Prepaid);
        QCOMPARE(
            BillingRules::releaseSaving(make(ChargeType::Spot, InstanceState::Stopped), true).kind,
            ReleaseSaving::Kind::NoFigure);
        QCOMPARE(
            BillingRules::releaseSaving(make(ChargeType::Unknown, InstanceState::Stopped), true)
                .kind,
            ReleaseSaving::Kind::Unknown);
    }

    void reclaimCountdown()
    {
        Instance i = make(ChargeType::Postpay, InstanceState::Stopped);
        i.stopped = kNow.addSecs(-2 * 86400);
        i.releaseTime = kNow.addSecs(4 * 86400 + 21 * 3600 + 600);
        QCOMPARE(CostText::reclaim(i, kNow),
                 QStringLiteral("Stopped 2 d 0 h · reclaimed in 4 d 21 h"));
        QVERIFY(!BillingRules::reclaimDeadline(i).estimated);
        QVERIFY(!BillingRules::reclaimSoon(i, kNow));
        // Without ReleaseTime: 12:00 China time on the 7th day after the stop
        // date, marked as an estimate. Stopped 13 Jan 16:00 CST -> 20 Jan 12:00 CST.
        i.releaseTime = {};
        const QTimeZone china(8 * 3600);
        QCOMPARE(BillingRules::reclaimDeadline(i).at,
                 QDateTime(QDate(2027, 1, 20), QTime(12, 0), china));
        QVERIFY(BillingRules::reclaimDeadline(i).at < i.stopped.addDays(7)); // not stop + 168 h
        QCOMPARE(CostText::reclaim(i, kNow),
                 QStringLiteral("Stopped 2 d 0 h · reclaimed in 4 d 20 h (estimate)"));
        QVERIFY(CostText::costNowToolTip(i, kNow).contains(QStringLiteral("at the earliest")));
        // Any time of the stop day gives the same moment: 00:05 and 23:55 CST.
        QCOMPARE(BillingRules::reclaimAfterStop(QDateTime(QDate(2027, 1, 13), QTime(0, 5), china)),
                 QDateTime(QDate(2027, 1, 20), QTime(12, 0), china));
        QCOMPARE(
            BillingRules::reclaimAfterStop(QDateTime(QDate(2027, 1, 13), QTime(23, 55), china)),
            QDateTime(QDate(2027, 1, 20), QTime(12, 0), china));
        // Under 24 hours: the warning. Stopped 9 Jan 15:00 CST -> 16 Jan 12:00 CST.
        i.stopped = kNow.addSecs(-(6 * 86400 + 3600));
        QVERIFY(BillingRules::reclaimSoon(i, kNow));
        QCOMPARE(CostText::reclaim(i, kNow),
                 QStringLiteral("Stopped 6 d 1 h · reclaimed in 20 h 0 min (estimate)"));
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([] { return kNow; });
        store.applyFullList({i});
        QVERIFY(model.index(0, 0).data(InstanceTableModel::CostWarningRole).toBool());
        const QString cell = model.index(0, InstanceTableModel::CostNowColumn).data().toString();
        QCOMPARE(cell,
                 QStringLiteral("¥0.25/h disks + image · reclaimed in 20 h 0 min (estimate)"));
        // Neither time: no countdown is invented.
        i.stopped = {};
        QVERIFY(!BillingRules::reclaimDeadline(i).isValid());
        QVERIFY(CostText::reclaim(i, kNow).isEmpty());
        // Only pay as you go is reclaimed after 7 days stopped.
        Instance spot = make(ChargeType::Spot, InstanceState::Stopped);
        spot.stopped = kNow.addSecs(-86400);
        QVERIFY(!BillingRules::reclaimDeadline(spot).isValid());
    }

    void spotDataCountdown()
    {
        // A reclaimed spot instance's data is kept 7 days from its StopTime.
        Instance spot = make(ChargeType::Spot, InstanceState::Stopped);
        spot.stopped = kNow.addSecs(-86400);
        QCOMPARE(BillingRules::spotDataKeptUntil(spot), spot.stopped.addDays(7));
        QCOMPARE(CostText::spotDataShort(spot, kNow), QStringLiteral("data kept 6 d 0 h"));
        QVERIFY(CostText::costNowToolTip(spot, kNow).contains(QStringLiteral("for 7 days: until")));
        // The stop dialog says the same number of days.
        QVERIFY(StopConsequences::billingText(ChargeType::Spot)
                    .contains(QStringLiteral("its data is kept for 7 days")));
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([] { return kNow; });
        store.applyFullList({spot});
        const QModelIndex cell = model.index(0, InstanceTableModel::CostNowColumn);
        QCOMPARE(cell.data().toString(),
                 QStringLiteral("not free when stopped · data kept 6 d 0 h"));
        QVERIFY(!cell.data(InstanceTableModel::CostWarningRole).toBool());
        // Under a day left: red.
        spot.stopped = kNow.addSecs(-(6 * 86400 + 3600));
        store.applyFullList({spot});
        QCOMPARE(model.index(0, InstanceTableModel::CostNowColumn).data().toString(),
                 QStringLiteral("not free when stopped · data kept 23 h 0 min"));
        QVERIFY(model.index(0, InstanceTableModel::CostNowColumn)
                    .data(InstanceTableModel::CostWarningRole)
                    .toBool());
        // Running, or without StopTime: no countdown.
        spot.stopped = {};
        QVERIFY(CostText::spotDataShort(spot, kNow).isEmpty());
    }

    void expiryWarning()
    {
        Instance i = make(ChargeType::Month, InstanceState::Running);
        i.expires = kNow.addSecs(2 * 86400);
        i.autoRenewKnown = true;
        i.autoRenew = false;
        QVERIFY(BillingRules::expiryWarning(i, kNow));
        QVERIFY(CostText::expiry(i, kNow).contains(QStringLiteral("expires in 2 d 0 h")));
        i.autoRenew = true;
        QVERIFY(!BillingRules::expiryWarning(i, kNow));
        i.autoRenew = false;
        i.expires = kNow.addSecs(4 * 86400);
        QVERIFY(!BillingRules::expiryWarning(i, kNow));
        i.autoRenewKnown = false; // missing AutoRenew: no claim
        i.expires = kNow.addSecs(3600);
        QVERIFY(!BillingRules::expiryWarning(i, kNow));
        QCOMPARE(BillingRules::totals({i}, kNow).prepaidExpiring, 0);
    }

    void expiredPrepaid()
    {
        // A monthly instance whose ExpireTime was 73 days ago, AutoRenew not sent.
        Instance i = make(ChargeType::Month, InstanceState::Running);
        i.expires = kNow.addDays(-73); // 3 Nov 2026; now is 15 Jan 2027
        QVERIFY(BillingRules::isExpired(i, kNow));
        QVERIFY(BillingRules::expiryWarning(i, kNow)); // whatever AutoRenew says
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("expired 3 Nov 2026"));
        QCOMPARE(CostText::expiresField(i, kNow), QStringLiteral("expired 3 Nov 2026"));
        QCOMPARE(CostText::autoRenewField(i), QStringLiteral("unknown"));
        QVERIFY(CostText::expiry(i, kNow).contains(QStringLiteral("auto-renew unknown")));
        const BurnTotals t =
            BillingRules::totals({i, make(ChargeType::Day, InstanceState::Running)}, kNow);
        QCOMPARE(t.prepaidExpired, 1);
        QCOMPARE(CostText::prepaid(t), QStringLiteral("2 prepaid (1 expired)"));
        QVERIFY(CostText::burnToolTip(t).contains(QStringLiteral("1 prepaid instance(s) expired")));
        // In the table: red (the warning role), the year shown.
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([] { return kNow; });
        store.applyFullList({i});
        const QModelIndex cell = model.index(0, InstanceTableModel::CostNowColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("expired 3 Nov 2026"));
        QVERIFY(cell.data(InstanceTableModel::CostWarningRole).toBool());
        // This year's date has no year; IsExpire "Yes" is honoured before the date.
        i.expires = kNow.addDays(2);
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("prepaid to 17 Jan"));
        i.isExpired = true;
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("expired 17 Jan"));
        // AutoRenew known: Yes / No.
        i.autoRenewKnown = true;
        i.autoRenew = true;
        QCOMPARE(CostText::autoRenewField(i), QStringLiteral("Yes"));
    }

    void expiryOnlyOnPrepaidRows()
    {
        for (ChargeType t : {ChargeType::Postpay, ChargeType::Spot, ChargeType::Unknown}) {
            Instance i = make(t, InstanceState::Running);
            i.expires = kNow.addDays(-10); // the API sends an ExpireTime for these too
            i.isExpired = true;
            QVERIFY(!BillingRules::isExpired(i, kNow));
            QCOMPARE(CostText::expiresField(i, kNow), QStringLiteral("—"));
            QCOMPARE(CostText::autoRenewField(i), QStringLiteral("—"));
            QVERIFY(CostText::expiry(i, kNow).isEmpty());
        }
    }

    void gpuUseIsLiveOrNothing()
    {
        // The last MonitorMessages of a stopped or stopping instance are not its use now.
        for (InstanceState state :
             {InstanceState::Stopped, InstanceState::Stopping, InstanceState::Starting}) {
            Instance i = make(ChargeType::Postpay, state);
            i.monitor.present = true;
            i.monitor.gpus = {{QStringLiteral("0"), 87, 40}};
            QCOMPARE(CostText::gpuUtil(i), QStringLiteral("—"));
            QCOMPARE(CostText::gpuAverage(i), -1.0);
            QVERIFY(CostText::gpuUtilToolTip(i).contains(QStringLiteral("no idleness")));
            InstanceStore store;
            InstanceTableModel model(&store);
            store.applyFullList({i});
            const QModelIndex gpu = model.index(0, InstanceTableModel::GpuUtilColumn);
            QCOMPARE(gpu.data().toString(), QStringLiteral("—"));
            QVERIFY(gpu.data(InstanceTableModel::IdleTextRole).toString().isEmpty());
            // Running again: the reading is live.
            i.state = InstanceState::Running;
            QCOMPARE(CostText::gpuUtil(i), QStringLiteral("87 %"));
        }
    }

    void uptimeAndCostSoFar()
    {
        Instance i = make(ChargeType::Postpay, InstanceState::Running, 2.0);
        i.started = kNow.addSecs(-(3 * 3600 + 12 * 60));
        QCOMPARE(CostText::uptime(i, kNow), QStringLiteral("Up 3 h 12 min · ¥6.98 so far"));
        QVERIFY(CostText::costNowToolTip(i, kNow).contains(QStringLiteral("¥6.98 so far")));
        i.started = {};
        QVERIFY(CostText::uptime(i, kNow).isEmpty());
        Instance prepaid = make(ChargeType::Month, InstanceState::Running);
        prepaid.started = kNow.addSecs(-3600);
        QVERIFY(CostText::uptime(prepaid, kNow).isEmpty());
    }

    void gpuTextsAndIdleNotification()
    {
        Instance i = make(ChargeType::Postpay, InstanceState::Running, 2.0);
        i.name = QStringLiteral("llama3-finetune");
        QCOMPARE(CostText::gpuUtil(i), QStringLiteral("—"));
        i.monitor.present = true;
        i.monitor.gpus = {{QStringLiteral("0"), 10, 5}, {QStringLiteral("1"), 30, 5}};
        QCOMPARE(CostText::gpuUtil(i), QStringLiteral("20 %"));
        QVERIFY(CostText::gpuUtilToolTip(i).contains(QStringLiteral("maximum 30 %")));
        QCOMPARE(CostText::idleNotification(i, kNow.addSecs(-1800), kNow),
                 QStringLiteral("llama3-finetune: GPU idle 30 min, ¥2.18/h — Stop…"));
        QCOMPARE(CostText::idleBadge(kNow.addSecs(-45 * 60), kNow), QStringLiteral("Idle 45 min"));
        QVERIFY(qFuzzyCompare(
            BillingRules::stopSavings({i, make(ChargeType::Month, InstanceState::Running)}).perHour,
            2.0));
    }
};

QTEST_GUILESS_MAIN(TestBillingRules)
#include "tst_billingrules.moc"

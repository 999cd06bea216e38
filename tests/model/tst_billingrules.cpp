// SPDX-License-Identifier: MIT
// The billing rules per charge type (burn, stopped cost, stop-dialog text),
// the reclaim countdown and the expiry warning, and the texts built on them.
#include "billing/BillingRules.h"
#include "billing/CostText.h"
#include "model/InstanceTableModel.h"
#include "stop/StopConsequences.h"
#include "support/TestInstances.h"

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
        QVERIFY2(qFuzzyCompare(1 + c.perHour, 1 + perHour), qPrintable(QString::number(c.perHour)));
        QVERIFY(qFuzzyCompare(1 + BillingRules::stopSavingPerHour(i), 1 + saving));
        QCOMPARE(CostText::costNow(i), costText);
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
        QVERIFY2(same(c.bill.computePerHour, compute),
                 qPrintable(QString::number(c.bill.computePerHour)));
        QVERIFY2(same(c.bill.disksPerHour, disks),
                 qPrintable(QString::number(c.bill.disksPerHour)));
        QVERIFY(same(c.bill.imagePerHour, image));
        QVERIFY2(same(c.perHour, perHour), qPrintable(QString::number(c.perHour)));
        QVERIFY(same(BillingRules::stopSavingPerHour(i), saving));
        QVERIFY(same(BillingRules::startAddsPerHour(i), startAdds));
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
        QVERIFY2(tip.contains(QStringLiteral("Instance ¥2.96/h (InstancePrice)")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Disks ¥0.07/h (DiskPriceInfo)")));
        QVERIFY(tip.contains(QStringLiteral("Image ¥0.10/h")));
        QCOMPARE(CostText::costNow(i), QStringLiteral("¥3.13/h"));
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
        QVERIFY(qAbs(BillingRules::idleSavingPerHour(two) - 5.92) < 1e-9);
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
        QVERIFY(qAbs(c.perHour - 0.17) < 1e-9); // not in the hourly figure
        QCOMPARE(c.bill.periodicDisks.size(), 1);
        QCOMPARE(CostText::periodicAmount(c.bill.periodicDisks.first()),
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
        QCOMPARE(CostText::burn(t),
                 QStringLiteral("Paying ¥3.61/h (¥0.25/h for stopped instances)"));
        QCOMPARE(CostText::perDay(t), QStringLiteral("≈ ¥86.64/day"));
        QCOMPARE(CostText::prepaid(t), QStringLiteral("2 prepaid"));
        const QString tip = CostText::burnToolTip(t);
        QVERIFY2(tip.contains(QStringLiteral("¥3.36/h")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("not in the hourly figure")));
        QVERIFY(tip.contains(QStringLiteral("stopped spot")));
    }

    void modelBurnCountsNoPrepaid()
    {
        InstanceTableModel model;
        model.applyRefresh({make(ChargeType::Postpay, InstanceState::Running, 2.0),
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

    void reclaimCountdown()
    {
        Instance i = make(ChargeType::Postpay, InstanceState::Stopped);
        i.stopped = kNow.addSecs(-2 * 86400);
        i.releaseTime = kNow.addSecs(4 * 86400 + 21 * 3600 + 600);
        QCOMPARE(CostText::reclaim(i, kNow),
                 QStringLiteral("Stopped 2 d 0 h · reclaimed in 4 d 21 h"));
        QVERIFY(!BillingRules::reclaimDeadline(i).estimated);
        QVERIFY(!BillingRules::reclaimSoon(i, kNow));
        // Without ReleaseTime: StopTime + 7 days, marked as an estimate.
        i.releaseTime = {};
        QCOMPARE(BillingRules::reclaimDeadline(i).at, i.stopped.addDays(7));
        QCOMPARE(CostText::reclaim(i, kNow),
                 QStringLiteral("Stopped 2 d 0 h · reclaimed in 5 d 0 h (estimate)"));
        // Under 24 hours: the warning.
        i.stopped = kNow.addSecs(-(6 * 86400 + 3600));
        QVERIFY(BillingRules::reclaimSoon(i, kNow));
        QCOMPARE(CostText::reclaim(i, kNow),
                 QStringLiteral("Stopped 6 d 1 h · reclaimed in 23 h 0 min (estimate)"));
        InstanceTableModel model;
        model.setClock([] { return kNow; });
        model.applyRefresh({i});
        QVERIFY(model.index(0, 0).data(InstanceTableModel::CostWarningRole).toBool());
        const QString cell = model.index(0, InstanceTableModel::CostNowColumn).data().toString();
        QCOMPARE(cell,
                 QStringLiteral("¥0.25/h disks + image · Stopped 6 d 1 h · reclaimed in 23 h 0 "
                                "min (estimate)"));
        // Neither time: no countdown is invented.
        i.stopped = {};
        QVERIFY(!BillingRules::reclaimDeadline(i).isValid());
        QVERIFY(CostText::reclaim(i, kNow).isEmpty());
        // Only pay as you go is reclaimed after 7 days stopped.
        Instance spot = make(ChargeType::Spot, InstanceState::Stopped);
        spot.stopped = kNow.addSecs(-86400);
        QVERIFY(!BillingRules::reclaimDeadline(spot).isValid());
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
            BillingRules::idleSavingPerHour({i, make(ChargeType::Month, InstanceState::Running)}),
            2.0));
    }
};

QTEST_GUILESS_MAIN(TestBillingRules)
#include "tst_billingrules.moc"

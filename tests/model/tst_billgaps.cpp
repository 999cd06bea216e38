// SPDX-License-Identifier: MIT
// Unknown is a value, for money (issue 32), in the rules and their words: a
// price not given is never 0, a bill with a part missing is "at least" or no
// figure with the part named, totals count what they leave out, spot disks
// are hourly, a prepaid price carries its period, and what a batch stop
// saves is never a ¥0.00 passed off as known. The same cases run end to end
// against the simulator in tests/gui/tst_unknownprices.
#include "domain/BillingRules.h"
#include "support/TestInstances.h"
#include "text/BillText.h"
#include "text/CostText.h"
#include "text/InstanceText.h"
#include "text/StopConsequences.h"
#include "wire/InstanceParser.h"

#include <QJsonArray>
#include <QtTest>

using namespace compshare;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());

bool same(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

// The official CLI's `instance show` fixture, stopped: InstancePrice 1.25,
// image 0.1, DiskPriceInfo [{"Price":0.05}], PostPayPowerOffBillingResource
// [{"Type":"Disk"}] (no Price), read by the parser as a listing is.
Instance cliFixture(const QString &state)
{
    const QJsonObject record{
        {QStringLiteral("UHostId"), QStringLiteral("uhost-1")},
        {QStringLiteral("Zone"), QStringLiteral("cn-sh2-02")},
        {QStringLiteral("State"), state},
        {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
        {QStringLiteral("InstancePrice"), 1.25},
        {QStringLiteral("CompShareImagePrice"), 0.1},
        {QStringLiteral("DiskPriceInfo"), QJsonArray{QJsonObject{{QStringLiteral("Price"), 0.05}}}},
        {QStringLiteral("PostPayPowerOffBillingResource"),
         QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("Disk")}}}},
        {QStringLiteral("CompShareImageStatus"), QStringLiteral("Available")}};
    Instance i;
    if (!InstanceParser::parseRecord(record, &i))
        qFatal("record refused");
    return i;
}

Instance running(const QString &id, ChargeType type, double price)
{
    return test::makeInstance(id, id, type, price);
}
} // namespace

class TestBillGaps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aDiskWithoutPriceIsAtLeastNeverZero()
    {
        const Instance i = cliFixture(QStringLiteral("Stopped"));
        const CostNow c = BillingRules::costNow(i);
        QCOMPARE(c.kind, CostNow::Kind::StoppedDisks);
        QCOMPARE(c.figure.certainty, CostFigure::Certainty::AtLeast);
        QVERIFY(same(c.figure.value, 0.10));
        QCOMPARE(c.bill.disks.missing, 1);
        // Not "¥0.00/h disks", not "¥0.10/h disks + image".
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("at least ¥0.10/h"));
        const QString tip = CostText::costNowToolTip(i, kNow);
        QVERIFY2(tip.contains(QStringLiteral("Disks: 1 disk price(s) not given")) ||
                     tip.contains(QStringLiteral("Disks: 1 disk price not given")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Image ¥0.10/h")));
        QVERIFY(!tip.contains(QStringLiteral("¥0.00")));

        // Not added to Paying as 0: its known part, and the total says "at least".
        const BurnTotals t = BillingRules::totals({i}, kNow);
        QCOMPARE(t.stoppedCount, 1);
        QCOMPARE(t.partialCount, 1);
        QVERIFY(same(t.perHour, 0.10));
        QCOMPARE(t.figure().certainty, CostFigure::Certainty::AtLeast);
        QCOMPARE(
            CostText::burn(t),
            QStringLiteral("Paying at least ¥0.10/h (at least ¥0.10/h for stopped instances)"));
        QVERIFY(CostText::leftOut(t).contains(QStringLiteral("counted in part")));

        // Running, the same record: its DiskPriceInfo gives the disk, exact.
        const Instance run = cliFixture(QStringLiteral("Running"));
        QCOMPARE(CostText::costNow(run, kNow), QStringLiteral("¥1.40/h"));
        // What a stop keeps costing names the disk as not given.
        QCOMPARE(CostText::stopSaving(run),
                 QStringLiteral("Stopping saves ¥1.25/h; still charged: disks (price not given) "
                                "and image ¥0.10/h."));

        // With the image price missing too nothing is known: no figure, and
        // the total leaves it out and says so.
        Instance none = i;
        none.imagePrice.reset();
        QCOMPARE(CostText::costNow(none, kNow), QStringLiteral("—"));
        const BurnTotals t2 = BillingRules::totals({none, run}, kNow);
        QCOMPARE(t2.noPriceCount, 1);
        QCOMPARE(t2.runningCount, 1);
        QVERIFY(same(t2.perHour, 1.40));
        QCOMPARE(CostText::burn(t2), QStringLiteral("Paying at least ¥1.40/h"));
        QVERIFY(CostText::leftOut(t2).contains(QStringLiteral("without a price, not counted")));
    }

    void aNegativeOrAbsurdPriceIsUnknownAndLowersNothing()
    {
        const Instance good = running(QStringLiteral("good"), ChargeType::Postpay, 2.0);
        for (const QJsonValue &bad : {QJsonValue(-2.18), QJsonValue(1e12)}) {
            Instance i;
            QVERIFY(InstanceParser::parseRecord(
                QJsonObject{{QStringLiteral("UHostId"), QStringLiteral("uhost-bad")},
                            {QStringLiteral("State"), QStringLiteral("Running")},
                            {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
                            {QStringLiteral("InstancePrice"), bad},
                            {QStringLiteral("CompShareImagePrice"), -1},
                            {QStringLiteral("DiskPriceInfo"),
                             QJsonArray{QJsonObject{{QStringLiteral("Price"), -0.5}}}}},
                &i));
            QVERIFY(!i.instancePrice);
            QVERIFY(!i.imagePrice);
            QVERIFY(!i.diskPrices.at(0).price);
            QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("—"));
            const BurnTotals t = BillingRules::totals({good, i}, kNow);
            QVERIFY(same(t.perHour, 2.0)); // never 2.0 - 2.18
            QCOMPARE(t.noPriceCount, 1);
            QCOMPARE(BillingRules::stopSaving(i).kind, StopSaving::Kind::NoPrice);
        }
    }

    // A spot instance's records give ¥1.60 compute + ¥0.14 in "Spot" disks:
    // the burn, Cost now and "so far" include the disks.
    void spotDisksAreInTheBurn()
    {
        Instance i = running(QStringLiteral("spot"), ChargeType::Spot, 1.6);
        i.diskPrices = {{QStringLiteral("Spot"), true, 0.05},
                        {QStringLiteral("Spot"), false, 0.09}};
        QVERIFY(BillingRules::resourceIsHourly(i.diskPrices.first()));
        const CostNow c = BillingRules::costNow(i);
        QVERIFY(c.figure.isExact());
        QVERIFY(same(c.figure.value, 1.74));
        QVERIFY(c.bill.periodicDisks.isEmpty());
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("¥1.74/h"));
        QVERIFY(same(BillingRules::totals({i}, kNow).runningPerHour, 1.74));
        i.started = kNow.addSecs(-2 * 3600);
        QVERIFY(same(BillingRules::costSinceStart(i, kNow).value, 3.48));
        QCOMPARE(CostText::uptime(i, kNow), QStringLiteral("Up 2 h 0 min · ¥3.48 so far"));
    }

    void aPrepaidPriceCarriesItsPeriod_data()
    {
        QTest::addColumn<ChargeType>("type");
        QTest::addColumn<double>("price");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Month") << ChargeType::Month << 1068.0 << "¥1,068.00/month";
        QTest::newRow("Year") << ChargeType::Year << 11280.0 << "¥11,280.00/year";
        QTest::newRow("Day") << ChargeType::Day << 48.0 << "¥48.00/day";
        QTest::newRow("Dynamic") << ChargeType::Dynamic << 2.3 << "¥2.30/h";
        QTest::newRow("Postpay") << ChargeType::Postpay << 2.18 << "¥2.18/h";
        QTest::newRow("Spot") << ChargeType::Spot << 1.6 << "¥1.60/h";
        QTest::newRow("unknown") << ChargeType::Unknown << 2.18 << "¥2.18 (period not known)";
    }
    void aPrepaidPriceCarriesItsPeriod()
    {
        QFETCH(ChargeType, type);
        QFETCH(double, price);
        QFETCH(QString, shown);
        Instance i = running(QStringLiteral("p"), type, price);
        i.name = QStringLiteral("box");
        QCOMPARE(InstanceText::instancePrice(i), shown);
        QVERIFY(StopConsequences::summary(i).endsWith(shown));
        if (BillingRules::kind(type) == BillingKind::Prepaid) {
            const QString tip = CostText::costNowToolTip(i, kNow);
            QVERIFY2(tip.contains(QStringLiteral("Instance price ") + shown), qPrintable(tip));
        }
    }

    // Two spot instances and an hourly prepaid one: no "saves ¥0.00/h".
    void batchSavingForSpotAndHourlyPrepaid()
    {
        const Instance spot1 = running(QStringLiteral("s1"), ChargeType::Spot, 1.6);
        const Instance spot2 = running(QStringLiteral("s2"), ChargeType::Spot, 1.9);
        const Instance hourly = running(QStringLiteral("d"), ChargeType::Dynamic, 2.3);
        const SavingTotal t = BillingRules::stopSavings({spot1, spot2, hourly});
        QCOMPARE(t.spot, 2);
        QCOMPARE(t.prepaid, 1);
        QVERIFY(!t.figure().hasValue());
        const QString text = StopConsequences::savingText(t);
        QVERIFY2(text.startsWith(QStringLiteral("What stopping them saves is not known.")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("no figure for 2 spot")));
        QVERIFY(!text.contains(QStringLiteral("¥")));
        // A pay-as-you-go one among them: at least its compute part.
        const Instance pay = running(QStringLiteral("p"), ChargeType::Postpay, 2.96);
        const QString more =
            StopConsequences::savingText(BillingRules::stopSavings({spot1, spot2, hourly, pay}));
        QVERIFY2(more.startsWith(QStringLiteral("Stopping them saves at least ¥2.96/h.")),
                 qPrintable(more));
        // Only known ones: exact; prepaid alone: a known nothing.
        QCOMPARE(StopConsequences::savingText(BillingRules::stopSavings({pay})),
                 QStringLiteral("Stopping them saves ¥2.96/h."));
        QCOMPARE(StopConsequences::savingText(BillingRules::stopSavings({hourly})),
                 QStringLiteral("Stopping them saves nothing: prepaid instances are paid in "
                                "advance."));
        // The saving rule and the burn agree: stopping the pay-as-you-go
        // one lowers the burn by its compute part; stopping the spot ones
        // leaves the total "at least", never a ¥0.00 fall passed off as known.
        Instance spotStopped = spot1;
        spotStopped.state = InstanceState::Stopped;
        const BurnTotals after = BillingRules::totals({spotStopped}, kNow);
        QCOMPARE(after.stoppedSpotCount, 1);
        QVERIFY(!after.figure().hasValue());
        QCOMPARE(CostText::burn(after), QStringLiteral("Paying —"));
    }

    void anImageStatusSeenForAUsableImageIsKnown()
    {
        for (const char *status : {"", "Normal", "Available", "available", " Available "})
            QVERIFY2(isKnownImageStatus(QString::fromLatin1(status)), status);
        for (const char *status : {"Making", "Creating", "xePQZDOs"})
            QVERIFY2(!isKnownImageStatus(QString::fromLatin1(status)), status);
        QVERIFY(!cliFixture(QStringLiteral("Running")).hasUnknownImageStatus());
    }
};

QTEST_GUILESS_MAIN(TestBillGaps)
#include "tst_billgaps.moc"

// SPDX-License-Identifier: MIT
// The cost, time and utilisation fields of an instance record (issue 14),
// read as defensively as the rest: strings or numbers, missing, wrong types.
#include "wire/InstanceParser.h"

#include <QJsonArray>
#include <QtTest>

using namespace compshare;

namespace {

QJsonObject priced(const QJsonValue &type, const QJsonValue &isBoot, const QJsonValue &price)
{
    return QJsonObject{{QStringLiteral("ChargeType"), type},
                       {QStringLiteral("IsBoot"), isBoot},
                       {QStringLiteral("Price"), price}};
}

Instance parse(const QJsonObject &fields)
{
    QJsonObject r{{QStringLiteral("UHostId"), QStringLiteral("uhost-1")},
                  {QStringLiteral("State"), QStringLiteral("Stopped")},
                  {QStringLiteral("ChargeType"), QStringLiteral("Postpay")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.insert(it.key(), it.value());
    Instance i;
    if (!InstanceParser::parseRecord(r, &i))
        qFatal("record refused");
    return i;
}

} // namespace

class TestInstanceCostFields final : public QObject
{
    Q_OBJECT

private slots:
    void timesAsNumbersOrStrings()
    {
        const Instance i = parse({{QStringLiteral("StartTime"), 1700000000},
                                  {QStringLiteral("StopTime"), QStringLiteral("1700003600")},
                                  {QStringLiteral("UpdateTime"), 1700003601.0},
                                  {QStringLiteral("ReleaseTime"), QStringLiteral("1700608400")}});
        QCOMPARE(i.started.toSecsSinceEpoch(), 1700000000);
        QCOMPARE(i.stopped.toSecsSinceEpoch(), 1700003600);
        QCOMPARE(i.updated.toSecsSinceEpoch(), 1700003601);
        QCOMPARE(i.releaseTime.toSecsSinceEpoch(), 1700608400);
    }

    void timesMissingOrOdd()
    {
        const Instance i = parse({{QStringLiteral("StartTime"), QStringLiteral("soon")},
                                  {QStringLiteral("StopTime"), QJsonArray{1}},
                                  {QStringLiteral("ReleaseTime"), 0}});
        QVERIFY(!i.started.isValid());
        QVERIFY(!i.stopped.isValid());
        QVERIFY(!i.updated.isValid());
        QVERIFY(!i.releaseTime.isValid());
    }

    void scheduledStopBothNames()
    {
        QCOMPARE(parse({{QStringLiteral("StopSchedulerTime"), 1800000000}})
                     .scheduledStop.toSecsSinceEpoch(),
                 1800000000);
        QCOMPARE(parse({{QStringLiteral("SchedulerStopTime"), QStringLiteral("1800000300")}})
                     .scheduledStop.toSecsSinceEpoch(),
                 1800000300);
        // 0 means none, under either name.
        QVERIFY(!parse({{QStringLiteral("StopSchedulerTime"), 0}}).scheduledStop.isValid());
        QVERIFY(!parse({{QStringLiteral("SchedulerStopTime"), QStringLiteral("0")}})
                     .scheduledStop.isValid());
        QVERIFY(!parse({}).scheduledStop.isValid());
        // Both sent: the CLI's name wins, its 0 (none) too.
        QCOMPARE(parse({{QStringLiteral("StopSchedulerTime"), 1800000000},
                        {QStringLiteral("SchedulerStopTime"), 1800000600}})
                     .scheduledStop.toSecsSinceEpoch(),
                 1800000600);
        QVERIFY(!parse({{QStringLiteral("StopSchedulerTime"), 1800000000},
                        {QStringLiteral("SchedulerStopTime"), 0}})
                     .scheduledStop.isValid());
    }

    void pricedResources()
    {
        const Instance i =
            parse({{QStringLiteral("PostPayPowerOffBillingResource"),
                    QJsonArray{priced(QStringLiteral("Postpay"), true, 0.05),
                               priced(QStringLiteral("Postpay"), QStringLiteral("false"),
                                      QStringLiteral("0.02")),
                               QStringLiteral("not an object"),
                               priced(QJsonValue(), QJsonValue(), QStringLiteral("n/a"))}},
                   {QStringLiteral("DiskPriceInfo"),
                    QJsonArray{priced(QStringLiteral("Dynamic"), QStringLiteral("true"), 3)}},
                   {QStringLiteral("CompShareImagePrice"), QStringLiteral("0.5")}});
        QCOMPARE(i.powerOffBilling.size(), 3);
        QCOMPARE(i.powerOffBilling.at(0).chargeType, QStringLiteral("Postpay"));
        QVERIFY(i.powerOffBilling.at(0).isBoot);
        QCOMPARE(i.powerOffBilling.at(0).price, std::optional<double>(0.05));
        QVERIFY(!i.powerOffBilling.at(1).isBoot);
        QCOMPARE(i.powerOffBilling.at(1).price, std::optional<double>(0.02));
        QVERIFY(!i.powerOffBilling.at(2).price); // "n/a": not given, never 0
        QCOMPARE(i.diskPrices.size(), 1);
        QCOMPARE(i.diskPrices.at(0).price, std::optional<double>(3.0));
        QCOMPARE(i.imagePrice, std::optional<double>(0.5));
    }

    void pricedResourcesNotAList()
    {
        const Instance i =
            parse({{QStringLiteral("PostPayPowerOffBillingResource"), QStringLiteral("0.05")},
                   {QStringLiteral("DiskPriceInfo"), QJsonObject{}},
                   {QStringLiteral("CompShareImagePrice"), QJsonArray{}}});
        QVERIFY(i.powerOffBilling.isEmpty());
        QVERIFY(i.diskPrices.isEmpty());
        QVERIFY(!i.imagePrice);
    }

    // Unknown is a value: a price that is missing, unreadable, negative or
    // absurd is not given, never 0, and never lowers a figure.
    void pricesNotGivenAreUnknown_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("known");
        QTest::addColumn<double>("price");
        QTest::newRow("number") << QJsonValue(2.18) << true << 2.18;
        QTest::newRow("text") << QJsonValue(QStringLiteral("2.18")) << true << 2.18;
        QTest::newRow("zero") << QJsonValue(0) << true << 0.0;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << 0.0;
        QTest::newRow("null") << QJsonValue() << false << 0.0;
        QTest::newRow("empty text") << QJsonValue(QStringLiteral("")) << false << 0.0;
        QTest::newRow("negative") << QJsonValue(-2.18) << false << 0.0;
        QTest::newRow("negative text") << QJsonValue(QStringLiteral("-0.5")) << false << 0.0;
        QTest::newRow("absurd") << QJsonValue(1e12) << false << 0.0;
        QTest::newRow("bool") << QJsonValue(true) << false << 0.0;
    }
    void pricesNotGivenAreUnknown()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, known);
        QFETCH(double, price);
        QJsonObject disk{{QStringLiteral("ChargeType"), QStringLiteral("Postpay")}};
        QJsonObject fields;
        if (!value.isUndefined()) {
            disk.insert(QStringLiteral("Price"), value);
            fields.insert(QStringLiteral("InstancePrice"), value);
            fields.insert(QStringLiteral("CompShareImagePrice"), value);
        }
        fields.insert(QStringLiteral("DiskPriceInfo"), QJsonArray{disk});
        fields.insert(QStringLiteral("PostPayPowerOffBillingResource"), QJsonArray{disk});
        const Instance i = parse(fields);
        const std::optional<double> expected =
            known ? std::optional<double>(price) : std::optional<double>();
        QCOMPARE(i.instancePrice, expected);
        QCOMPARE(i.imagePrice, expected);
        QCOMPARE(i.diskPrices.at(0).price, expected);
        QCOMPARE(i.powerOffBilling.at(0).price, expected);
    }

    // The official CLI's own `instance show` fixture: a disk entry with no
    // Price (and "Type" instead of "ChargeType").
    void cliFixtureDiskWithoutPrice()
    {
        const Instance i =
            parse({{QStringLiteral("PostPayPowerOffBillingResource"),
                    QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("Disk")}}}},
                   {QStringLiteral("DiskPriceInfo"),
                    QJsonArray{QJsonObject{{QStringLiteral("Price"), 0.05}}}},
                   {QStringLiteral("CompShareImagePrice"), 0.1},
                   {QStringLiteral("InstancePrice"), 1.25}});
        QCOMPARE(i.powerOffBilling.size(), 1);
        QVERIFY(!i.powerOffBilling.at(0).price);
        QCOMPARE(i.diskPrices.at(0).price, std::optional<double>(0.05));
        QCOMPARE(i.imagePrice, std::optional<double>(0.1));
    }

    void diskSet()
    {
        const Instance i = parse(
            {{QStringLiteral("DiskSet"),
              QJsonArray{QJsonObject{{QStringLiteral("DiskId"), QStringLiteral("bsm-1")},
                                     {QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                                     {QStringLiteral("IsBoot"), QStringLiteral("True")},
                                     {QStringLiteral("Size"), QStringLiteral("100")}},
                         42}}});
        QCOMPARE(i.disks.size(), 1);
        QCOMPARE(i.disks.at(0).id, QStringLiteral("bsm-1"));
        QVERIFY(i.disks.at(0).isBoot);
        QCOMPARE(i.disks.at(0).sizeGb, 100);
    }

    void monitorRatesAsStringsOrNumbers()
    {
        const Instance i = parse(
            {{QStringLiteral("MonitorMessages"),
              QJsonObject{
                  {QStringLiteral("CpuUsageRate"), QStringLiteral("12.5")},
                  {QStringLiteral("MemUsageRate"), 40},
                  {QStringLiteral("GpuInfo"),
                   QJsonArray{
                       QJsonObject{{QStringLiteral("GPU"), QStringLiteral("0")},
                                   {QStringLiteral("GpuUsageRate"), QStringLiteral("3%")},
                                   {QStringLiteral("MemoryUsageRate"), 1.5}},
                       QJsonObject{{QStringLiteral("GPU"), 1},
                                   {QStringLiteral("GpuUsageRate"), 97},
                                   {QStringLiteral("MemoryUsageRate"), QStringLiteral("x")}}}}}}});
        QVERIFY(i.monitor.present);
        QVERIFY(i.monitor.hasGpuData());
        QCOMPARE(i.monitor.cpuRate, 12.5);
        QCOMPARE(i.monitor.memoryRate, 40.0);
        QCOMPARE(i.monitor.gpus.size(), 2);
        QCOMPARE(i.monitor.gpus.at(0).usageRate, 3.0);
        QCOMPARE(i.monitor.gpus.at(1).gpu, QStringLiteral("1"));
        QCOMPARE(i.monitor.gpus.at(1).usageRate, 97.0);
        QCOMPARE(i.monitor.gpus.at(1).memoryRate, -1.0); // unreadable: no data, not 0 %
    }

    void monitorAbsentOrEmpty_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue();
        QTest::newRow("empty object") << QJsonValue(QJsonObject{});
        QTest::newRow("string") << QJsonValue(QStringLiteral("{}"));
        QTest::newRow("empty GpuInfo")
            << QJsonValue(QJsonObject{{QStringLiteral("GpuInfo"), QJsonArray{}}});
        QTest::newRow("rates unreadable") << QJsonValue(QJsonObject{
            {QStringLiteral("GpuInfo"),
             QJsonArray{QJsonObject{{QStringLiteral("GpuUsageRate"), QStringLiteral("")}}}}});
    }
    void monitorAbsentOrEmpty()
    {
        QFETCH(QJsonValue, value);
        QJsonObject fields;
        if (!value.isUndefined())
            fields.insert(QStringLiteral("MonitorMessages"), value);
        QVERIFY(!parse(fields).monitor.hasGpuData());
    }

    void autoRenewYesNo_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("renews");
        QTest::addColumn<bool>("known");
        QTest::newRow("Yes") << QJsonValue(QStringLiteral("Yes")) << true << true;
        QTest::newRow("No") << QJsonValue(QStringLiteral("No")) << false << true;
        QTest::newRow("bool") << QJsonValue(true) << true << true;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << false;
        QTest::newRow("odd") << QJsonValue(QStringLiteral("maybe")) << false << false;
    }
    void autoRenewYesNo()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, renews);
        QFETCH(bool, known);
        QJsonObject fields{{QStringLiteral("IsExpire"), QStringLiteral("Yes")},
                           {QStringLiteral("ExpireTime"), 1700000000}};
        if (!value.isUndefined())
            fields.insert(QStringLiteral("AutoRenew"), value);
        const Instance i = parse(fields);
        QCOMPARE(i.autoRenew, renews);
        QCOMPARE(i.autoRenewKnown, known);
        QVERIFY(i.isExpired);
        QCOMPARE(i.expires.toSecsSinceEpoch(), 1700000000);
    }

    void changesAreNoticed()
    {
        const Instance a = parse({});
        Instance b = a;
        b.monitor.present = true;
        b.monitor.gpus.append({QStringLiteral("0"), 50, 10});
        QVERIFY(a != b);
        b = a;
        b.releaseTime = QDateTime::fromSecsSinceEpoch(5);
        QVERIFY(a != b);
        b = a;
        b.scheduledStop = QDateTime::fromSecsSinceEpoch(5);
        QVERIFY(a != b);
        b = a;
        b.powerOffBilling.append({QStringLiteral("Postpay"), true, 0.1});
        QVERIFY(a != b);
    }

    void dynamicIsPrepaid()
    {
        Instance i;
        i.chargeType = ChargeType::Dynamic;
        QVERIFY(i.isPrepaid());
        i.chargeType = ChargeType::Postpay;
        QVERIFY(!i.isPrepaid());
    }
};

QTEST_GUILESS_MAIN(TestInstanceCostFields)
#include "tst_instancecostfields.moc"

// SPDX-License-Identifier: MIT
// GetCompShareInstancePrice seen from an independent client: the page's
// request and answer (PriceDetails / OriginalPriceDetails / ListPriceDetails
// of {ChargeType, Instance, Disks, SystemDisks, CompShareImage,
// InstanceDiscountType}), every mode when ChargeType is not sent, periods
// and hours, the image per GPU per hour, a table a test or a scenario sets
// (so the price action can disagree with the listing), the missing and
// invalid parameters, the refusal mode and the fault rules.
#include "ManualCloud.h"
#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QTest>

using compshare::sim::FaultRule;
using compshare::sim::PriceRefusal;
using compshare::sim::Simulator;
using compshare::simtest::ManualCloud;
using compshare::simtest::Params;
using compshare::simtest::Reply;

namespace {

const QString kPrice = QStringLiteral("GetCompShareInstancePrice");
const QString kPaidImage = QStringLiteral("compshareImage-paid4");

// The page's Python example: one 4090, 16 cores, 64 GB, a month, a 60 GB boot disk.
Params pageExample()
{
    return {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
            {QStringLiteral("GpuType"), QStringLiteral("4090")},
            {QStringLiteral("Gpu"), QStringLiteral("1")},
            {QStringLiteral("Cpu"), QStringLiteral("16")},
            {QStringLiteral("Memory"), QStringLiteral("65536")},
            {QStringLiteral("ChargeType"), QStringLiteral("Month")},
            {QStringLiteral("Disks.0.IsBoot"), QStringLiteral("true")},
            {QStringLiteral("Disks.0.Type"), QStringLiteral("CLOUD_SSD")},
            {QStringLiteral("Disks.0.Size"), QStringLiteral("60")}};
}

QJsonObject scenario()
{
    // A 4-GPU instance with a paid image: the listing says 0.40 for its image.
    return {{QStringLiteral("instances"),
             QJsonArray{QJsonObject{{QStringLiteral("UHostId"), QStringLiteral("uhost-img4")},
                                    {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                                    {QStringLiteral("GpuType"), QStringLiteral("4090")},
                                    {QStringLiteral("GPU"), 4},
                                    {QStringLiteral("CompShareImageId"), kPaidImage},
                                    {QStringLiteral("CompShareImagePrice"), 0.4}},
                        QJsonObject{{QStringLiteral("UHostId"), QStringLiteral("uhost-hk")},
                                    {QStringLiteral("Zone"), QStringLiteral("hk-02")}}}}};
}

QJsonArray details(const Reply &reply, const QString &list = QStringLiteral("PriceDetails"))
{
    return reply.json.value(list).toArray();
}

QJsonObject first(const Reply &reply, const QString &list = QStringLiteral("PriceDetails"))
{
    return details(reply, list).at(0).toObject();
}

} // namespace

class TestSimulatorPrice final : public QObject
{
    Q_OBJECT

    ManualCloud m_cloud;

    Reply ask(const Params &params) { return m_cloud.client().call(kPrice, params); }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_cloud.start(scenario(), &error), qPrintable(error));
    }
    void cleanup() { m_cloud.stop(); }

    void thePageExampleAnswersItsShape()
    {
        const Reply reply = ask(pageExample());
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.retCode(), 0);
        QCOMPARE(reply.json.value(QStringLiteral("Action")).toString(),
                 kPrice + QStringLiteral("Response"));
        for (const QString &list :
             {QStringLiteral("PriceDetails"), QStringLiteral("OriginalPriceDetails"),
              QStringLiteral("ListPriceDetails")}) {
            QCOMPARE(details(reply, list).size(), 1);
            const QJsonObject month = first(reply, list);
            QCOMPARE(month.value(QStringLiteral("ChargeType")).toString(), QStringLiteral("Month"));
            QCOMPARE(month.value(QStringLiteral("Instance")).toDouble(), 1068.0);
            // 60 GB x 0.0003 per GB and hour x 720 hours: a month of the boot disk.
            QCOMPARE(month.value(QStringLiteral("SystemDisks")).toDouble(), 12.96);
            // Not asked about: no data disk, no image, no discount.
            QVERIFY(!month.contains(QStringLiteral("Disks")));
            QVERIFY(!month.contains(QStringLiteral("CompShareImage")));
            QVERIFY(!month.contains(QStringLiteral("InstanceDiscountType")));
        }
        QCOMPARE(m_cloud.sim().requestCount(kPrice), 1);
    }

    void withoutChargeTypeEveryModeIsAnswered()
    {
        Params params = pageExample();
        params.remove(QStringLiteral("ChargeType"));
        params.insert(QStringLiteral("Gpu"), QStringLiteral("2"));
        params.insert(QStringLiteral("Disks.1.IsBoot"), QStringLiteral("false"));
        params.insert(QStringLiteral("Disks.1.Type"), QStringLiteral("CLOUD_SSD"));
        params.insert(QStringLiteral("Disks.1.Size"), QStringLiteral("100"));
        const Reply reply = ask(params);
        QCOMPARE(reply.retCode(), 0);
        QStringList modes;
        QHash<QString, QJsonObject> byMode;
        for (const QJsonValue &v : details(reply)) {
            modes << v.toObject().value(QStringLiteral("ChargeType")).toString();
            byMode.insert(modes.last(), v.toObject());
        }
        QCOMPARE(modes, (QStringList{QStringLiteral("Month"), QStringLiteral("Day"),
                                     QStringLiteral("Dynamic"), QStringLiteral("Postpay"),
                                     QStringLiteral("Spot")}));
        // Hourly modes per hour, the others per period; two GPUs.
        QCOMPARE(byMode[QStringLiteral("Postpay")].value(QStringLiteral("Instance")).toDouble(),
                 4.36);
        QCOMPARE(byMode[QStringLiteral("Spot")].value(QStringLiteral("Instance")).toDouble(), 3.0);
        QCOMPARE(byMode[QStringLiteral("Day")].value(QStringLiteral("Instance")).toDouble(), 96.0);
        QCOMPARE(byMode[QStringLiteral("Spot")].value(QStringLiteral("Disks")).toDouble(), 0.03);
        QCOMPARE(byMode[QStringLiteral("Postpay")].value(QStringLiteral("SystemDisks")).toDouble(),
                 0.02);
        QCOMPARE(byMode[QStringLiteral("Day")].value(QStringLiteral("Disks")).toDouble(), 0.72);
        QCOMPARE(byMode[QStringLiteral("Month")].value(QStringLiteral("Disks")).toDouble(), 21.6);
        // A year only when asked for (the SDK names it; the page does not).
        params.insert(QStringLiteral("ChargeType"), QStringLiteral("Year"));
        QCOMPARE(first(ask(params)).value(QStringLiteral("Instance")).toDouble(), 23040.0);
    }

    void quantityBuysPeriodsOfPrepaidModesOnly()
    {
        Params params = pageExample();
        params.insert(QStringLiteral("Quantity"), QStringLiteral("3"));
        QCOMPARE(first(ask(params)).value(QStringLiteral("Instance")).toDouble(), 3204.0);
        params.insert(QStringLiteral("ChargeType"), QStringLiteral("Postpay"));
        QCOMPARE(first(ask(params)).value(QStringLiteral("Instance")).toDouble(), 2.18);
    }

    void theImageIsPricedPerGpuPerHour()
    {
        Params params = pageExample();
        params.insert(QStringLiteral("Gpu"), QStringLiteral("4"));
        params.insert(QStringLiteral("ChargeType"), QStringLiteral("Postpay"));
        params.insert(QStringLiteral("CompShareImageId"), kPaidImage);
        // By default from the listing: its 0.40 shared out over its 4 GPUs.
        QCOMPARE(first(ask(params)).value(QStringLiteral("CompShareImage")).toDouble(), 0.1);
        // A month too: the image stays per GPU per hour.
        params.insert(QStringLiteral("ChargeType"), QStringLiteral("Month"));
        QCOMPARE(first(ask(params)).value(QStringLiteral("CompShareImage")).toDouble(), 0.1);
        // A test makes the price action disagree with the listing.
        m_cloud.sim().setImagePrice(kPaidImage, 0.4);
        QCOMPARE(first(ask(params)).value(QStringLiteral("CompShareImage")).toDouble(), 0.4);
        m_cloud.sim().setInstancePrice(QStringLiteral("4090"), QStringLiteral("Month"), 1000);
        QCOMPARE(first(ask(params)).value(QStringLiteral("Instance")).toDouble(), 4000.0);
    }

    void aDiscountLowersPriceDetailsOnly()
    {
        m_cloud.sim().setPriceDiscount(0.5, 1);
        const Reply reply = ask(pageExample());
        QCOMPARE(first(reply).value(QStringLiteral("Instance")).toDouble(), 534.0);
        QCOMPARE(first(reply, QStringLiteral("OriginalPriceDetails"))
                     .value(QStringLiteral("Instance"))
                     .toDouble(),
                 1068.0);
        QCOMPARE(first(reply, QStringLiteral("ListPriceDetails"))
                     .value(QStringLiteral("Instance"))
                     .toDouble(),
                 1068.0);
        QCOMPARE(first(reply).value(QStringLiteral("InstanceDiscountType")).toInt(), 1);
    }

    void missingParams_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"Region", "Zone", "GpuType", "Gpu", "Cpu", "Memory"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void missingParams()
    {
        QFETCH(QString, name);
        Params params = pageExample();
        params.remove(name);
        const Reply reply = ask(params);
        QCOMPARE(reply.retCode(), 230);
        QCOMPARE(reply.message(), QStringLiteral("Missing params [%1]").arg(name));
        QVERIFY(!reply.json.contains(QStringLiteral("PriceDetails")));
    }

    void invalidParams_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("no GPU") << "Gpu"
                                << "0"
                                << "Gpu";
        QTest::newRow("cores") << "Cpu"
                               << "x"
                               << "Cpu";
        QTest::newRow("memory") << "Memory"
                                << "-1"
                                << "Memory";
        QTest::newRow("charge type") << "ChargeType"
                                     << "Weekly"
                                     << "ChargeType";
        QTest::newRow("quantity") << "Quantity"
                                  << "0"
                                  << "Quantity";
        QTest::newRow("zone of another region") << "Zone"
                                                << "hk-02"
                                                << "Zone";
        QTest::newRow("GPU type") << "GpuType"
                                  << "Z9000"
                                  << "GpuType";
        QTest::newRow("disk size") << "Disks.0.Size"
                                   << "-5"
                                   << "Disks.0.Size";
        QTest::newRow("disk type") << "Disks.0.Type"
                                   << "FLOPPY"
                                   << "Disks.0.Type";
        QTest::newRow("IsBoot") << "Disks.0.IsBoot"
                                << "True"
                                << "Disks.0.IsBoot";
        QTest::newRow("no system disk") << "Disks.0.IsBoot"
                                        << "false"
                                        << "Disks";
        QTest::newRow("volume") << "Volumes.0.Size"
                                << "none"
                                << "Volumes.0.Size";
        QTest::newRow("unknown image") << "CompShareImageId"
                                       << "compshareImage-none"
                                       << "CompShareImageId";
    }
    void invalidParams()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, named);
        Params params = pageExample();
        params.insert(name, value);
        const Reply reply = ask(params);
        QCOMPARE(reply.retCode(), 230);
        QCOMPARE(reply.message(), QStringLiteral("Params [%1] not available").arg(named));
    }

    void aDiskWithoutItsSizeIsMissing()
    {
        Params params = pageExample();
        params.remove(QStringLiteral("Disks.0.Size"));
        QCOMPARE(ask(params).message(), QStringLiteral("Missing params [Disks.0.Size]"));
    }

    void theRefusalModeAnswersEveryCall()
    {
        m_cloud.sim().setPriceRefusal(PriceRefusal{8433, {}, 0});
        Reply reply = ask(pageExample());
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.retCode(), 8433);
        QCOMPARE(reply.message(),
                 QStringLiteral("service error, please contact technical support"));
        m_cloud.sim().setPriceRefusal(PriceRefusal{210, QStringLiteral("not for you"), 0});
        reply = ask(pageExample());
        QCOMPARE(reply.retCode(), 210);
        QCOMPARE(reply.message(), QStringLiteral("not for you"));
        // Other actions are not refused.
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-img4")), QStringLiteral("Running"));

        m_cloud.sim().setPriceRefusal(PriceRefusal{0, {}, 503});
        reply = ask(pageExample());
        QCOMPARE(reply.httpStatus, 503);
        QVERIFY(!reply.jsonValid);
        const QList<compshare::sim::JournalEntry> journal = m_cloud.sim().journal(kPrice);
        QCOMPARE(journal.size(), 3);
        QCOMPARE(journal.at(0).verdict, QStringLiteral("retcode:8433"));
        QCOMPARE(journal.at(2).verdict, QStringLiteral("fault:http503"));

        m_cloud.sim().setPriceRefusal({});
        QCOMPARE(ask(pageExample()).retCode(), 0);
    }

    void theFaultRulesApply()
    {
        QVERIFY(m_cloud.sim().addFault(kPrice + QStringLiteral(":retcode:1:226604:1")));
        QVERIFY(m_cloud.sim().addFault(QStringLiteral("*:http:1:502:1")));
        QCOMPARE(ask(pageExample()).retCode(), 226604);
        QCOMPARE(ask(pageExample()).httpStatus, 502);
        QCOMPARE(ask(pageExample()).retCode(), 0);
        // A mutation rule leaves a read alone.
        QVERIFY(m_cloud.sim().addFault(QStringLiteral("mutation:http:1:503")));
        QCOMPARE(ask(pageExample()).retCode(), 0);
    }

    void aSubAccountMustNameItsProject()
    {
        m_cloud.sim().setSubAccountMode(true);
        QCOMPARE(ask(pageExample()).message(), QStringLiteral("Missing params [ProjectId]"));
        Params params = pageExample();
        params.insert(QStringLiteral("ProjectId"), QStringLiteral("org-sim0default"));
        QCOMPARE(ask(params).retCode(), 0);
    }

    void aScenarioSetsTheTable()
    {
        const QJsonObject prices{
            {QStringLiteral("instance"),
             QJsonObject{{QStringLiteral("4090"), QJsonObject{{QStringLiteral("Month"), 999}}}}},
            {QStringLiteral("images"), QJsonObject{{kPaidImage, 0.25}}},
            {QStringLiteral("disks"), QJsonObject{{QStringLiteral("CLOUD_SSD"), 0.001}}},
            {QStringLiteral("refusal"), QJsonObject{{QStringLiteral("retCode"), 0}}}};
        QJsonObject withPrices = scenario();
        withPrices.insert(QStringLiteral("prices"), prices);
        QString error;
        QVERIFY2(m_cloud.sim().loadScenario(withPrices, &error), qPrintable(error));
        Params params = pageExample();
        params.insert(QStringLiteral("CompShareImageId"), kPaidImage);
        const QJsonObject month = first(ask(params));
        QCOMPARE(month.value(QStringLiteral("Instance")).toDouble(), 999.0);
        QCOMPARE(month.value(QStringLiteral("SystemDisks")).toDouble(), 43.2);
        QCOMPARE(month.value(QStringLiteral("CompShareImage")).toDouble(), 0.25);

        withPrices.insert(QStringLiteral("prices"),
                          QJsonObject{{QStringLiteral("refusal"),
                                       QJsonObject{{QStringLiteral("httpStatus"), 504}}}});
        QVERIFY(m_cloud.sim().loadScenario(withPrices, &error));
        QCOMPARE(ask(params).httpStatus, 504);

        // A bad table is refused as a whole, naming the place.
        withPrices.insert(QStringLiteral("prices"),
                          QJsonObject{{QStringLiteral("instance"),
                                       QJsonObject{{QStringLiteral("4090"),
                                                    QJsonObject{{QStringLiteral("Weekly"), 1}}}}}});
        QVERIFY(!m_cloud.sim().loadScenario(withPrices, &error));
        QCOMPARE(error,
                 QStringLiteral("prices: instance.4090.Weekly: a charge type with a number"));
        QCOMPARE(ask(params).httpStatus, 504); // the old one still holds
    }
};

QTEST_GUILESS_MAIN(TestSimulatorPrice)
#include "tst_simulator_price.moc"

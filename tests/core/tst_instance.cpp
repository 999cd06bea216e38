// SPDX-License-Identifier: MIT
#include "domain/Instance.h"

#include <QtTest>

using namespace compshare;

class TestInstance final : public QObject
{
    Q_OBJECT

private slots:
    void statesRoundTrip_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<int>("state");
        QTest::newRow("running") << "Running" << int(InstanceState::Running);
        QTest::newRow("install fail") << "Install Fail" << int(InstanceState::InstallFail);
        QTest::newRow("empty is unknown") << "" << int(InstanceState::Unknown);
        QTest::newRow("garbage is unknown") << "TnNuGSYE" << int(InstanceState::Unknown);
        QTest::newRow("case matters") << "running" << int(InstanceState::Unknown);
    }
    void statesRoundTrip()
    {
        QFETCH(QString, api);
        QFETCH(int, state);
        QCOMPARE(int(stateFromApi(api)), state);
        if (state != int(InstanceState::Unknown))
            QCOMPARE(stateToApi(stateFromApi(api)), api);
    }

    void regionFromZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("region");
        QTest::newRow("wlcb") << "cn-wlcb-01"
                              << "cn-wlcb";
        QTest::newRow("sh2") << "cn-sh2-02"
                             << "cn-sh2";
        QTest::newRow("hk") << "hk-02"
                            << "hk";
        QTest::newRow("no suffix") << "hk"
                                   << "hk";
    }
    void regionFromZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, region);
        QCOMPARE(compshare::regionFromZone(zone), region);
    }

    void spotAndTransitional()
    {
        Instance i;
        i.chargeType = chargeTypeFromApi(QStringLiteral("Spot"));
        QVERIFY(i.isSpot());
        QVERIFY(!i.isPrepaid());
        i.state = InstanceState::Stopping;
        QVERIFY(i.isTransitional());
        i.state = InstanceState::Stopped;
        QVERIFY(!i.isTransitional());
    }

    void equalityNoticesEveryChange()
    {
        Instance a;
        a.id = QStringLiteral("uhost-1");
        Instance b = a;
        QVERIFY(a == b);
        b.instancePrice = 1.5;
        QVERIFY(a != b);
        b = a;
        b.instancePrice = 0.0; // a known 0 is not an unknown
        QVERIFY(a != b);
        b = a;
        b.diskPrices = {{QStringLiteral("Postpay"), true, std::nullopt}};
        Instance c = a;
        c.diskPrices = {{QStringLiteral("Postpay"), true, 0.0}};
        QVERIFY(b != c);
        b = a;
        b.ips.append({QStringLiteral("1.2.3.4"), QStringLiteral("BGP"), QStringLiteral("IPv4")});
        QVERIFY(a != b);
        QCOMPARE(b.publicIp(), QStringLiteral("1.2.3.4"));
    }
};

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"

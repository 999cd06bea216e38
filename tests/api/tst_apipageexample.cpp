// SPDX-License-Identifier: MIT
// The response example printed on the API's own page (tests/data, copied
// with its source named): random strings in every field, TotalCount 8 with
// one row, no InstancePrice. No field, no figure: nothing reads as ¥0.00.
#include "domain/BillingRules.h"
#include "support/TestSupport.h"
#include "text/CostText.h"
#include "text/InstanceText.h"
#include "wire/InstanceParser.h"

#include <QFile>
#include <QtTest>

using namespace compshare;

class TestApiPageExample final : public QObject
{
    Q_OBJECT

private:
    InstanceParser::Result m_parsed;

private slots:
    void initTestCase()
    {
        QFile file(
            test::dataFile(QStringLiteral("api-page-example-describecompshareinstance.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray raw = file.readAll();
        QVERIFY(raw.contains("describecompshareinstance.md")); // it names its source
        m_parsed = InstanceParser::parseRaw(raw);
    }

    void theExampleParsesAsOneRecordOfEightAnnounced()
    {
        QVERIFY2(!m_parsed.error, qPrintable(m_parsed.error.toString()));
        QCOMPARE(m_parsed.totalCount, 8);
        QCOMPARE(m_parsed.instances.size(), 1);
        QCOMPARE(m_parsed.skippedRecords, 0);
        const Instance &i = m_parsed.instances.first();
        QCOMPARE(i.id, QStringLiteral("wMwHWPOr"));
        QCOMPARE(i.memoryMb, qint64(6));
        QCOMPARE(i.chargeType, ChargeType::Unknown);
        QCOMPARE(i.rawChargeType, QStringLiteral("xePQZDOs"));
        QCOMPARE(i.state, InstanceState::Unknown);
        QVERIFY(!i.instancePrice);
        QVERIFY(!i.imagePrice);
    }

    void noPriceIsShownAsADashNeverAsZero()
    {
        const Instance &i = m_parsed.instances.first();
        QCOMPARE(InstanceText::instancePrice(i), QStringLiteral("—"));
        QCOMPARE(CostText::costNow(i, QDateTime::currentDateTimeUtc()), QStringLiteral("—"));
        const CostNow c = BillingRules::costNow(i);
        QCOMPARE(c.kind, CostNow::Kind::Unknown);
        QVERIFY(!c.inBurn());
    }

    void aPriceWithoutAKnownChargeTypeIsLeftOutOfTheTotals()
    {
        Instance i = m_parsed.instances.first();
        i.state = InstanceState::Running;
        i.instancePrice = 2.5;
        const BurnTotals t = BillingRules::totals({i}, QDateTime::currentDateTimeUtc());
        QCOMPARE(t.unknownCount, 1);
        QCOMPARE(t.perHour, 0.0);
        QCOMPARE(CostText::burn(t), QStringLiteral("Paying —"));
        QCOMPARE(CostText::perDay(t), QStringLiteral("≈ —/day"));
        QVERIFY(!CostText::burnToolTip(t).contains(QStringLiteral("¥")));
    }

    void aRunningPayAsYouGoInstanceWithoutPriceIsNotCountedAsFree()
    {
        Instance i = m_parsed.instances.first();
        i.chargeType = ChargeType::Postpay;
        i.state = InstanceState::Running;
        const CostNow c = BillingRules::costNow(i);
        QCOMPARE(c.kind, CostNow::Kind::Running);
        QVERIFY(!c.figure.hasValue());
        QCOMPARE(CostText::costNow(i, QDateTime::currentDateTimeUtc()), QStringLiteral("—"));
        // Said in words, without the API's field name.
        const QString tip = CostText::costNowToolTip(i, QDateTime::currentDateTimeUtc());
        QVERIFY(tip.contains(QStringLiteral("sent no price")));
        QVERIFY(!tip.contains(QStringLiteral("InstancePrice")));
        const BurnTotals t = BillingRules::totals({i}, QDateTime::currentDateTimeUtc());
        QCOMPARE(t.noPriceCount, 1);
        QCOMPARE(t.runningCount, 0);
        QCOMPARE(CostText::burn(t), QStringLiteral("Paying —"));
        QVERIFY2(CostText::leftOut(t).contains(QStringLiteral("without a price, not counted")),
                 qPrintable(CostText::leftOut(t)));
    }

    void anUnknownChargeTypeIsShownAsSentAndMarked()
    {
        const Instance &i = m_parsed.instances.first();
        QCOMPARE(InstanceText::charge(i.chargeType, i.rawChargeType),
                 QStringLiteral("xePQZDOs (billing unknown)"));
    }

    void sizesReadAsAPersonWouldWriteThem_data()
    {
        QTest::addColumn<double>("megabytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("the example's memory") << 6.0 << QStringLiteral("6 MB");
        QTest::newRow("half a GB") << 512.0 << QStringLiteral("512 MB");
        QTest::newRow("one GB") << 1024.0 << QStringLiteral("1 GB");
        QTest::newRow("64 GB") << 65536.0 << QStringLiteral("64 GB");
        QTest::newRow("1.5 GB") << 1536.0 << QStringLiteral("1.5 GB");
        QTest::newRow("not sent") << 0.0 << QStringLiteral("—");
    }
    void sizesReadAsAPersonWouldWriteThem()
    {
        QFETCH(double, megabytes);
        QFETCH(QString, text);
        QCOMPARE(InstanceText::sizeFromMb(megabytes), text);
    }

    void theExamplesMemoryIsInMegabytes()
    {
        const Instance &i = m_parsed.instances.first();
        QCOMPARE(InstanceText::cpuMemory(i), QStringLiteral("5 vCPU / 6 MB"));
        Instance gpu = i;
        gpu.gpuMemoryGb = 0.5;
        QVERIFY2(InstanceText::gpu(gpu).contains(QStringLiteral("(512 MB)")),
                 qPrintable(InstanceText::gpu(gpu)));
    }
};

QTEST_GUILESS_MAIN(TestApiPageExample)
#include "tst_apipageexample.moc"

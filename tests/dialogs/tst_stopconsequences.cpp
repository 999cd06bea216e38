// SPDX-License-Identifier: MIT
#include "text/StopConsequences.h"

#include <QLocale>
#include <QTest>

using namespace compshare;

class TestStopConsequences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void billingFacts_data()
    {
        QTest::addColumn<ChargeType>("type");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<QStringList>("mustNotContain");
        // Reclaim as recycle.md says: at 12:00 on the 7th day after the stop.
        const QStringList payg{QStringLiteral("12:00 (China time) on day 7"),
                               QStringLiteral("disks"), QStringLiteral("CPU, GPU and memory"),
                               QStringLiteral("cannot be recovered")};
        QTest::newRow("postpay") << ChargeType::Postpay << payg << QStringList{};
        // Dynamic is hourly PREPAID: never promise savings for it.
        QTest::newRow("dynamic") << ChargeType::Dynamic
                                 << QStringList{QStringLiteral("prepaid by the hour"),
                                                QStringLiteral("saves nothing")}
                                 << QStringList{QStringLiteral("CPU, GPU and memory"),
                                                QStringLiteral("7 days")};
        const QStringList prepaid{QStringLiteral("saves nothing"), QStringLiteral("deleting"),
                                  QStringLiteral("refunds")};
        QTest::newRow("month") << ChargeType::Month << prepaid
                               << QStringList{QStringLiteral("7 days")};
        QTest::newRow("day") << ChargeType::Day << prepaid << QStringList{};
        QTest::newRow("year") << ChargeType::Year << prepaid << QStringList{};
        QTest::newRow("spot") << ChargeType::Spot
                              << QStringList{QStringLiteral("forced stop"),
                                             QStringLiteral("releasing (deleting)"),
                                             QStringLiteral("no charge while stopped"),
                                             QStringLiteral("started again"),
                                             QStringLiteral("data is kept for 7 days")}
                              << QStringList{QStringLiteral("saves nothing")};
        QTest::newRow("unknown") << ChargeType::Unknown << QStringList{QStringLiteral("not known")}
                                 << QStringList{QStringLiteral("7 days"),
                                                QStringLiteral("saves nothing"),
                                                QStringLiteral("forced")};
    }
    void billingFacts()
    {
        QFETCH(ChargeType, type);
        QFETCH(QStringList, mustContain);
        QFETCH(QStringList, mustNotContain);
        const QString text = StopConsequences::billingText(type);
        for (const QString &fact : mustContain)
            QVERIFY2(text.contains(fact, Qt::CaseInsensitive),
                     qPrintable(text + QStringLiteral(" | ") + fact));
        for (const QString &fact : mustNotContain)
            QVERIFY2(!text.contains(fact, Qt::CaseInsensitive),
                     qPrintable(text + QStringLiteral(" | ") + fact));
        // One or two plain sentences, three at most for spot.
        QVERIFY(text.count(QLatin1Char('.')) <= 3);
    }

    void instanceOverload()
    {
        Instance spot;
        spot.chargeType = ChargeType::Spot;
        QCOMPARE(StopConsequences::billingText(spot),
                 StopConsequences::billingText(ChargeType::Spot));
    }

    void summaryNamesTheInstance()
    {
        Instance i;
        i.id = QStringLiteral("uhost-abc123");
        i.name = QStringLiteral("trainer");
        i.gpuType = QStringLiteral("RTX 4090");
        i.gpuCount = 2;
        i.instancePrice = 3.456;
        i.chargeType = ChargeType::Postpay;
        QCOMPARE(StopConsequences::summary(i),
                 QStringLiteral("trainer (uhost-abc123) · RTX 4090 × 2 · ¥3.46/h"));
        // A prepaid price is for its period, never "/h".
        i.chargeType = ChargeType::Month;
        i.instancePrice = 1068;
        QCOMPARE(StopConsequences::summary(i),
                 QStringLiteral("trainer (uhost-abc123) · RTX 4090 × 2 · ¥1068.00/month"));
        i.gpuCount = 0;
        QVERIFY(StopConsequences::summary(i).contains(QStringLiteral("No GPU")));
    }

    void priceUsesLocale()
    {
        QCOMPARE(StopConsequences::priceText(1234.5), QStringLiteral("¥1234.50/h"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(StopConsequences::priceText(1234.5), QStringLiteral("¥1.234,50/h"));
        QLocale::setDefault(QLocale::c());
    }

    void chargeTypeNames()
    {
        QCOMPARE(StopConsequences::chargeTypeName(ChargeType::Spot), QStringLiteral("Spot"));
        QVERIFY(StopConsequences::chargeTypeName(ChargeType::Unknown, QStringLiteral("Weird"))
                    .contains(QStringLiteral("Weird")));
    }
};

QTEST_GUILESS_MAIN(TestStopConsequences)
#include "tst_stopconsequences.moc"

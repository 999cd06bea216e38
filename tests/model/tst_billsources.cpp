// SPDX-License-Identifier: MIT
// Units from CompShare itself (issue 32, item 2), in the rules and their
// words: which source each part of a bill takes when the listing and the
// price action (a PriceCheck, as PriceQuoteBook answers it) both give it,
// what fills a part one of them lacks, and what the tooltip says about
// each. The same cases run end to end, over HTTP against the simulator's
// price action, in tests/gui/tst_quotedbill.
#include "domain/BillingRules.h"
#include "session/TranslationLoader.h"
#include "support/TestInstances.h"
#include "text/BillText.h"
#include "text/CostText.h"

#include <QtTest>

using namespace compshare;
using Status = PriceQuestion;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());

bool same(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

// A running 4090 instance as listed: compute, one boot disk, an image.
Instance listed(ChargeType charge, int gpus, std::optional<double> compute,
                std::optional<double> image = 0.0, std::optional<double> disk = 0.06)
{
    Instance i = test::makeInstance(QStringLiteral("uhost-q"), QStringLiteral("trainer"), charge);
    i.gpuCount = gpus;
    i.instancePrice = compute;
    i.imagePrice = image;
    i.diskPrices = {{chargeTypeToApi(charge), true, disk}};
    i.powerOffBilling = {{chargeTypeToApi(charge), true, disk}};
    i.disks = {{QStringLiteral("bsi-1"), QStringLiteral("CLOUD_SSD"), true, 200}};
    i.started = kNow.addSecs(-3600);
    return i;
}

PriceCheck quoted(ChargeType charge, std::optional<double> compute,
                  std::optional<double> imagePerGpu, std::optional<double> systemDisks = 0.06)
{
    PriceQuote q;
    q.chargeType = charge;
    q.rawChargeType = chargeTypeToApi(charge);
    q.instance = compute;
    q.systemDisks = systemDisks;
    q.imagePerGpu = imagePerGpu;
    q.fetchedAt = kNow.addSecs(-60);
    return {q, Status::Quoted};
}

PriceCheck failed(Status status)
{
    PriceCheck c;
    c.status = status;
    return c;
}

QString tip(const Instance &i, const PriceCheck &check)
{
    return CostText::costNowToolTip(i, kNow, check);
}
} // namespace

class TestBillSources final : public QObject
{
    Q_OBJECT

private slots:
    // Plural forms ("4 GPUs") come from the English translation, as the console runs.
    void initTestCase() { QVERIFY(m_english.load(QStringLiteral("en"))); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The case: a paid image on a 4-GPU instance. The listing's 0.10
    // read as per hour is a quarter of CompShare's price: ¥0.10 per GPU per
    // hour x 4 GPUs. The bill's image part is the price action's.
    void theImageIsPerGpuFromThePriceAction()
    {
        const Instance i = listed(ChargeType::Postpay, 4, 8.72, 0.10);
        const Bill alone = BillingRules::runningBill(i);
        QVERIFY(same(alone.image.knownPerHour, 0.10));
        QCOMPARE(alone.image.source, PriceSource::Listing);

        const PriceCheck check = quoted(ChargeType::Postpay, 8.72, 0.10);
        const Bill b = BillingRules::runningBill(i, check);
        QVERIFY(same(b.image.knownPerHour, 0.40));
        QCOMPARE(b.image.source, PriceSource::PriceAction);
        QCOMPARE(b.image.other, std::optional<double>(0.10));
        QCOMPARE(CostText::costNow(i, kNow, check), QStringLiteral("¥9.18/h")); // 8.72+0.06+0.40
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("¥8.88/h"));
        const QString text = tip(i, check);
        QVERIFY2(text.contains(QStringLiteral("Image ¥0.40/h (CompShare's price: ¥0.10 per GPU per "
                                              "hour × 4 GPUs; the listing said ¥0.10)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("¥9.18 so far")), qPrintable(text));
        // Stopped, the image keeps charging: the same part in what a stop keeps.
        QCOMPARE(CostText::stopSaving(i, check),
                 QStringLiteral("Stopping saves ¥8.72/h; still charged: disks ¥0.06/h and image "
                                "¥0.40/h."));
        // Where the listing already said the whole figure, it agrees.
        const Instance whole = listed(ChargeType::Postpay, 4, 8.72, 0.40);
        QVERIFY2(tip(whole, check)
                     .contains(QStringLiteral(
                         "Image ¥0.40/h (CompShare's price: ¥0.10 per GPU per hour × 4 GPUs; the "
                         "listing agrees)")),
                 qPrintable(tip(whole, check)));
        // A free image by both sources says nothing.
        const Instance free = listed(ChargeType::Postpay, 4, 8.72, 0.0);
        QVERIFY(
            !tip(free, quoted(ChargeType::Postpay, 8.72, 0.0)).contains(QStringLiteral("Image")));
    }

    // Issue 32: where the listing and the price action disagree, the price
    // action's figure is shown and the tooltip says what the listing said;
    // where they agree it says that.
    void theQuoteWinsAndTheTooltipSaysWhereTheyDisagree()
    {
        const Instance i = listed(ChargeType::Postpay, 1, 2.60);
        const PriceCheck check = quoted(ChargeType::Postpay, 2.18, std::nullopt, 0.09);
        const Bill b = BillingRules::runningBill(i, check);
        QCOMPARE(b.compute.source, PriceSource::PriceAction);
        QVERIFY(same(b.compute.knownPerHour, 2.18));
        QCOMPARE(b.compute.other, std::optional<double>(2.60));
        QCOMPARE(b.disks.source, PriceSource::PriceAction);
        QVERIFY(same(b.disks.knownPerHour, 0.09));
        QCOMPARE(b.disks.other, std::optional<double>(0.06));
        QCOMPARE(CostText::costNow(i, kNow, check), QStringLiteral("¥2.27/h"));
        const QString text = tip(i, check);
        QVERIFY2(text.contains(QStringLiteral("Compute ¥2.18/h (CompShare's price action for this "
                                              "configuration today; the listing said ¥2.60/h)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "Disks ¥0.09/h (CompShare's price action; the listing said ¥0.06/h)")),
                 qPrintable(text));
        QCOMPARE(BillText::instancePrice(i, check), QStringLiteral("¥2.18/h"));
        QCOMPARE(BillingRules::stopSaving(i, check).perHour, 2.18);

        const PriceCheck agrees = quoted(ChargeType::Postpay, 2.60, std::nullopt, 0.06);
        QVERIFY2(tip(i, agrees).contains(QStringLiteral(
                     "Compute ¥2.60/h (CompShare's price action; the listing agrees)")),
                 qPrintable(tip(i, agrees)));
        QVERIFY(tip(i, agrees).contains(
            QStringLiteral("Disks ¥0.06/h (CompShare's price action; the listing agrees)")));
        // Without an answer the part names its one source.
        QVERIFY(
            tip(i, {}).contains(QStringLiteral("Compute ¥2.60/h (the listing's instance price)")));
        QVERIFY(tip(i, {}).contains(
            QStringLiteral("Disks ¥0.06/h (the listing's hourly disk prices)")));
    }

    // A part the listing lacks comes from the price action: no "—" and no
    // "at least" where CompShare gave the price after all.
    void thePriceActionFillsWhatTheListingLacks()
    {
        Instance i = listed(ChargeType::Postpay, 1, std::nullopt, std::nullopt, std::nullopt);
        const PriceCheck check = quoted(ChargeType::Postpay, 2.18, 0.05);
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("—"));
        const Bill b = BillingRules::runningBill(i, check);
        QCOMPARE(b.compute.source, PriceSource::PriceAction);
        QCOMPARE(b.disks.source, PriceSource::PriceAction);
        QVERIFY(b.isComplete());
        QCOMPARE(CostText::costNow(i, kNow, check), QStringLiteral("¥2.29/h")); // 2.18+0.06+0.05
        const QString text = tip(i, check);
        QVERIFY2(text.contains(QStringLiteral(
                     "Compute ¥2.18/h (CompShare's price action; the listing gave no instance "
                     "price)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Disks ¥0.06/h (CompShare's price action; the listing "
                                             "did not give every disk price)")));
        QVERIFY(text.contains(QStringLiteral("the listing gave no image price)")));
        QCOMPARE(BillingRules::stopSaving(i, check).kind, StopSaving::Kind::Compute);
        QCOMPARE(BillingRules::startAdds(i, check).certainty, CostFigure::Certainty::Exact);

        // A data disk the answer did not price keeps the disk part unknown.
        i.disks << Disk{QStringLiteral("bs-2"), QStringLiteral("CLOUD_SSD"), false, 500};
        QVERIFY(!BillingRules::runningBill(i, check).disks.isKnown());

        // The totals add what the bill adds.
        const QList<Instance> rows{listed(ChargeType::Postpay, 1, std::nullopt)};
        const BurnTotals without = BillingRules::totals(rows, kNow);
        QCOMPARE(without.noPriceCount, 1);
        const BurnTotals with =
            BillingRules::totals(rows, kNow, [&check](const Instance &) { return check; });
        QCOMPARE(with.noPriceCount, 0);
        QCOMPARE(with.figure().certainty, CostFigure::Certainty::Exact);
        QVERIFY(same(with.perHour, 2.18 + 0.06 + 0.05));
    }

    // Prepaid: the listing gives no unit for what was paid; the price action
    // prices one period of the charge type, and its price is shown with that
    // period, the listing's figure beside it.
    void aPrepaidPriceComesFromThePriceActionWithItsPeriod()
    {
        const Instance i = listed(ChargeType::Month, 1, 35.6);
        const PriceCheck check = quoted(ChargeType::Month, 1068, std::nullopt, 43.2);
        QCOMPARE(BillText::instancePrice(i, {}), QStringLiteral("¥35.60/month"));
        QCOMPARE(BillText::instancePrice(i, check), QStringLiteral("¥1,068.00/month"));
        const QString text = tip(i, check);
        QVERIFY2(text.contains(QStringLiteral(
                     "Instance price ¥1,068.00/month (CompShare's price for this configuration "
                     "today; the listing said ¥35.60), paid in advance.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("/h")));
        const Instance agreeing = listed(ChargeType::Month, 1, 1068);
        QVERIFY(tip(agreeing, check)
                    .contains(QStringLiteral(
                        "(CompShare's price for this configuration today; the listing agrees)")));
        QVERIFY(tip(listed(ChargeType::Month, 1, std::nullopt), check)
                    .contains(QStringLiteral("the listing gave none")));
        QVERIFY(tip(i, {}).contains(
            QStringLiteral("Instance price ¥35.60/month (from the listing), paid in advance.")));
        // Prepaid is paid: stopping saves nothing, whatever the price.
        QCOMPARE(BillingRules::stopSaving(i, check).kind, StopSaving::Kind::Nothing);
        // An hourly prepaid (Dynamic) instance: per hour, from the price action.
        const Instance dynamic = listed(ChargeType::Dynamic, 4, 8.72);
        QCOMPARE(BillText::instancePrice(dynamic, quoted(ChargeType::Dynamic, 9.20, std::nullopt)),
                 QStringLiteral("¥9.20/h"));
    }

    // An answer is for one charge type: a quote of another is no answer.
    void aQuoteForAnotherChargeTypeIsNotUsed()
    {
        const Instance i = listed(ChargeType::Postpay, 4, 8.72, 0.10);
        const PriceCheck spot = quoted(ChargeType::Spot, 6.0, 0.10);
        QCOMPARE(CostText::costNow(i, kNow, spot), QStringLiteral("¥8.88/h"));
        QCOMPARE(BillingRules::runningBill(i, spot).image.source, PriceSource::Listing);
    }

    // A refused, unanswered or priceless question, or one that cannot be
    // asked, leaves the listing's figures, said to be unverified; while the
    // first answer is awaited nothing is claimed either way.
    void theListingsFiguresAreUnverifiedWithoutAnAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("note");
        QTest::newRow("refused") << int(Status::Refused)
                                 << "CompShare's price action refused to price this configuration";
        QTest::newRow("unanswered")
            << int(Status::Unanswered) << "CompShare's price action did not answer";
        QTest::newRow("no price") << int(Status::Absent)
                                  << "CompShare's price action gave no price for this billing type";
        QTest::newRow("not quotable")
            << int(Status::NotQuotable) << "does not describe this configuration fully enough";
    }
    void theListingsFiguresAreUnverifiedWithoutAnAnswer()
    {
        QFETCH(int, status);
        QFETCH(QString, note);
        const PriceCheck check = failed(Status(status));
        QVERIFY(check.isUnverified());
        for (const Instance &i :
             {listed(ChargeType::Postpay, 4, 8.72, 0.10), listed(ChargeType::Month, 1, 1068)}) {
            const QString text = tip(i, check);
            QVERIFY2(text.contains(note), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("the listing's figures, unverified")),
                     qPrintable(text));
            // The figure is the listing's, as without any word.
            QCOMPARE(CostText::costNow(i, kNow, check), CostText::costNow(i, kNow));
        }
        QVERIFY(BillText::instancePriceSource(listed(ChargeType::Postpay, 1, 2.18), check)
                    .contains(QStringLiteral("unverified")));
    }
    void nothingIsClaimedWhileTheAnswerIsAwaited()
    {
        const Instance i = listed(ChargeType::Postpay, 4, 8.72, 0.10);
        for (const Status s : {Status::NotAsked, Status::Asking}) {
            QVERIFY(!tip(i, failed(s)).contains(QStringLiteral("unverified")));
            QCOMPARE(tip(i, failed(s)), tip(i, {}));
        }
    }

    // Stopped pay as you go: the disks and the image that keep charging.
    void aStoppedInstanceTakesTheImageAndFillsTheDisks()
    {
        Instance i = listed(ChargeType::Postpay, 4, 8.72, 0.10, std::nullopt);
        i.state = InstanceState::Stopped;
        i.rawState = QStringLiteral("Stopped");
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("at least ¥0.10/h"));
        const PriceCheck check = quoted(ChargeType::Postpay, 8.72, 0.10);
        QCOMPARE(CostText::costNow(i, kNow, check), QStringLiteral("¥0.46/h disks + image"));
        const ReleaseSaving release = BillingRules::releaseSaving(i, false, check);
        QVERIFY(release.ends.hasValue());
        QVERIFY(release.ends.value >= 0.40);
    }

    // A prepaid mode's disks are priced for its period: never added as hourly.
    void aPeriodsDiskPriceIsNeverHourly()
    {
        const Instance i = listed(ChargeType::Month, 1, 1068, 0.0, 30.0);
        const Bill b =
            BillingRules::runningBill(i, quoted(ChargeType::Month, 1068, std::nullopt, 43.2));
        QCOMPARE(b.disks.source, PriceSource::Listing);
        QVERIFY(same(b.disks.knownPerHour, 0));
        QCOMPARE(b.periodicDisks.size(), 1);
    }

    // The discount the answer names is said, with when it was asked.
    void aDiscountIsSaid()
    {
        const Instance i = listed(ChargeType::Postpay, 1, 2.18);
        PriceCheck night = quoted(ChargeType::Postpay, 1.09, std::nullopt);
        night.quote->discountType = 1;
        QVERIFY2(tip(i, night).contains(QStringLiteral("night discount")),
                 qPrintable(tip(i, night)));
    }

private:
    TranslationLoader m_english;
};

QTEST_MAIN(TestBillSources)
#include "tst_billsources.moc"

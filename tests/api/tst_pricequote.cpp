// SPDX-License-Identifier: MIT
// CompShareClient::instancePrice against the simulator over real HTTP with
// real signatures: the page's parameters sent once, the answer's parts read
// with their period (a month is a month, the image per GPU per hour), and
// read defensively: a missing, mistyped, negative or absurd part is unknown,
// never 0; a refusal is an error, not a price. PriceRequest::forInstance
// turns a listed instance into one configuration.
#include "ApiSimFixture.h"
#include "support/TestInstances.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace compshare;

namespace {

const QString kPrice = QStringLiteral("GetCompShareInstancePrice");
const QString kImage = QStringLiteral("compshareImage-paid4");

// A 4-GPU 4090 with a paid image, listed at 0.40 for its image.
QJsonObject scenario()
{
    return {{QStringLiteral("instances"),
             QJsonArray{QJsonObject{{QStringLiteral("UHostId"), QStringLiteral("uhost-img4")},
                                    {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                                    {QStringLiteral("GpuType"), QStringLiteral("4090")},
                                    {QStringLiteral("GPU"), 4},
                                    {QStringLiteral("CPU"), 64},
                                    {QStringLiteral("Memory"), 262144},
                                    {QStringLiteral("CompShareImageId"), kImage},
                                    {QStringLiteral("CompShareImagePrice"), 0.4}}}}};
}

PriceRequest fourGpus(ChargeType charge)
{
    PriceRequest r;
    r.region = QStringLiteral("cn-wlcb");
    r.zone = QStringLiteral("cn-wlcb-01");
    r.gpuType = QStringLiteral("4090");
    r.gpuCount = 4;
    r.cpu = 64;
    r.memoryMb = 262144;
    r.chargeType = charge;
    r.disks = {{true, QStringLiteral("CLOUD_SSD"), 200}, {false, QStringLiteral("CLOUD_SSD"), 100}};
    r.imageId = kImage;
    return r;
}

Instance listed(const QList<Disk> &disks)
{
    Instance i =
        test::makeInstance(QStringLiteral("uhost-a"), QStringLiteral("a"), ChargeType::Month);
    i.disks = disks;
    return i;
}

} // namespace

class TestPriceQuote final : public QObject
{
    Q_OBJECT

    test::ApiSimFixture m_api;

    PriceAnswer ask(const PriceRequest &request)
    {
        PriceAnswer out;
        bool done = false;
        m_api.client->instancePrice(request, m_api.client.get(), [&](const PriceAnswer &a) {
            out = a;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.error = ApiError::timeout(15000);
        return out;
    }
    // The answer the simulator gives to every price call, as is.
    PriceAnswer askFixed(const QByteArray &body)
    {
        m_api.sim->setFixedAnswer(kPrice, body);
        return ask(fourGpus(ChargeType::Postpay));
    }

private slots:
    void init()
    {
        QVERIFY(m_api.start(0));
        QString error;
        QVERIFY2(m_api.sim->loadScenario(scenario(), &error), qPrintable(error));
        m_api.sim->addAccount(m_api.credentials.publicKey, m_api.credentials.privateKey);
    }
    void cleanup() { m_api = {}; }

    void theConfigurationIsSentOnceAsThePageSays()
    {
        const PriceAnswer answer = ask(fourGpus(ChargeType::Postpay));
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.toString()));
        QVERIFY(!answer.requestId.isEmpty());
        const QList<sim::JournalEntry> sent = m_api.sim->journal(kPrice);
        QCOMPARE(sent.size(), 1);
        const QMap<QString, QString> expected{
            {QStringLiteral("Action"), kPrice},
            {QStringLiteral("PublicKey"), m_api.credentials.publicKey},
            {QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
            {QStringLiteral("GpuType"), QStringLiteral("4090")},
            {QStringLiteral("Gpu"), QStringLiteral("4")},
            {QStringLiteral("Cpu"), QStringLiteral("64")},
            {QStringLiteral("Memory"), QStringLiteral("262144")},
            {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
            {QStringLiteral("Disks.0.IsBoot"), QStringLiteral("true")},
            {QStringLiteral("Disks.0.Type"), QStringLiteral("CLOUD_SSD")},
            {QStringLiteral("Disks.0.Size"), QStringLiteral("200")},
            {QStringLiteral("Disks.1.IsBoot"), QStringLiteral("false")},
            {QStringLiteral("Disks.1.Type"), QStringLiteral("CLOUD_SSD")},
            {QStringLiteral("Disks.1.Size"), QStringLiteral("100")},
            {QStringLiteral("CompShareImageId"), kImage}};
        QCOMPARE(sent.first().params, expected); // no Quantity: one period
        QCOMPARE(sent.first().verdict, QStringLiteral("ok"));
    }

    void theImageIsPerGpuPerHour()
    {
        // The price action disagrees with the listing: 0.40 is the image per GPU.
        m_api.sim->setImagePrice(kImage, 0.4);
        const std::optional<PriceQuote> quote =
            ask(fourGpus(ChargeType::Postpay)).detailFor(ChargeType::Postpay);
        QVERIFY(quote);
        QCOMPARE(quote->period(), PricePeriod::Hour);
        QCOMPARE(quote->instance, std::optional<double>(8.72));
        QCOMPARE(quote->systemDisks, std::optional<double>(0.06));
        QCOMPARE(quote->disks, std::optional<double>(0.03));
        QCOMPARE(quote->imagePerGpu, std::optional<double>(0.4));
        QCOMPARE(quote->imagePerHour(4), std::optional<double>(1.6));
        QVERIFY(!quote->imagePerHour(0));
        QVERIFY(!quote->discountType);
        QVERIFY(!quote->fetchedAt.isValid()); // the asker stamps it, on its own clock
    }

    void aMonthlyPriceCarriesItsPeriod()
    {
        const PriceAnswer answer = ask(fourGpus(ChargeType::Month));
        const std::optional<PriceQuote> month = answer.detailFor(ChargeType::Month);
        QVERIFY(month);
        QCOMPARE(month->period(), PricePeriod::Month);
        QCOMPARE(month->instance, std::optional<double>(4272.0)); // 1068 a month x 4
        QCOMPARE(month->systemDisks, std::optional<double>(43.2));
        QCOMPARE(month->imagePerGpu, std::optional<double>(0.1)); // still per GPU per hour
        QVERIFY(!answer.detailFor(ChargeType::Postpay));
        QCOMPARE(answer.original.size(), 1);
        QCOMPARE(answer.list.size(), 1);
    }

    void withoutAChargeTypeEveryModeComes()
    {
        const PriceAnswer answer = ask(fourGpus(ChargeType::Unknown));
        QVERIFY(!m_api.sim->journal(kPrice).first().params.contains(QStringLiteral("ChargeType")));
        QCOMPARE(answer.details.size(), 5);
        QCOMPARE(answer.detailFor(ChargeType::Day)->period(), PricePeriod::Day);
        QCOMPARE(answer.detailFor(ChargeType::Spot)->instance, std::optional<double>(6.0));
        QVERIFY(!answer.detailFor(ChargeType::Year));
    }

    void aRefusalIsAnErrorNotAPrice()
    {
        m_api.sim->setPriceRefusal(sim::PriceRefusal{8433, {}, 0});
        PriceAnswer answer = ask(fourGpus(ChargeType::Postpay));
        QCOMPARE(answer.error.kind(), ApiError::Kind::Api);
        QCOMPARE(answer.error.reason(), ApiError::Reason::ServiceError);
        QVERIFY(answer.details.isEmpty());
        QVERIFY(!answer.detailFor(ChargeType::Postpay));
        QCOMPARE(m_api.sim->requestCount(kPrice), 1); // a RetCode is not retried

        m_api.sim->setPriceRefusal(sim::PriceRefusal{0, {}, 503});
        answer = ask(fourGpus(ChargeType::Postpay));
        QCOMPARE(answer.error.kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(answer.error.httpStatus(), 503);
        QVERIFY(!answer.detailFor(ChargeType::Postpay));
    }

    void missingPartsAreUnknownNotZero()
    {
        const PriceAnswer answer =
            askFixed(R"({"RetCode":0,"PriceDetails":[{"ChargeType":"Postpay"}]})");
        const std::optional<PriceQuote> quote = answer.detailFor(ChargeType::Postpay);
        QVERIFY(quote);
        QVERIFY(!quote->instance);
        QVERIFY(!quote->disks);
        QVERIFY(!quote->systemDisks);
        QVERIFY(!quote->imagePerGpu);
        QVERIFY(!quote->imagePerHour(4));
        QVERIFY(answer.original.isEmpty());
    }

    void oddPartsAreUnknown()
    {
        // The SDK's list name, a number as a string, a negative, a bool, an absurd figure.
        const std::optional<PriceQuote> quote =
            askFixed(R"({"RetCode":0,"PriceDetail":[{"ChargeType":"Postpay","Instance":"2.5",)"
                     R"("Disks":-0.01,"SystemDisks":true,"CompShareImage":1e9,)"
                     R"("InstanceDiscountType":"1"}]})")
                .detailFor(ChargeType::Postpay);
        QVERIFY(quote);
        QCOMPARE(quote->instance, std::optional<double>(2.5));
        QVERIFY(!quote->disks);
        QVERIFY(!quote->systemDisks);
        QVERIFY(!quote->imagePerGpu);
        QCOMPARE(quote->discountType, std::optional<int>(1));
        // What is absurd per hour is a normal year.
        const PriceAnswer absurd = askFixed(
            R"({"RetCode":0,"PriceDetails":[{"ChargeType":"Postpay","Instance":20000},)"
            R"({"ChargeType":"Year","Instance":20000},{"ChargeType":"Day","Instance":"x"},)"
            R"({"ChargeType":"Month","Instance":null,"Disks":0}]})");
        QVERIFY(!absurd.detailFor(ChargeType::Postpay)->instance);
        QCOMPARE(absurd.detailFor(ChargeType::Year)->instance, std::optional<double>(20000));
        QVERIFY(!absurd.detailFor(ChargeType::Day)->instance);
        QVERIFY(!absurd.detailFor(ChargeType::Month)->instance);
        QCOMPARE(absurd.detailFor(ChargeType::Month)->disks, std::optional<double>(0)); // said: 0
    }

    void anUnattributableOrContradictoryPriceIsNone()
    {
        // No ChargeType: whose period would it be?
        PriceAnswer answer = askFixed(R"({"RetCode":0,"PriceDetails":[{"Instance":2.18}]})");
        QCOMPARE(answer.details.size(), 1);
        QVERIFY(!answer.detailFor(ChargeType::Postpay));
        // Two prices for one mode.
        answer = askFixed(R"({"RetCode":0,"PriceDetails":[{"ChargeType":"Postpay","Instance":2},)"
                          R"({"ChargeType":"Postpay","Instance":3}]})");
        QVERIFY(!answer.detailFor(ChargeType::Postpay));
        // Not a list; nothing at all.
        answer = askFixed(R"({"RetCode":0,"PriceDetails":{"ChargeType":"Postpay"}})");
        QVERIFY(!answer.error.isError());
        QVERIFY(answer.details.isEmpty());
        answer = askFixed(R"({"RetCode":0})");
        QVERIFY(!answer.error.isError());
        QVERIFY(!answer.detailFor(ChargeType::Postpay));
    }

    void aQuoteIsStoredAndReadBackWhole()
    {
        PriceQuote quote =
            PriceQuote::fromJson(QJsonObject{{QStringLiteral("ChargeType"), QStringLiteral("Day")},
                                             {QStringLiteral("Instance"), 48},
                                             {QStringLiteral("SystemDisks"), 1.44},
                                             {QStringLiteral("CompShareImage"), 0},
                                             {QStringLiteral("Disks"), QStringLiteral("bad")}});
        QCOMPARE(PriceQuote::fromJson(quote.toJson()), quote);
        QVERIFY(!quote.toJson().contains(QStringLiteral("Disks")));
        QCOMPARE(quote.imagePerGpu, std::optional<double>(0)); // a free image, said so
    }

    void aListedInstanceIsOneConfiguration()
    {
        const Disk boot{QStringLiteral("bsi-1"), QStringLiteral("CLOUD_SSD"), true, 200};
        const Disk data{QStringLiteral("bsi-2"), QStringLiteral("CLOUD_RSSD"), false, 500};
        const std::optional<PriceRequest> r = PriceRequest::forInstance(listed({data, boot}));
        QVERIFY(r);
        QCOMPARE(r->region, QStringLiteral("cn-wlcb"));
        QCOMPARE(r->gpuCount, 2);
        QCOMPARE(r->chargeType, ChargeType::Month);
        QCOMPARE(r->disks.size(), 2);
        QVERIFY(r->disks.first().isBoot); // the system disk first, whatever DiskSet's order
        QCOMPARE(r->key(), PriceRequest::forInstance(listed({boot, data}))->key());
        QVERIFY(r->key() != PriceRequest::forInstance(listed({boot}))->key());
        QVERIFY(r->key() !=
                PriceRequest::forInstance(listed({data, boot}), QStringLiteral("img"))->key());
        QVERIFY(r->imageId.isEmpty());
        // No value runs into the next one.
        PriceRequest split = *r;
        split.zone = QStringLiteral("z|4090");
        split.gpuType = QStringLiteral("x");
        PriceRequest other = *r;
        other.zone = QStringLiteral("z");
        other.gpuType = QStringLiteral("4090|x");
        QVERIFY(split.key() != other.key());

        // A disk without its size, or no system disk: no disk is asked about.
        Disk sizeless = data;
        sizeless.sizeGb = 0;
        QVERIFY(PriceRequest::forInstance(listed({boot, sizeless}))->disks.isEmpty());
        QVERIFY(PriceRequest::forInstance(listed({data}))->disks.isEmpty());

        // A required part unknown: no configuration.
        Instance noGpu = listed({boot});
        noGpu.gpuCount = 0; // started without GPU
        QVERIFY(!PriceRequest::forInstance(noGpu));
        Instance noCharge = listed({boot});
        noCharge.chargeType = ChargeType::Unknown;
        QVERIFY(!PriceRequest::forInstance(noCharge));
        Instance noRegion = listed({boot});
        noRegion.region.clear();
        QCOMPARE(PriceRequest::forInstance(noRegion)->region, QStringLiteral("cn-wlcb"));
    }
};

QTEST_GUILESS_MAIN(TestPriceQuote)
#include "tst_pricequote.moc"

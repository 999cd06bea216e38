// SPDX-License-Identifier: MIT
// PriceQuoteBook in a real ConsoleSession against the simulator (real HTTP,
// real signatures) and a real local store: each distinct configuration on
// screen asked once, nothing before the first full list, a few questions at
// a time, answers kept a day across a restart and asked again after it, a
// refusal (or no answer, or no price) marking the configuration unverified
// and asked again after an hour, not before. Time moves on the session's
// clock, never by sleeping.
#include "session/ConsoleSession.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "work/PriceQuoteBook.h"
#include "work/RefreshScheduler.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using compshare::sim::PriceRefusal;
using compshare::test::SimulatorFixture;
using Status = compshare::PriceQuoteBook::Status;

namespace {

const QString kPrice = QStringLiteral("GetCompShareInstancePrice");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");
const QString kImage = QStringLiteral("compshareImage-comfy");
const QDateTime kStart(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());

QJsonObject host(const QString &id, const QString &zone, const QString &charge, int gpus = 1)
{
    return {{QStringLiteral("UHostId"), id},
            {QStringLiteral("Zone"), zone},
            {QStringLiteral("ChargeType"), charge},
            {QStringLiteral("GpuType"), QStringLiteral("4090")},
            {QStringLiteral("GPU"), gpus},
            {QStringLiteral("CPU"), 16 * gpus},
            {QStringLiteral("Memory"), 65536 * gpus},
            {QStringLiteral("CompShareImageId"), kImage}};
}

// Eight instances, five distinct configurations, one that cannot be asked about.
QJsonObject scenario()
{
    QJsonObject withData =
        host(QStringLiteral("uhost-data"), QStringLiteral("cn-wlcb-01"), QStringLiteral("Postpay"));
    withData.insert(
        QStringLiteral("DiskSet"),
        QJsonArray{QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                               {QStringLiteral("IsBoot"), QStringLiteral("False")},
                               {QStringLiteral("Size"), 500}},
                   QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                               {QStringLiteral("IsBoot"), QStringLiteral("True")},
                               {QStringLiteral("Size"), 200}}});
    QJsonObject stopped =
        host(QStringLiteral("uhost-a3"), QStringLiteral("cn-wlcb-01"), QStringLiteral("Postpay"));
    stopped.insert(QStringLiteral("State"), QStringLiteral("Stopped"));
    QJsonObject noGpu = host(QStringLiteral("uhost-nogpu"), QStringLiteral("cn-wlcb-01"),
                             QStringLiteral("Postpay"));
    noGpu.insert(QStringLiteral("GPU"), 0); // as listed after a start without GPU
    QJsonObject four = host(QStringLiteral("uhost-four"), QStringLiteral("cn-wlcb-01"),
                            QStringLiteral("Postpay"), 4);
    four.insert(QStringLiteral("CompShareImagePrice"), 0.1);
    return {{QStringLiteral("instances"),
             QJsonArray{host(QStringLiteral("uhost-a1"), QStringLiteral("cn-wlcb-01"),
                             QStringLiteral("Postpay")),
                        host(QStringLiteral("uhost-a2"), QStringLiteral("cn-wlcb-01"),
                             QStringLiteral("Postpay")),
                        stopped, four,
                        host(QStringLiteral("uhost-month"), QStringLiteral("cn-wlcb-01"),
                             QStringLiteral("Month")),
                        host(QStringLiteral("uhost-hk"), QStringLiteral("hk-02"),
                             QStringLiteral("Postpay")),
                        withData, noGpu}}};
}

constexpr int kDistinct = 5;

} // namespace

class TestPriceQuoteBook final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = kStart;
    std::unique_ptr<SimulatorFixture> m_cloud;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ConsoleSession> m_session;

    // A console as the application builds it: the session's clock, the
    // store's archive, then the account. No list goes out by itself.
    void openConsole()
    {
        m_session = std::make_unique<ConsoleSession>();
        test::useFastTimings(*m_session);
        m_session->scheduler()->setAutoRefreshIntervalMs(3600 * 1000);
        m_session->setClock([this] { return m_now; });
        m_session->priceQuotes()->setArchive(m_store->priceQuotes());
        QVERIFY(!m_session->connectTo(m_cloud->url(), m_cloud->credentials()).isError());
    }
    // A full list, then every question it started answered.
    void fullList()
    {
        QSignalSpy lists(m_session->scheduler(), &RefreshScheduler::refreshSucceeded);
        if (m_session->store()->hasList())
            m_session->scheduler()->refreshNow();
        QTRY_VERIFY(!lists.isEmpty() && lists.last().at(1).toBool());
        PriceQuoteBook *book = m_session->priceQuotes();
        QTRY_VERIFY(book->queued() == 0 && book->inFlight() == 0);
    }
    PriceQuoteBook *book() const { return m_session->priceQuotes(); }
    const Instance &listed(const QString &id) const
    {
        const Instance *instance = m_session->store()->instance(id);
        Q_ASSERT(instance);
        return *instance;
    }
    int asked() const { return m_cloud->count(kPrice); }

private slots:
    void init()
    {
        m_now = kStart;
        m_cloud = std::make_unique<SimulatorFixture>(scenario());
        m_store = std::make_unique<LocalStore>(m_dir.filePath(QStringLiteral("console.sqlite")));
        m_store->setClock([this] { return m_now; });
        QVERIFY(m_store->open());
        openConsole();
    }
    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_cloud.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("console.sqlite")));
    }

    void eachDistinctConfigurationIsAskedOnce()
    {
        fullList();
        QCOMPARE(asked(), kDistinct);
        fullList();
        QCOMPARE(asked(), kDistinct); // answered within the day: not asked again
        // Same configuration, same answer; the running and the stopped one alike.
        const std::optional<PriceQuote> a1 = book()->quoteFor(listed(QStringLiteral("uhost-a1")));
        QVERIFY(a1);
        QCOMPARE(a1->instance, std::optional<double>(2.18));
        QCOMPARE(a1->systemDisks, std::optional<double>(0.06)); // the default 200 GB boot disk
        QVERIFY(!a1->disks);
        QCOMPARE(a1->fetchedAt, kStart); // on the session's clock
        QCOMPARE(book()->quoteFor(listed(QStringLiteral("uhost-a3"))), a1);
        QCOMPARE(book()->status(listed(QStringLiteral("uhost-a2"))), Status::Quoted);
        QVERIFY(!book()->isUnverified(listed(QStringLiteral("uhost-a2"))));
        // The data disk is its own configuration, priced apart.
        QCOMPARE(book()->quoteFor(listed(QStringLiteral("uhost-data")))->disks,
                 std::optional<double>(0.15));
        // A monthly instance: a month's price.
        const std::optional<PriceQuote> month =
            book()->quoteFor(listed(QStringLiteral("uhost-month")));
        QCOMPARE(month->period(), PricePeriod::Month);
        QCOMPARE(month->instance, std::optional<double>(1068));
        // Without a GPU count there is nothing to ask: the listing stands, unverified.
        const Instance &noGpu = listed(QStringLiteral("uhost-nogpu"));
        QCOMPARE(book()->status(noGpu), Status::NotQuotable);
        QVERIFY(book()->isUnverified(noGpu));
        QVERIFY(!book()->quoteFor(noGpu));
        // Each question named the configuration it is for, its image too
        // (the session reads the listing's CompShareImageId).
        QSet<QString> zones;
        for (const sim::JournalEntry &e : m_cloud->entries(kPrice)) {
            zones.insert(e.params.value(QStringLiteral("Zone")));
            QCOMPARE(e.params.value(QStringLiteral("CompShareImageId")), kImage);
        }
        QCOMPARE(zones, (QSet<QString>{QStringLiteral("cn-wlcb-01"), QStringLiteral("hk-02")}));
    }

    void nothingIsAskedBeforeTheFirstFullList()
    {
        int askedWhenListed = -1;
        connect(m_session->scheduler(), &RefreshScheduler::refreshSucceeded, this,
                [&](const ListResult &, bool full) {
                    if (full && askedWhenListed < 0)
                        askedWhenListed = asked();
                });
        fullList();
        QCOMPARE(askedWhenListed, 0);
        // In the simulator's journal every price question follows the list pages.
        const QList<sim::JournalEntry> journal = m_cloud->sim().journal();
        qsizetype lastPage = -1;
        qsizetype firstPrice = -1;
        for (qsizetype i = 0; i < journal.size(); ++i) {
            if (journal.at(i).action == kDescribe && firstPrice < 0)
                lastPage = i;
            if (journal.at(i).action == kPrice && firstPrice < 0)
                firstPrice = i;
        }
        QVERIFY(lastPage >= 0);
        QVERIFY(firstPrice > lastPage);
    }

    void aFailedListOrASavedOneAsksNothing()
    {
        m_session.reset();
        QVERIFY(m_cloud->sim().addFault(kDescribe + QStringLiteral(":http:1:503")));
        openConsole();
        QSignalSpy failed(m_session->scheduler(), &RefreshScheduler::refreshFailed);
        QTRY_VERIFY(!failed.isEmpty());
        // A list saved by an earlier run is on screen, but it is not CompShare's.
        Instance saved;
        saved.id = QStringLiteral("uhost-a1");
        saved.zone = QStringLiteral("cn-wlcb-01");
        saved.gpuType = QStringLiteral("4090");
        saved.gpuCount = 1;
        saved.cpu = 16;
        saved.memoryMb = 65536;
        saved.chargeType = ChargeType::Postpay;
        m_session->store()->applyCachedList({saved}, kStart.addSecs(-600));
        QCoreApplication::processEvents();
        QCOMPARE(book()->queued(), 0);
        QCOMPARE(book()->inFlight(), 0);
        QCOMPARE(asked(), 0);
        QCOMPARE(book()->status(saved), Status::NotAsked);
        QVERIFY(!book()->isUnverified(saved));
    }

    void aFewQuestionsAtATime()
    {
        // Answers held back: the first questions stay on the wire.
        QVERIFY(m_cloud->sim().addFault(kPrice + QStringLiteral(":latency:1:300")));
        QTRY_VERIFY(m_session->store()->hasList());
        QTRY_COMPARE(asked(), PriceQuoteBook::kMaxInFlight);
        QCOMPARE(book()->inFlight(), PriceQuoteBook::kMaxInFlight);
        QCOMPARE(book()->queued(), kDistinct - PriceQuoteBook::kMaxInFlight);
        QCOMPARE(book()->status(listed(QStringLiteral("uhost-a1"))), Status::Asking);
        QVERIFY(!book()->isUnverified(listed(QStringLiteral("uhost-a1"))));
        QTRY_VERIFY_WITH_TIMEOUT(book()->queued() == 0 && book()->inFlight() == 0, 10000);
        QCOMPARE(asked(), kDistinct);
    }

    void answersAreKeptADayAcrossARestart()
    {
        fullList();
        QCOMPARE(asked(), kDistinct);
        m_session.reset(); // quit
        m_now = kStart.addSecs(23 * 3600);
        openConsole();
        fullList();
        QCOMPARE(asked(), kDistinct); // nothing asked again within the day
        const std::optional<PriceQuote> kept = book()->quoteFor(listed(QStringLiteral("uhost-a1")));
        QVERIFY(kept);
        QCOMPARE(kept->instance, std::optional<double>(2.18));
        QCOMPARE(kept->fetchedAt, kStart);

        // A day after the answer: asked again, the old answer shown meanwhile.
        m_cloud->sim().setInstancePrice(QStringLiteral("4090"), QStringLiteral("Postpay"), 2.5);
        m_now = kStart.addSecs(PriceQuoteBook::kKeepSecs);
        // Answers held back, so that none can come back before the count below (a loaded CI
        // machine answered two of them first).
        QVERIFY(m_cloud->sim().addFault(kPrice + QStringLiteral(":latency:1:1500")));
        QSignalSpy lists(m_session->scheduler(), &RefreshScheduler::refreshSucceeded);
        m_session->scheduler()->refreshNow();
        QTRY_VERIFY(!lists.isEmpty());
        QCOMPARE(book()->queued() + book()->inFlight(), kDistinct);
        QCOMPARE(book()->quoteFor(listed(QStringLiteral("uhost-a1"))), kept);
        m_cloud->sim().clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(book()->queued() == 0 && book()->inFlight() == 0, 15000);
        QCOMPARE(asked(), 2 * kDistinct);
        const std::optional<PriceQuote> renewed =
            book()->quoteFor(listed(QStringLiteral("uhost-a1")));
        QCOMPARE(renewed->instance, std::optional<double>(2.5));
        QCOMPARE(renewed->fetchedAt, m_now);

        // A restart more than a day after an answer asks again too.
        m_session.reset();
        m_now = m_now.addSecs(PriceQuoteBook::kKeepSecs + 1);
        openConsole();
        fullList();
        QCOMPARE(asked(), 3 * kDistinct);
    }

    void aRefusalIsUnverifiedAndAskedAgainAfterAnHour()
    {
        m_cloud->sim().setPriceRefusal(PriceRefusal{8433, {}, 0});
        QSignalSpy changed(book(), &PriceQuoteBook::changed);
        fullList();
        QCOMPARE(asked(), kDistinct);
        QCOMPARE(changed.size(), kDistinct);
        const Instance &a1 = listed(QStringLiteral("uhost-a1"));
        QCOMPARE(book()->status(a1), Status::Refused);
        QVERIFY(book()->isUnverified(a1));
        QVERIFY(!book()->quoteFor(a1));

        m_cloud->sim().setPriceRefusal({});
        m_now = kStart.addSecs(PriceQuoteBook::kRetrySecs - 1);
        fullList();
        QCOMPARE(asked(), kDistinct); // not before the hour
        // Nor after a restart within the hour: the refusal was kept.
        m_session.reset();
        openConsole();
        fullList();
        QCOMPARE(asked(), kDistinct);
        QCOMPARE(book()->status(listed(QStringLiteral("uhost-a1"))), Status::Refused);

        m_now = kStart.addSecs(PriceQuoteBook::kRetrySecs);
        fullList();
        QCOMPARE(asked(), 2 * kDistinct);
        QCOMPARE(book()->status(listed(QStringLiteral("uhost-a1"))), Status::Quoted);
        QVERIFY(!book()->isUnverified(listed(QStringLiteral("uhost-a1"))));
    }

    void everyFailureIsUnverified_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QByteArray>("fixed");
        QTest::addColumn<int>("status");
        QTest::newRow("HTTP 504") << QStringLiteral("GetCompShareInstancePrice:http:1:504")
                                  << QByteArray() << int(Status::Refused);
        QTest::newRow("RetCode 226604")
            << QStringLiteral("GetCompShareInstancePrice:retcode:1:226604") << QByteArray()
            << int(Status::Refused);
        QTest::newRow("no answer") << QStringLiteral("GetCompShareInstancePrice:drop:1")
                                   << QByteArray() << int(Status::Unanswered);
        QTest::newRow("unreadable") << QStringLiteral("GetCompShareInstancePrice:malformed:1")
                                    << QByteArray() << int(Status::Unanswered);
        QTest::newRow("no price for the mode")
            << QString() << QByteArray(R"({"RetCode":0,"PriceDetails":[{"ChargeType":"Year"}]})")
            << int(Status::Absent);
    }
    void everyFailureIsUnverified()
    {
        QFETCH(QString, fault);
        QFETCH(QByteArray, fixed);
        QFETCH(int, status);
        if (!fault.isEmpty())
            QVERIFY(m_cloud->sim().addFault(fault));
        m_cloud->sim().setFixedAnswer(kPrice, fixed);
        fullList();
        const Instance &a1 = listed(QStringLiteral("uhost-a1"));
        QCOMPARE(int(book()->status(a1)), status);
        QVERIFY(book()->isUnverified(a1));
        QVERIFY(!book()->quoteFor(a1));
        const int after = asked();
        m_now = m_now.addSecs(PriceQuoteBook::kRetrySecs - 60);
        fullList();
        QCOMPARE(asked(), after);
    }

    void theImagePartComesWithTheImageId()
    {
        // The listing's 0.10 for the image of a 4-GPU instance is per GPU.
        // The session tells the book each instance's CompShareImageId.
        m_cloud->sim().setImagePrice(kImage, 0.1);
        fullList();
        const std::optional<PriceQuote> four =
            book()->quoteFor(listed(QStringLiteral("uhost-four")));
        QVERIFY(four);
        QCOMPARE(four->imagePerGpu, std::optional<double>(0.1));
        QCOMPARE(four->imagePerHour(listed(QStringLiteral("uhost-four")).gpuCount),
                 std::optional<double>(0.4));
        for (const sim::JournalEntry &e : m_cloud->entries(kPrice))
            QCOMPARE(e.params.value(QStringLiteral("CompShareImageId")), kImage);
    }

    void anotherAccountStartsAfresh()
    {
        fullList();
        const Instance a1 = listed(QStringLiteral("uhost-a1"));
        QVERIFY(book()->quoteFor(a1));
        const Credentials other = test::generateCredentials();
        m_cloud->sim().addAccount(other.publicKey, other.privateKey);
        QVERIFY(!m_session->connectTo(m_cloud->url(), other).isError());
        QVERIFY(!book()->quoteFor(a1));
        fullList();
        QCOMPARE(asked(), 2 * kDistinct);
        QVERIFY(book()->quoteFor(listed(QStringLiteral("uhost-a1"))));
    }
};

QTEST_GUILESS_MAIN(TestPriceQuoteBook)
#include "tst_pricequotebook.moc"

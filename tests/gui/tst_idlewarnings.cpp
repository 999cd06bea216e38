// SPDX-License-Identifier: MIT
// An idle run is warned about once, also across a restart: the "GPU idle"
// notification (CostNotifier) and stop when idle's warning are remembered in
// the local store, keyed by instance and the idle run's start. A second
// session over the same store file (the console restarted) finds the run
// carried over and warned, and says nothing; the GPUs busy, then idle again,
// make a new run, which is warned about again. Against the simulator over
// real HTTP, on the session's injectable clock (the simulator's).
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "state/LocalStore.h"
#include "support/RecordingNotifier.h"
#include "support/SimulatorFixture.h"
#include "ui/CostNotifier.h"
#include "work/ActionNotifier.h"
#include "work/DesktopNotifications.h"
#include "work/RefreshScheduler.h"
#include "work/StopWhenIdle.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace compshare;
using compshare::test::RecordingNotifier;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {

const QString kPay = QStringLiteral("uhost-pay");

// One run of the console: a session over the store file at `path`, on the
// simulator's clock, with stop when idle on for kPay (1 minute).
struct ConsoleRun
{
    ConsoleRun(SimulatorFixture &fixture, const QString &path, const QString &settingsFile)
        : fixture(fixture)
        , store(path)
        , settings(settingsFile)
    {
        const auto clock = [&fixture] {
            return QDateTime::fromMSecsSinceEpoch(fixture.sim().clock().nowMs(), QTimeZone::utc());
        };
        store.setClock(clock);
        opened = store.open();
        settings.setDesktopNotifications(false); // notified() still says what it would show
        compshare::test::useFastTimings(session);
        session.setClock(clock);
        session.idleTracker()->setWindowSeconds(60);
        session.stopWhenIdle()->setNotifier(&stopNotifier);
        session.stopWhenIdle()->setIdleMinutes(kPay, 1);
        costs = std::make_unique<ui::CostNotifier>(&session, &settings, &notifications);
        idleNotices = std::make_unique<QSignalSpy>(costs.get(), &ui::CostNotifier::notified);
        session.connectTo(fixture.url(), fixture.credentials(), QStringLiteral("test"));
        // As the window does: the store is attached once the account is known.
        session.setGpuArchive(store.gpuSamples());
    }
    ~ConsoleRun() { session.stopWhenIdle()->setNotifier(nullptr); }
    bool listOnce()
    {
        QSignalSpy listed(session.scheduler(), &RefreshScheduler::refreshSucceeded);
        session.scheduler()->refreshNow();
        return listed.wait(10000);
    }
    int idleNoticeCount() const
    {
        int n = 0;
        for (const QList<QVariant> &args : *idleNotices)
            n += args.at(0).toString() == QStringLiteral("idle:") + kPay;
        return n;
    }

    SimulatorFixture &fixture;
    LocalStore store;
    ConsoleSettings settings;
    DesktopNotifications notifications;
    RecordingNotifier stopNotifier;
    ConsoleSession session;
    std::unique_ptr<ui::CostNotifier> costs;
    std::unique_ptr<QSignalSpy> idleNotices;
    bool opened = false;
};

} // namespace

class TestIdleWarnings final : public QObject
{
    Q_OBJECT

    SimulatorFixture m_fixture{smallScenario(
        {{kPay, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")}})};

    void setGpuUse(const QString &rate)
    {
        QVERIFY(m_fixture.sim().setInstanceField(
            kPay, QStringLiteral("MonitorMessages"),
            QJsonObject{{QStringLiteral("GpuInfo"),
                         QJsonArray{QJsonObject{{QStringLiteral("GPU"), QStringLiteral("0")},
                                                {QStringLiteral("GpuUsageRate"), rate}}}}}));
    }
    void advanceSecs(int secs) { m_fixture.sim().clock().advance(qint64(secs) * 1000); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture.sim().clock().setManual(true);
    }

    void oneWarningPerIdleRunAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString stopTag = QStringLiteral("idlestop:") + kPay;
        setGpuUse(QStringLiteral("0.5"));
        {
            ConsoleRun first(m_fixture, path, ini);
            QVERIFY(first.opened);
            QVERIFY(first.listOnce());
            advanceSecs(60);
            QVERIFY(first.listOnce()); // idle for a minute: both warnings
            QVERIFY(first.session.idleTracker()->isIdle(kPay));
            QCOMPARE(first.idleNoticeCount(), 1);
            QCOMPARE(first.stopNotifier.tags(), QStringList{stopTag});
            // "Keep running": no stop for this idle run, before or after a restart.
            emit first.stopNotifier.actionInvoked(stopTag, QStringLiteral("keep"));
            advanceSecs(60);
            QVERIFY(first.listOnce());
            QCOMPARE(first.idleNoticeCount(), 1);
            QCOMPARE(first.stopNotifier.tags(), QStringList{stopTag});
        } // the console quits
        advanceSecs(30);
        {
            ConsoleRun second(m_fixture, path, ini);
            QVERIFY(second.opened);
            for (int k = 0; k < 4; ++k) { // past the grace, and past the window again
                QVERIFY(second.listOnce());
                advanceSecs(60);
            }
            QVERIFY(second.session.idleTracker()->isIdle(kPay)); // the same run, carried over
            QCOMPARE(second.idleNoticeCount(), 0);
            QCOMPARE(second.stopNotifier.tags(), QStringList{});
            QCOMPARE(m_fixture.count(QStringLiteral("StopCompShareInstance")), 0);

            // Busy, then idle again: a new run, warned about again.
            setGpuUse(QStringLiteral("90"));
            QVERIFY(second.listOnce());
            QVERIFY(!second.session.idleTracker()->isIdle(kPay));
            setGpuUse(QStringLiteral("0.5"));
            for (int k = 0; k < 3; ++k) {
                advanceSecs(60);
                QVERIFY(second.listOnce());
            }
            QVERIFY(second.session.idleTracker()->isIdle(kPay));
            QCOMPARE(second.idleNoticeCount(), 1);
            QCOMPARE(second.stopNotifier.tags(), QStringList{stopTag});
        }
    }

    void aWarningWithoutAnAnswerIsNotRepeatedAndItsGraceRunsOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString stopTag = QStringLiteral("idlestop:") + kPay;
        const int stopsBefore = m_fixture.count(QStringLiteral("StopCompShareInstance"));
        setGpuUse(QStringLiteral("90"));
        {
            ConsoleRun first(m_fixture, path, ini);
            QVERIFY(first.listOnce());
            setGpuUse(QStringLiteral("0.5"));
            for (int k = 0; k < 3; ++k) {
                advanceSecs(60);
                QVERIFY(first.listOnce());
            }
            QCOMPARE(first.stopNotifier.tags(), QStringList{stopTag}); // the grace starts
            QCOMPARE(first.idleNoticeCount(), 1);
        } // quits within the grace, with no answer
        advanceSecs(30);
        ConsoleRun second(m_fixture, path, ini);
        QVERIFY(second.listOnce());
        QVERIFY(second.session.idleTracker()->isIdle(kPay));
        QCOMPARE(second.stopNotifier.tags(), QStringList{});
        QCOMPARE(second.idleNoticeCount(), 0);
        QCOMPARE(m_fixture.count(QStringLiteral("StopCompShareInstance")), stopsBefore);
        // The grace ends 2 minutes after the one warning: then the one stop.
        advanceSecs(StopWhenIdle::kGraceSecs);
        QVERIFY(second.listOnce());
        second.session.stopWhenIdle()->check();
        QTRY_COMPARE(m_fixture.count(QStringLiteral("StopCompShareInstance")), stopsBefore + 1);
        QCOMPARE(second.stopNotifier.tags(), QStringList{});
    }
};

QTEST_MAIN(TestIdleWarnings)
#include "tst_idlewarnings.moc"

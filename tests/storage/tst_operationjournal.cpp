// SPDX-License-Identifier: MIT
// The operations journal against the simulator: every request the console
// sends is written with its answer and request id, and whether the list
// showed it take effect; a refusal keeps its code. A restart (new console
// objects over the same store file) reads the journal back and resends
// nothing: the simulator's journal still holds exactly one request.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "session/OperationRecorder.h"
#include "state/LocalStore.h"
#include "state/OperationJournal.h"
#include "support/SimulatorFixture.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"
#include "work/StopScheduleController.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace compshare;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
QList<QStringList> instances()
{
    return {{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
             QStringLiteral("Postpay")},
            {QStringLiteral("uhost-off"), QStringLiteral("hk"), QStringLiteral("Stopped"),
             QStringLiteral("Postpay")}};
}

// One run of the console: a session, its store and its recorder.
struct ConsoleRun
{
    ConsoleRun(SimulatorFixture &f, const QString &storePath)
        : store(std::make_unique<LocalStore>(storePath))
        , session(std::make_unique<ConsoleSession>())
    {
        store->open();
        recorder = std::make_unique<OperationRecorder>(session.get(), store.get());
        test::useFastTimings(*session);
        session->connectTo(f.url(), f.credentials());
    }
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<OperationRecorder> recorder;
};

StopDecision decide(const QString &id)
{
    StopDecision d;
    d.id = id;
    return d;
}
} // namespace

class TestOperationJournal final : public QObject
{
    Q_OBJECT

private slots:
    void acceptedStopIsJournaledAndARestartResendsNothing()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        const QString a = QStringLiteral("uhost-a");
        {
            ConsoleRun run(f, path);
            QTRY_COMPARE(run.session->model()->rowCount(), 2);
            QCOMPARE(run.session->stopController()->stop({decide(a)}), 1);
            OperationJournal *journal = run.store->journal();
            QTRY_COMPARE(journal->entriesFor(a).value(0).answer, JournalEntry::Answer::Accepted);
            const JournalEntry e = journal->entriesFor(a).first();
            QCOMPARE(e.what, JournalEntry::What::Stop);
            QCOMPARE(e.account, run.recorder->account());
            QVERIFY(!e.account.contains(f.credentials().publicKey));
            QVERIFY(!e.instanceName.isEmpty());
            QCOMPARE(e.requestId,
                     f.entries(QStringLiteral("StopCompShareInstance")).first().requestId);
            QVERIFY(!e.requestId.isEmpty());
            f.sim().clock().advance(5000);
            QTRY_COMPARE(journal->entriesFor(a).value(0).result, JournalEntry::Result::TookEffect);
        }
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1);

        // The console starts again over the same file.
        ConsoleRun again(f, path);
        QSignalSpy lists(again.session->scheduler(), &RefreshScheduler::refreshSucceeded);
        QTRY_COMPARE(lists.count(), 1);
        again.session->scheduler()->refreshNow();
        QTRY_COMPARE(lists.count(), 2);
        const auto entries = again.store->journal()->entriesFor(a);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().result, JournalEntry::Result::TookEffect);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1);
        QCOMPARE(again.store->journal()->count(), 1);
    }

    void refusalKeepsItsCodeAndRequestId_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("answer");
        // A 4xx refuses; a 5xx does not say whether it was applied.
        QTest::newRow("429") << 429 << int(JournalEntry::Answer::Refused);
        QTest::newRow("503") << 503 << int(JournalEntry::Answer::Unclear);
    }

    void refusalKeepsItsCodeAndRequestId()
    {
        QFETCH(int, status);
        QFETCH(int, answer);
        SimulatorFixture f(smallScenario(instances()));
        QTemporaryDir dir;
        ConsoleRun run(f, dir.filePath(QStringLiteral("console.sqlite")));
        QTRY_COMPARE(run.session->model()->rowCount(), 2);
        sim::FaultRule refuse;
        refuse.action = QStringLiteral("StartCompShareInstance");
        refuse.type = sim::FaultRule::Type::HttpStatus;
        refuse.httpStatus = status;
        f.sim().addFault(refuse);
        QVERIFY(run.session->stopController()->start(QStringLiteral("uhost-off"), true));
        QTRY_COMPARE(
            int(run.store->journal()->entriesFor(QStringLiteral("uhost-off")).value(0).answer),
            answer);
        const JournalEntry e =
            run.store->journal()->entriesFor(QStringLiteral("uhost-off")).first();
        QCOMPARE(e.what, JournalEntry::What::StartWithoutGpu);
        QCOMPARE(e.code, status);
        QVERIFY(e.httpCode);
        QVERIFY(!e.requestId.isEmpty());
        QCOMPARE(f.count(QStringLiteral("StartCompShareInstance")), 1);
    }

    void scheduledStopIsJournaledWithItsTime()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        f.sim().clock().advance(1000 - f.sim().clock().nowMs() % 1000);
        auto now = [&f] {
            return QDateTime::fromMSecsSinceEpoch(f.sim().clock().nowMs(), QTimeZone::utc());
        };
        QTemporaryDir dir;
        ConsoleRun run(f, dir.filePath(QStringLiteral("console.sqlite")));
        StopScheduleController *schedules = run.session->stopSchedules();
        run.session->setClock(now); // the session's one clock
        schedules->setConfirmAttempts(3, 20);
        QTRY_COMPARE(run.session->model()->rowCount(), 2);
        const QString a = QStringLiteral("uhost-a");
        const QDateTime at = now().addSecs(3600);
        QSignalSpy outcomes(schedules, &StopScheduleController::outcome);
        QCOMPARE(schedules->schedule({a}, at), 1);
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(run.store->journal()->entriesFor(a).size(), 1);
        const JournalEntry e = run.store->journal()->entriesFor(a).first();
        QCOMPARE(e.what, JournalEntry::What::ScheduleStop);
        QCOMPARE(QDateTime::fromString(e.detail, Qt::ISODate), at);
        QCOMPARE(e.answer, JournalEntry::Answer::Accepted);
        QCOMPARE(e.result, JournalEntry::Result::TookEffect);
        QCOMPARE(schedules->cancel({a}), 1);
        QTRY_COMPARE(run.store->journal()->entriesFor(a).size(), 2);
        QCOMPARE(run.store->journal()->entriesFor(a).first().what,
                 JournalEntry::What::CancelSchedule);
    }
};

QTEST_GUILESS_MAIN(TestOperationJournal)
#include "tst_operationjournal.moc"

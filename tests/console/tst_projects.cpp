// SPDX-License-Identifier: MIT
// Projects against the simulator over real HTTP: GetProjectList once, the
// default project sent on every call (sub-account mode refuses calls without
// it), the user's choice, the re-read when the gateway says the project is
// wrong, the list without a project when GetProjectList itself is refused,
// and scheduler calls held back until a project is entered (as the CLI).
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopScheduleController.h"

#include <QJsonArray>
#include <QtTest>

using namespace compshare;
using compshare::sim::FaultRule;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {

const QString kList = QStringLiteral("GetProjectList");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");
const QString kDefault = QStringLiteral("org-main");
const QString kOther = QStringLiteral("org-lab");

QJsonObject subAccountScenario()
{
    QJsonObject scenario = smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                           QStringLiteral("Running"), QStringLiteral("Postpay")},
                                          {QStringLiteral("uhost-b"), QStringLiteral("hk"),
                                           QStringLiteral("Stopped"), QStringLiteral("Postpay")}});
    scenario.insert(QStringLiteral("subAccount"), true);
    scenario.insert(QStringLiteral("projects"),
                    QJsonArray{QJsonObject{{QStringLiteral("ProjectId"), kOther},
                                           {QStringLiteral("ProjectName"), QStringLiteral("Lab")},
                                           {QStringLiteral("IsDefault"), false}},
                               QJsonObject{{QStringLiteral("ProjectId"), kDefault},
                                           {QStringLiteral("ProjectName"), QStringLiteral("Main")},
                                           {QStringLiteral("IsDefault"), true}}});
    return scenario;
}

// A fault on every GetProjectList answer: held back (Latency, ms) or refused (RetCode).
void faultProjectList(SimulatorFixture &f, FaultRule::Type type, int value)
{
    FaultRule rule;
    rule.action = kList;
    rule.type = type;
    if (type == FaultRule::Type::Latency)
        rule.latencyMs = value;
    else
        rule.retCode = value;
    f.sim().addFault(rule);
}

} // namespace

class TestProjects final : public QObject
{
    Q_OBJECT

private slots:
    void subAccountListsWithTheDefaultProject()
    {
        SimulatorFixture f(subAccountScenario());
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 2);
        QCOMPARE(f.count(kList), 1);
        // The list did not wait for GetProjectList: both went out at once. A
        // sub-account's list without a project is refused; once the project
        // is known the list goes again, with it.
        const auto first = f.sim().journal().mid(0, 2);
        QCOMPARE(first.size(), 2);
        QVERIFY(first.at(0).action == kDescribe || first.at(1).action == kDescribe);
        QVERIFY(!f.entries(kList).first().params.contains(QStringLiteral("ProjectId")));
        const auto describes = f.entries(kDescribe);
        QVERIFY(!describes.isEmpty());
        QVERIFY(!describes.first().params.contains(QStringLiteral("ProjectId")));
        QCOMPARE(describes.last().params.value(QStringLiteral("ProjectId")), kDefault);
        QCOMPARE(describes.last().retCode, 0);
        QCOMPARE(s.projects()->status(), ProjectDirectory::Status::Ready);
        QCOMPARE(s.projects()->projects().size(), 2);
        QCOMPARE(s.projects()->currentId(), kDefault);
        QCOMPARE(s.projects()->current().name, QStringLiteral("Main"));
    }

    void subAccountRefusesCallsWithoutProjectId()
    {
        // The simulator's rule itself: the same call without ProjectId is refused.
        SimulatorFixture f(subAccountScenario());
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 2);
        s.transport()->setProjectId(QString());
        QSignalSpy refused(s.transport(), &ApiTransport::projectRefused);
        QSignalSpy failed(s.scheduler(), &RefreshScheduler::refreshFailed);
        s.scheduler()->refreshNow();
        QTRY_VERIFY(!failed.isEmpty());
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.retCode(), 230);
        QVERIFY(error.message().contains(QStringLiteral("ProjectId")));
        QTRY_VERIFY(!refused.isEmpty());
        // ...which makes the directory read the list again and send the project again.
        QTRY_COMPARE(f.count(kList), 2);
        QTRY_COMPARE(s.transport()->projectId(), kDefault);
        QCOMPARE(s.model()->rowCount(), 2); // the last good list stayed
    }

    void theUsersChoiceIsSentAndKeptAcrossReconnects()
    {
        SimulatorFixture f(subAccountScenario());
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 2);
        QSignalSpy changed(s.projects(), &ProjectDirectory::currentChanged);
        s.projects()->choose(kOther);
        QCOMPARE(changed.count(), 1);
        f.sim().clearJournal();
        s.scheduler()->refreshNow();
        QTRY_VERIFY(f.count(kDescribe) > 0);
        QCOMPARE(f.entries(kDescribe).first().params.value(QStringLiteral("ProjectId")), kOther);

        // Same key again with the remembered choice: no second GetProjectList,
        // and the list does not wait.
        s.connectTo(f.url(), f.credentials(), kOther);
        QTRY_VERIFY(f.count(kDescribe) > 1);
        QCOMPARE(f.count(kList), 0);
        QCOMPARE(s.transport()->projectId(), kOther);
    }

    void aRememberedProjectThatIsGoneFallsBackToTheDefault()
    {
        SimulatorFixture f(subAccountScenario());
        ConsoleSession s;
        test::useFastTimings(s);
        s.connectTo(f.url(), f.credentials(), QStringLiteral("org-deleted"));
        QTRY_COMPARE(s.projects()->status(), ProjectDirectory::Status::Ready);
        QCOMPARE(s.projects()->currentId(), kDefault);
        QTRY_COMPARE(s.model()->rowCount(), 2);
    }

    void theProjectUsedLastTimeListsWithoutWaiting()
    {
        // Last time this key listed in org-main: this start sends it at once
        // and does not wait for GetProjectList (held back 3 s here).
        SimulatorFixture f(subAccountScenario());
        faultProjectList(f, FaultRule::Type::Latency, 3000);
        ConsoleSession s;
        test::useFastTimings(s);
        s.transport()->setTimeoutMs(10000);
        s.connectTo(f.url(), f.credentials(), QString(), kDefault);
        QTRY_COMPARE(s.model()->rowCount(), 2);
        QCOMPARE(s.projects()->status(), ProjectDirectory::Status::Loading);
        for (const auto &e : f.entries(kDescribe))
            QCOMPARE(e.params.value(QStringLiteral("ProjectId")), kDefault);
        QTRY_COMPARE(s.projects()->status(), ProjectDirectory::Status::Ready);
        QCOMPARE(s.projects()->currentId(), kDefault);
    }

    void aStaleLastUsedProjectIsReplacedAndListedAgain()
    {
        // The project used last time is gone: its answer is dropped and the
        // list is asked again in the default project.
        SimulatorFixture f(subAccountScenario());
        ConsoleSession s;
        test::useFastTimings(s);
        s.connectTo(f.url(), f.credentials(), QString(), QStringLiteral("org-deleted"));
        QTRY_COMPARE(s.projects()->status(), ProjectDirectory::Status::Ready);
        QCOMPARE(s.projects()->currentId(), kDefault);
        QTRY_COMPARE(s.model()->rowCount(), 2);
        const auto describes = f.entries(kDescribe);
        QCOMPARE(describes.last().params.value(QStringLiteral("ProjectId")), kDefault);
        QCOMPARE(describes.last().retCode, 0);
    }

    void refusedProjectListFallsBackToNoProjectId()
    {
        SimulatorFixture f(smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                           QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        faultProjectList(f, FaultRule::Type::RetCode, 8433);
        ConsoleSession s;
        test::useFastTimings(s);
        QSignalSpy refused(s.projects(), &ProjectDirectory::listRefused);
        s.connectTo(f.url(), f.credentials());
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().value<ApiError>().retCode(), 8433);
        QCOMPARE(s.projects()->status(), ProjectDirectory::Status::Refused);
        QVERIFY(s.transport()->projectId().isEmpty());
        QTRY_COMPARE(s.model()->rowCount(), 1);
        for (const auto &e : f.entries(kDescribe))
            QVERIFY(!e.params.contains(QStringLiteral("ProjectId")));
    }

    void schedulerCallsAreNotSentWithoutAProject()
    {
        // As the official CLI ("No project was returned by GetProjectList;
        // pass --project-id explicitly"): the list may go without a project,
        // a scheduled stop may not.
        SimulatorFixture f(smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                           QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        faultProjectList(f, FaultRule::Type::RetCode, 8433);
        ConsoleSession s;
        test::useFastTimings(s);
        s.stopSchedules()->setConfirmAttempts(3, 50);
        QSignalSpy refused(s.projects(), &ProjectDirectory::listRefused);
        s.connectTo(f.url(), f.credentials());
        QTRY_COMPARE(refused.count(), 1);
        QTRY_COMPARE(s.model()->rowCount(), 1);
        QVERIFY(s.transport()->projectId().isEmpty());

        QSignalSpy outcomes(s.stopSchedules(), &StopScheduleController::outcome);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(s.stopSchedules()->schedule({QStringLiteral("uhost-a")}, at), 0);
        QCOMPARE(s.stopSchedules()->extend({QStringLiteral("uhost-a")}, 3600), 0);
        QCOMPARE(s.stopSchedules()->cancel({QStringLiteral("uhost-a")}), 0);
        QCOMPARE(outcomes.count(), 3); // said at once, for each
        for (const auto &args : std::as_const(outcomes)) {
            const auto o = args.first().value<ScheduleOutcome>();
            QCOMPARE(o.result, ScheduleOutcome::Result::Skipped);
            QCOMPARE(o.blocker, ScheduleBlocker::NoProject);
        }

        // The user enters the project: now it goes, with the project.
        s.projects()->choose(QStringLiteral("org-sim0default"));
        outcomes.clear();
        QCOMPARE(s.stopSchedules()->schedule({QStringLiteral("uhost-a")}, at), 1);
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.first().first().value<ScheduleOutcome>().result,
                 ScheduleOutcome::Result::Confirmed);
        // Answered: every request sent so far is in the journal, and the
        // skipped ones never were.
        const auto updates = f.entries(QStringLiteral("UpdateCompShareStopScheduler"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().params.value(QStringLiteral("ProjectId")),
                 QStringLiteral("org-sim0default"));
        QCOMPARE(f.count(QStringLiteral("DeleteCompShareStopScheduler")), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjects)
#include "tst_projects.moc"

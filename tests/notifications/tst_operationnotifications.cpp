// SPDX-License-Identifier: MIT
// OperationNotifier routes "instance stopped" through DesktopNotifications:
// the fake org.freedesktop.Notifications server records it, and its "Show"
// action comes back as a request to show that instance.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "support/FakeNotificationService.h"
#include "support/SimulatorFixture.h"
#include "ui/OperationNotifier.h"
#include "work/DesktopNotifications.h"
#include "work/StopController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace compshare;
using compshare::test::FakeNotificationService;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

class TestOperationNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void stoppedInstanceNotifiesAndShowComesBack()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        SimulatorFixture f(smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                           QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        f.sim().clock().setManual(true);
        QTemporaryDir dir;
        ConsoleSettings settings(dir.filePath(QStringLiteral("s.ini")));
        DesktopNotifications notifications(fake.clientBus());
        notifications.setApplication(QStringLiteral("CompShare Console"),
                                     QStringLiteral("compshare-console"));
        ConsoleSession &s = f.session();
        ui::OperationNotifier notifier(&s, &settings, &notifications);
        QSignalSpy show(&notifier, &ui::OperationNotifier::showInstanceRequested);
        QTRY_COMPARE(s.model()->rowCount(), 1);

        StopDecision d;
        d.id = QStringLiteral("uhost-a");
        QCOMPARE(s.stopController()->stop({d}), 1);
        QTRY_COMPARE(s.model()->instance(d.id)->state, InstanceState::Stopping);
        f.sim().clock().advance(5000);
        QTRY_COMPARE(fake.calls().size(), 1);
        const auto &call = fake.calls().first();
        QCOMPARE(call.appName, QStringLiteral("CompShare Console"));
        QCOMPARE(call.summary, QStringLiteral("Instance stopped"));
        const QString name = s.model()->instance(d.id)->name;
        QCOMPARE(call.body, QStringLiteral("%1 has stopped.").arg(name.isEmpty() ? d.id : name));
        // One "Show", not two: the default action is the button and the click.
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));

        fake.invokeAction(call.returnedId, QStringLiteral("default"));
        QTRY_COMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).toString(), QStringLiteral("uhost-a"));
    }

    void switchedOffSendsNothing()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        SimulatorFixture f(smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                           QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        f.sim().clock().setManual(true);
        QTemporaryDir dir;
        ConsoleSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setDesktopNotifications(false);
        DesktopNotifications notifications(fake.clientBus());
        ConsoleSession &s = f.session();
        ui::OperationNotifier notifier(&s, &settings, &notifications);
        QSignalSpy notified(&notifier, &ui::OperationNotifier::notified);
        QTRY_COMPARE(s.model()->rowCount(), 1);
        StopDecision d;
        d.id = QStringLiteral("uhost-a");
        QCOMPARE(s.stopController()->stop({d}), 1);
        QTRY_COMPARE(s.model()->instance(d.id)->state, InstanceState::Stopping);
        f.sim().clock().advance(5000);
        QTRY_COMPARE(notified.size(), 1);
        // show() counts a call synchronously; none was made.
        QCOMPARE(notifications.pendingCalls(), 0);
        QVERIFY(fake.calls().isEmpty());
    }
};

QTEST_MAIN(TestOperationNotifications)
#include "tst_operationnotifications.moc"

// SPDX-License-Identifier: MIT
// FirstShowGate: at start-up the window paints only once the first list's
// request body is on the wire (Qt hands POST bodies over on the GUI thread),
// never waits for the answer, and never waits longer than its cap.
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "ui/FirstShowGate.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QTimer>
#include <QWidget>
#include <QtTest>

using namespace compshare;
using compshare::test::SimulatorFixture;

namespace {

const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

// Records what the transport had done when the window was shown.
class ShowProbe final : public QWidget
{
public:
    explicit ShowProbe(ApiTransport *transport)
        : m_transport(transport)
    {}
    int pendingAtShow = -1;
    qint64 sentAtShow = -1;

protected:
    void showEvent(QShowEvent *event) override
    {
        pendingAtShow = m_transport->uploadsPending();
        sentAtShow = m_transport->requestsSent();
        QWidget::showEvent(event);
    }

private:
    ApiTransport *m_transport;
};

void holdAnswers(SimulatorFixture &fx)
{
    sim::FaultRule hang; // the answer never comes: the show must not wait for it
    hang.action = kDescribe;
    hang.type = sim::FaultRule::Type::Hang;
    fx.sim().addFault(hang);
}

} // namespace

class TestFirstShowGate final : public QObject
{
    Q_OBJECT

private slots:
    void showsOnceTheFirstListIsOnTheWire()
    {
        SimulatorFixture fx;
        holdAnswers(fx);
        ConsoleSession session;
        // A known project: the list goes at once, as on a remembered start.
        session.connectTo(fx.url(), fx.credentials(), QStringLiteral("org-sim0default"));
        QVERIFY(session.scheduler()->isRunning());
        ShowProbe window(session.transport());
        ui::FirstShowGate::show(&window, &session, 5000);
        QVERIFY(!window.isVisible()); // not before the list has even been asked
        QTRY_VERIFY(window.isVisible());
        // GetProjectList and at least the list's first page had been sent.
        QVERIFY2(window.sentAtShow >= 2, "shown before the list was sent");
        // At least the first body is out; the rest may wait for a connection.
        QVERIFY(window.pendingAtShow < window.sentAtShow);
        QTRY_VERIFY(fx.count(kDescribe) >= 1);
        QVERIFY(!session.scheduler()->lastSuccess().isValid()); // no answer was awaited
    }

    void showsAtOnceWhenNoListIsDue()
    {
        SimulatorFixture fx;
        ConsoleSession session; // no key yet (the welcome page)
        QWidget window;
        ui::FirstShowGate::show(&window, &session, 5000);
        QVERIFY(window.isVisible());
        // (A connected session always has its first list due: it never
        // waits for GetProjectList.)
        ConsoleSession connected;
        connected.connectTo(fx.url(), fx.credentials());
        QVERIFY(connected.scheduler()->isRunning());
    }

    void showsAfterTheCapWhenNothingGoesOut()
    {
        SimulatorFixture fx;
        sim::FaultRule hang; // the project list stays unresolved: nothing restarts the list
        hang.action = QStringLiteral("GetProjectList");
        hang.type = sim::FaultRule::Type::Hang;
        fx.sim().addFault(hang);
        ConsoleSession session;
        session.connectTo(fx.url(), fx.credentials(), QStringLiteral("org-sim0default"));
        // The project list's body goes on the wire; the gate's reaction to
        // that is queued at once, so a turn queued after it (connected after
        // the gate) comes when the gate has decided.
        bool turnAfterUpload = false;
        QWidget window, capped; // destroyed before the flag they set
        ui::FirstShowGate::show(&window, &session, 600000);
        ui::FirstShowGate::show(&capped, &session, 200);
        connect(session.transport(), &ApiTransport::uploadSettled, &window,
                [&] { QTimer::singleShot(0, &window, [&] { turnAfterUpload = true; }); });
        session.scheduler()->stop(); // the list was due, then never sent
        QVERIFY(!window.isVisible());
        QVERIFY(!capped.isVisible());
        QTRY_VERIFY(turnAfterUpload);
        QVERIFY(!window.isVisible());    // the project list's own upload does not open it
        QTRY_VERIFY(capped.isVisible()); // the cap does
    }
};

QTEST_MAIN(TestFirstShowGate)
#include "tst_firstshowgate.moc"

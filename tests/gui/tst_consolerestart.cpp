// SPDX-License-Identifier: MIT
// The real binary, started twice over the same folders against the
// simulator, as a user would: the list the first run saved is painted at the
// next start before CompShare answers. The first run ends right after its
// first list is painted (the start-up probe quits there), while that list is
// still being encoded on a worker thread: it is written as the console ends.
#include "simulator/Simulator.h"
#include "support/SimulatorFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using compshare::test::SimulatorFixture;

namespace {
// One start of the console in `home`; what it printed on stdout.
QString runConsole(const SimulatorFixture &fixture, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name).toLower()));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Paint the first list, print when, and quit at once.
    env.insert(QStringLiteral("COMPSHARE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("COMPSHARE_PUBLIC_KEY"), fixture.credentials().publicKey);
    env.insert(QStringLiteral("COMPSHARE_PRIVATE_KEY"), fixture.credentials().privateKey);
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(COMPSHARE_CONSOLE_BIN),
                  {QStringLiteral("--endpoint"), fixture.url().toString()});
    if (!console.waitForStarted())
        return {};
    // The simulator answers from this thread: spin the loop while it runs.
    if (!QTest::qWaitFor([&console] { return console.state() == QProcess::NotRunning; }, 30000)) {
        console.kill();
        return QStringLiteral("(timed out)");
    }
    if (console.exitStatus() != QProcess::NormalExit || console.exitCode() != 0)
        return QStringLiteral("(failed)");
    return QString::fromUtf8(console.readAllStandardOutput());
}
} // namespace

class TestConsoleRestart final : public QObject
{
    Q_OBJECT

private slots:
    void theSavedListIsPaintedAtTheNextStart()
    {
        // Enough instances that encoding the list takes a moment.
        SimulatorFixture fixture(compshare::sim::Simulator::generatedScenario(
            1000, {QStringLiteral("cn-wlcb"), QStringLiteral("hk")}, 7));
        QTemporaryDir home;
        const QString first = runConsole(fixture, home);
        QVERIFY2(first.contains(QStringLiteral("startup-probe: first list painted")),
                 qPrintable(first));
        QVERIFY2(!first.contains(QStringLiteral("cached list painted")), qPrintable(first));
        const QString second = runConsole(fixture, home);
        QVERIFY2(second.contains(QStringLiteral("startup-probe: cached list painted")),
                 qPrintable(second));
        QVERIFY2(second.contains(QStringLiteral("startup-probe: first list painted")),
                 qPrintable(second));
    }
};

QTEST_GUILESS_MAIN(TestConsoleRestart)
#include "tst_consolerestart.moc"

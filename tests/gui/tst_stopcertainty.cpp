// SPDX-License-Identifier: MIT
// Answers that do not say whether a Stop was applied (HTTP 502, 503, 504,
// RetCode 8433), against the simulator over real HTTP, through the real
// window: each is followed by exactly one re-read of the instance (never a
// second Stop), and only then does the banner say what the list showed:
// "took effect" for an instance CompShare did stop, "did not take effect; you
// can try again" (with Stop enabled again) for one it did not. Never
// "refused", never "Nothing changed".
#include "models/InstanceTableModel.h"
#include "state/OperationTracker.h"
#include "support/ConsoleWindow.h"
#include "support/PromptAnswerer.h"
#include "ui/MainWindow.h"
#include "ui/widgets/StatusBanner.h"

#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::ConsoleWindow;
using compshare::test::PromptAnswerer;
using compshare::test::smallScenario;

namespace {
const QString kRun = QStringLiteral("train-0009");
const QString kStop = QStringLiteral("StopCompShareInstance");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

QJsonObject scenario()
{
    return smallScenario(
        {{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {QStringLiteral("train-0010"), QStringLiteral("cn-wlcb"), QStringLiteral("Stopped"),
          QStringLiteral("Postpay")}});
}

bool mentions(const sim::JournalEntry &e, const QString &id)
{
    for (auto it = e.params.constBegin(); it != e.params.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("UHostIds.")) && it.value() == id)
            return true;
    }
    return false;
}
} // namespace

class TestStopCertainty final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneRereadDecides_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<bool>("applied");
        for (const bool applied : {true, false}) {
            const QString suffix = applied ? QStringLiteral("-applied") : QString();
            const QString how = applied ? QStringLiteral("changed") : QStringLiteral("unchanged");
            for (const int status : {502, 503, 504})
                QTest::newRow(qPrintable(QStringLiteral("HTTP %1, %2").arg(status).arg(how)))
                    << QStringLiteral("StopCompShareInstance:http%1:1:%2:1").arg(suffix).arg(status)
                    << QStringLiteral("HTTP %1").arg(status) << applied;
            QTest::newRow(qPrintable(QStringLiteral("RetCode 8433, %1").arg(how)))
                << QStringLiteral("StopCompShareInstance:retcode%1:1:8433:1").arg(suffix)
                << QStringLiteral("RetCode 8433") << applied;
        }
    }

    void oneRereadDecides()
    {
        QFETCH(QString, fault);
        QFETCH(QString, evidence);
        QFETCH(bool, applied);
        ConsoleWindow c(scenario());
        c.fixture.sim().clock().setManual(true); // a stopped one stays Stopping
        QTRY_COMPARE(c.model()->rowCount(), 2);
        QVERIFY(c.fixture.sim().addFault(fault));
        // The journal as it stood when the owner decided.
        int decidedAt = -1;
        connect(c.session()->operations(), &OperationTracker::outcome, this,
                [&](const OperationOutcome &o) {
                    if (o.kind == OperationOutcome::Kind::TookEffect ||
                        o.kind == OperationOutcome::Kind::DidNotTakeEffect)
                        decidedAt = int(c.fixture.sim().journal().size());
                });
        (new PromptAnswerer(c.window->prompts()))->answerNext(PromptAnswerer::Answer::Accept);
        c.clickRowButton(kRun);
        QTRY_VERIFY(decidedAt >= 0);

        StatusBanner *banner = c.window->operationBanner();
        const QString name = QStringLiteral("test-train-0009");
        const QString text = banner->text();
        // What CompShare answered stays at hand ("Copy details").
        const QString details = banner->details();
        QVERIFY2(details.contains(evidence.startsWith(QLatin1String("HTTP"))
                                      ? QStringLiteral("HTTP status: ") + evidence.mid(5)
                                      : QStringLiteral("RetCode: 8433")),
                 qPrintable(details));
        if (applied) {
            QCOMPARE(c.model()->instance(kRun)->state, InstanceState::Stopping);
            QVERIFY2(text.contains(QStringLiteral("The stop of %1 took effect: the list shows "
                                                  "Stopping.")
                                       .arg(name)),
                     qPrintable(text));
        } else {
            QCOMPARE(c.model()->instance(kRun)->state, InstanceState::Running);
            QVERIFY2(
                text.contains(
                    QStringLiteral("CompShare's answer to the stop of %1 (%2").arg(name, evidence)),
                qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("did not say whether it was applied, and its "
                                                 "list still shows it Running: the stop did not "
                                                 "take effect; you can try again.")),
                     qPrintable(text));
            // The action is free again after that one re-read.
            QTRY_VERIFY(c.proxyIndex(kRun, InstanceTableModel::ActionColumn)
                            .data(InstanceTableModel::ActionEnabledRole)
                            .toBool());
        }
        QVERIFY2(!text.contains(QLatin1String("refused")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Nothing changed")), qPrintable(text));

        // Exactly one Stop; between it and the decision, exactly one re-read.
        QCOMPARE(c.fixture.count(kStop), 1);
        const QList<sim::JournalEntry> journal = c.fixture.sim().journal();
        int stopAt = -1;
        for (int n = 0; n < journal.size(); ++n) {
            if (journal.at(n).action == kStop)
                stopAt = n;
        }
        QVERIFY(stopAt >= 0 && stopAt < decidedAt);
        int rereads = 0;
        for (int n = stopAt + 1; n < decidedAt; ++n)
            rereads += journal.at(n).action == kDescribe && mentions(journal.at(n), kRun) ? 1 : 0;
        QCOMPARE(rereads, 1);
        // And nothing sends it again afterwards.
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.count(kStop), 1);
    }
};

QTEST_MAIN(TestStopCertainty)
#include "tst_stopcertainty.moc"

// SPDX-License-Identifier: MIT
// Walks the console through the moments the docs show (the list, a row
// mid-transition, the force-stop dialog) and checks each is on screen. With
// COMPSHARE_SCREENSHOT_DIR set (scripts/screenshots), it also saves them.
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "support/PromptAnswerer.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/table/InstanceTableView.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;

class TestScreenshots final : public QObject
{
    Q_OBJECT

private:
    void save(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMPSHARE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

    static QModelIndex rowOf(ConsoleSession *s, const QString &name, int column)
    {
        for (int r = 0; r < s->proxy()->rowCount(); ++r) {
            const QModelIndex idx = s->proxy()->index(r, column);
            if (s->proxy()->index(r, 0).data().toString() == name)
                return idx;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void documentedMoments()
    {
        test::SimulatorFixture f;                     // the demo account
        f.sim().setTransitionDelayMs(60 * 60 * 1000); // stay in Stopping for the picture
        CommandLineOptions options;
        options.connectLater = true;
        AccountSession account(options);
        MainWindow window(&account);
        window.resize(1280, 720);
        window.show();
        account.connectWith(f.url(), f.credentials(), QStringLiteral("team-gpu"));
        ConsoleSession *s = account.session();
        s->scheduler()->setPollIntervalMs(100);
        QTRY_VERIFY(s->proxy()->rowCount() >= 12);
        QTest::qWait(200);
        save(&window, QStringLiteral("main-window.png"));

        // A row mid-transition: stop "llama3-finetune", watch it sit in Stopping.
        const QModelIndex action =
            rowOf(s, QStringLiteral("llama3-finetune"), InstanceTableModel::ActionColumn);
        QVERIFY(action.isValid());
        window.table()->selectionModel()->select(action, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        (new test::PromptAnswerer(window.prompts()))
            ->answerNext(test::PromptAnswerer::Answer::Accept);
        QTest::mouseClick(window.table()->viewport(), Qt::LeftButton, {},
                          window.table()->visualRect(action).center());
        QTRY_COMPARE(action.siblingAtColumn(InstanceTableModel::StateColumn).data().toString(),
                     QStringLiteral("Stopping"));
        QTest::qWait(2300); // the badge shows the time since the stop began
        save(&window, QStringLiteral("row-mid-transition.png"));

        // The force-stop dialog of a running spot instance.
        QDialog *opened = nullptr;
        connect(window.prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        const QModelIndex spot =
            rowOf(s, QStringLiteral("spot-sd-webui"), InstanceTableModel::ActionColumn);
        QVERIFY(spot.isValid());
        QTest::mouseClick(window.table()->viewport(), Qt::LeftButton, {},
                          window.table()->visualRect(spot).center());
        QTRY_VERIFY(opened);
        auto *force = qobject_cast<ForceStopDialog *>(opened);
        QVERIFY(force);
        QTest::qWait(100);
        save(force, QStringLiteral("force-stop.png"));
        QSignalSpy finished(force, &QDialog::finished);
        QTest::mouseClick(force->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        // Barrier: a full refresh that starts after the cancel; anything the
        // cancel had sent would be in the journal by the time it ends.
        QSignalSpy refreshed(s->scheduler(), &RefreshScheduler::refreshSucceeded);
        s->scheduler()->refreshNow();
        const auto fullRefreshDone = [&refreshed] {
            for (const auto &args : refreshed) {
                if (args.at(1).toBool())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fullRefreshDone(), 10000);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1); // only the ordinary stop
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

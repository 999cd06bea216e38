// SPDX-License-Identifier: MIT
// The stop confirmations through the one prompt seam, driving the real dialogs.
#include "support/PromptAnswerer.h"
#include "support/TestInstances.h"
#include "text/StopConsequences.h"
#include "ui/PromptService.h"
#include "ui/dialogs/BatchStopDialog.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"

#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::makeInstance;

namespace {
// Records the answer of one confirmStop.
struct StopAnswer
{
    bool called = false;
    StopConfirmation value;
    std::function<void(const StopConfirmation &)> callback()
    {
        return [this](const StopConfirmation &c) {
            QVERIFY(!called); // exactly once
            called = true;
            value = c;
        };
    }
};

const Instance kOrdinary =
    makeInstance(QStringLiteral("uhost-ord1"), QStringLiteral("trainer"), ChargeType::Postpay, 2.5);
const Instance kOrdinary2 =
    makeInstance(QStringLiteral("uhost-ord2"), QStringLiteral("notebook"), ChargeType::Month, 1.25);
const Instance kSpot = makeInstance(QStringLiteral("uhost-spot1"), QStringLiteral("cheap-run"),
                                    ChargeType::Spot, 0.75);

// Clicks a check box on its indicator, as a user would.
void tick(QCheckBox *box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

} // namespace

class TestPromptService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_parent = std::make_unique<QWidget>();
        m_parent->resize(400, 300);
        m_parent->show();
        m_prompts = std::make_unique<PromptService>();
    }
    void cleanup()
    {
        m_prompts.reset();
        m_parent.reset();
    }

    void ordinaryOpensNonBlockingDialog()
    {
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kOrdinary}, false, answer.callback());
        // confirmStop returned while the dialog is up: it was open()ed, not exec()ed.
        QCOMPARE(opened.count(), 1);
        QVERIFY(!answer.called);
        auto *dialog = qobject_cast<StopConfirmDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        // It names the instance and says what stopping costs.
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY(summary.contains(QStringLiteral("trainer")));
        QVERIFY(summary.contains(QStringLiteral("uhost-ord1")));
        QVERIFY(summary.contains(QStringLiteral("RTX 4090 × 2")));
        QVERIFY(summary.contains(QStringLiteral("/h")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("billingLabel"))
                    ->text()
                    .contains(QStringLiteral("on day 7 after the stop")));
        QVERIFY(dialog->dontAskAgainCheckBox()->toolTip().contains(QStringLiteral("Preferences")));

        QPointer<QDialog> guard(dialog);
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(answer.called);
        QVERIFY(!answer.value.accepted);
        QVERIFY(answer.value.decisions.isEmpty());
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void ordinaryAccepted_data()
    {
        QTest::addColumn<bool>("tickDontAsk");
        QTest::newRow("ask again") << false;
        QTest::newRow("don't ask again") << true;
    }
    void ordinaryAccepted()
    {
        QFETCH(bool, tickDontAsk);
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kOrdinary}, false, answer.callback());
        auto *dialog = qobject_cast<StopConfirmDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        if (tickDontAsk)
            tick(dialog->dontAskAgainCheckBox());
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QVERIFY(answer.called);
        QVERIFY(answer.value.accepted);
        QCOMPARE(answer.value.decisions.size(), 1);
        QCOMPARE(answer.value.decisions.at(0).id, kOrdinary.id);
        QCOMPARE(answer.value.decisions.at(0).ref, kOrdinary.ref());
        QVERIFY(answer.value.decisions.at(0).force == ForceStop::No);
        QCOMPARE(answer.value.dontAskAgain, tickDontAsk);
    }

    void skipOrdinaryConfirmationShowsNothing()
    {
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kOrdinary, kOrdinary2}, true, answer.callback());
        QCOMPARE(opened.count(), 0);
        QVERIFY(answer.called);
        QVERIFY(answer.value.accepted);
        QCOMPARE(answer.value.decisions.size(), 2);
        for (const StopDecision &d : qAsConst(answer.value.decisions))
            QVERIFY(d.force == ForceStop::No);
    }

    void spotIsNeverSkipped()
    {
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kSpot}, true, answer.callback());
        QCOMPARE(opened.count(), 1);
        QVERIFY(qobject_cast<ForceStopDialog *>(opened.at(0).at(0).value<QDialog *>()));
        QVERIFY(!answer.called);
    }

    void forceStopNeedsTheTick()
    {
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kSpot}, false, answer.callback());
        auto *dialog = qobject_cast<ForceStopDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Force stop spot instance"));
        // A force stop is always confirmed: no "don't ask again" of any kind.
        QCOMPARE(dialog->findChildren<QCheckBox *>().size(), 1);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("spotLabel"))
                    ->text()
                    .contains(QStringLiteral("spot (preemptible) instance")));
        const QString billing = dialog->findChild<QLabel *>(QStringLiteral("billingLabel"))->text();
        QVERIFY(billing.contains(QStringLiteral("only as a forced stop")));
        QVERIFY(billing.contains(QStringLiteral("releasing")));
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(kSpot.id));
        QVERIFY(dialog->understandCheckBox()->text().contains(kSpot.name));
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->forceStopButton()->isDefault());
        QVERIFY(!dialog->forceStopButton()->isEnabled());

        // A click on the disabled button does nothing.
        QTest::mouseClick(dialog->forceStopButton(), Qt::LeftButton);
        QVERIFY(!answer.called);
        QVERIFY(dialog->isVisible());

        tick(dialog->understandCheckBox());
        QVERIFY(dialog->forceStopButton()->isEnabled());
        QTest::mouseClick(dialog->forceStopButton(), Qt::LeftButton);
        QVERIFY(answer.called);
        QVERIFY(answer.value.accepted);
        QCOMPARE(answer.value.decisions.size(), 1);
        QCOMPARE(answer.value.decisions.at(0).id, kSpot.id);
        QVERIFY(answer.value.decisions.at(0).force == ForceStop::UserConfirmed);
        QVERIFY(!answer.value.dontAskAgain);
    }

    void forceStopEnterCancels()
    {
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kSpot}, false, answer.callback());
        auto *dialog = qobject_cast<ForceStopDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        // Even with the tick, Enter goes to the default button: Cancel.
        dialog->understandCheckBox()->setChecked(true);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(answer.called);
        QVERIFY(!answer.value.accepted);
        QVERIFY(answer.value.decisions.isEmpty());
    }

    void batchWithOneSpot_data()
    {
        QTest::addColumn<bool>("tickSpot");
        QTest::newRow("spot not confirmed") << false;
        QTest::newRow("spot confirmed") << true;
    }
    void batchWithOneSpot()
    {
        QFETCH(bool, tickSpot);
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        // skipOrdinaryConfirmation does not skip a batch holding a spot instance.
        m_prompts->confirmStop(m_parent.get(), {kOrdinary, kSpot, kOrdinary2}, true,
                               answer.callback());
        auto *dialog = qobject_cast<BatchStopDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("3")));
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("spotNoteLabel")));
        QVERIFY(dialog->forceCheckBox(kSpot.id));
        QVERIFY(!dialog->forceCheckBox(kOrdinary.id));
        QCOMPARE(dialog->savings().perHour, 2.5); // the monthly one saves nothing
        QVERIFY(dialog->savings().figure().isExact());
        if (tickSpot) {
            tick(dialog->forceCheckBox(kSpot.id));
            // Spot: not covered by "no charge while stopped", no stopped price
            // reported: no figure for it, so "at least", never a ¥0.00 saving.
            QCOMPARE(dialog->savings().perHour, 2.5);
            QCOMPARE(dialog->savings().spot, 1);
            QVERIFY(!dialog->savings().figure().isExact());
        }
        const QString totals = dialog->findChild<QLabel *>(QStringLiteral("totalsLabel"))->text();
        QVERIFY2(totals.contains(tickSpot ? QStringLiteral("saves at least ¥2.50/h")
                                          : QStringLiteral("saves ¥2.50/h")),
                 qPrintable(totals));
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QVERIFY(answer.called);
        QVERIFY(answer.value.accepted);
        QHash<QString, ForceStop> byId;
        for (const StopDecision &d : qAsConst(answer.value.decisions))
            byId.insert(d.id, d.force);
        QCOMPARE(byId.size(), tickSpot ? 3 : 2);
        QVERIFY(byId.value(kOrdinary.id) == ForceStop::No);
        QVERIFY(byId.value(kOrdinary2.id) == ForceStop::No);
        QCOMPARE(byId.contains(kSpot.id), tickSpot);
        if (tickSpot)
            QVERIFY(byId.value(kSpot.id) == ForceStop::UserConfirmed);
    }

    void batchOfOnlyUnconfirmedSpotsStopsNothing()
    {
        const Instance spot2 = makeInstance(QStringLiteral("uhost-spot2"),
                                            QStringLiteral("spot-two"), ChargeType::Spot);
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kSpot, spot2}, false, answer.callback());
        auto *dialog = qobject_cast<BatchStopDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(!dialog->stopButton()->isEnabled());
        tick(dialog->forceCheckBox(spot2.id));
        QVERIFY(dialog->stopButton()->isEnabled());
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QVERIFY(answer.called);
        QCOMPARE(answer.value.decisions.size(), 1);
        QCOMPARE(answer.value.decisions.at(0).id, spot2.id);
        QVERIFY(answer.value.decisions.at(0).force == ForceStop::UserConfirmed);
    }

    void forceIsOnlyEverConfirmedInItsDialog()
    {
        // No shortcut: even with ordinary stops not asked about, a spot
        // instance opens ForceStopDialog, and only ticking "I understand" in
        // it yields ForceStop::UserConfirmed.
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        m_prompts->confirmStop(m_parent.get(), {kSpot}, true, answer.callback());
        QCOMPARE(opened.count(), 1);
        QVERIFY(!answer.called);
        auto *dialog = opened.first().first().value<QDialog *>();
        QCOMPARE(dialog->objectName(), QStringLiteral("ForceStopDialog"));
        test::PromptAnswerer::answerDialog(dialog, test::PromptAnswerer::Answer::Accept);
        QVERIFY(answer.called);
        QVERIFY(answer.value.accepted);
        QVERIFY(answer.value.decisions.at(0).force == ForceStop::UserConfirmed);
    }

    void answererCancelsThroughTheDialog()
    {
        auto *answerer = new test::PromptAnswerer(m_prompts.get());
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        StopAnswer answer;
        answerer->answerNext(test::PromptAnswerer::Answer::Cancel);
        m_prompts->confirmStop(m_parent.get(), {kOrdinary}, false, answer.callback());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(answerer->answered(), 1);
        QVERIFY(answer.called);
        QVERIFY(!answer.value.accepted);
        QVERIFY(answer.value.decisions.isEmpty());
    }

    void reboot()
    {
        bool result = false;
        int calls = 0;
        (new test::PromptAnswerer(m_prompts.get()))
            ->answerNext(test::PromptAnswerer::Answer::Accept);
        m_prompts->confirmReboot(m_parent.get(), kOrdinary, [&](bool ok) {
            result = ok;
            ++calls;
        });
        QCOMPARE(calls, 1);
        QVERIFY(result);

        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        m_prompts->confirmReboot(m_parent.get(), kOrdinary, [&](bool ok) {
            result = ok;
            ++calls;
        });
        QCOMPARE(opened.count(), 1);
        auto *box = qobject_cast<QMessageBox *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(box);
        QCOMPARE(calls, 1);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("rebootButton")),
                          Qt::LeftButton);
        QCOMPARE(calls, 2);
        QVERIFY(result);
    }

    void showErrorOpensAMessageBox()
    {
        QSignalSpy opened(m_prompts.get(), &PromptService::promptOpened);
        m_prompts->showError(m_parent.get(), QStringLiteral("Stop failed"),
                             QStringLiteral("The gateway refused the forced stop."));
        QCOMPARE(opened.count(), 1);
        auto *box = qobject_cast<QMessageBox *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("The gateway refused the forced stop."));
        box->close();
    }

private:
    std::unique_ptr<QWidget> m_parent;
    std::unique_ptr<PromptService> m_prompts;
};

QTEST_MAIN(TestPromptService)
#include "tst_promptservice.moc"

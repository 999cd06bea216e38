// SPDX-License-Identifier: MIT
// Every reason the operation owner gives for not sending a schedule change
// becomes one whole sentence that names the instance (outcomes as data; ui/
// writes the sentence).
#include "base/Bounds.h"
#include "ui/text/ScheduleSentences.h"

#include <QtTest>

using namespace compshare;
using compshare::ui::ScheduleSentences;

class TestScheduleSentences final : public QObject
{
    Q_OBJECT

private slots:
    void everyBlockerIsAWholeSentenceNamingTheInstance_data()
    {
        QTest::addColumn<int>("blocker");
        QTest::addColumn<QString>("says");
        QTest::newRow("not listed")
            << int(ScheduleBlocker::NotListed) << QStringLiteral("no longer listed");
        QTest::newRow("spot") << int(ScheduleBlocker::Spot) << QStringLiteral("spot instance");
        QTest::newRow("stopped") << int(ScheduleBlocker::AlreadyStopped)
                                 << QStringLiteral("stopped already");
        QTest::newRow("no project")
            << int(ScheduleBlocker::NoProject) << QStringLiteral("needs a project");
        QTest::newRow("under way")
            << int(ScheduleBlocker::ChangeUnderWay) << QStringLiteral("still under way");
        QTest::newRow("too soon") << int(ScheduleBlocker::TooSoon)
                                  << QStringLiteral("at least %1 minutes from now")
                                         .arg(bounds::kScheduleMinLeadSecs / 60);
    }

    void everyBlockerIsAWholeSentenceNamingTheInstance()
    {
        QFETCH(int, blocker);
        QFETCH(QString, says);
        const QString text =
            ScheduleSentences::notSent(ScheduleBlocker(blocker), QStringLiteral("train-01"));
        QVERIFY2(text.startsWith(QLatin1String("The scheduled stop of train-01 was not sent: ")),
                 qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        QVERIFY(ScheduleSentences::notSent(ScheduleBlocker::None, QStringLiteral("x")).isEmpty());
    }

    void onlySpotIsNeverSchedulable()
    {
        QVERIFY(ScheduleSentences::never(ScheduleBlocker::Spot).contains(QLatin1String("Spot")));
        QVERIFY(ScheduleSentences::never(ScheduleBlocker::AlreadyStopped).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleSentences)
#include "tst_schedulesentences.moc"

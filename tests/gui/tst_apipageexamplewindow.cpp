// SPDX-License-Identifier: MIT
// The console window, offscreen, against the simulator serving the API
// page's own response example (tests/data, its source named there): one
// record of 8 announced, no InstancePrice, ChargeType "xePQZDOs", Memory 6.
// Nothing on screen may read ¥0.00. With COMPSHARE_SCREENSHOT_DIR set, the
// window is saved as api-page-example.png.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "session/TranslationLoader.h"
#include "support/ConsoleWindow.h"
#include "support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/StatusSummary.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;

namespace {

const QString kId = QStringLiteral("wMwHWPOr");

QJsonObject exampleScenario()
{
    QFile file(test::dataFile(QStringLiteral("api-page-example-describecompshareinstance.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject example = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray zones{QJsonObject{{QStringLiteral("region"), QStringLiteral("cn-wlcb")},
                                       {QStringLiteral("zone"), QStringLiteral("cn-wlcb-01")}}};
    return {{QStringLiteral("name"), QStringLiteral("api-page-example")},
            {QStringLiteral("zones"), zones},
            {QStringLiteral("instances"), QJsonArray{}},
            {QStringLiteral("fixedAnswers"),
             QJsonObject{{QStringLiteral("DescribeCompShareInstance"), example}}}};
}

// Every text the window shows: labels (banners, status bar, details pane)
// and every cell of the table with its tooltip.
QStringList shownTexts(MainWindow *window)
{
    QStringList texts;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisibleTo(window))
            texts << label->text() << label->toolTip();
    }
    const QAbstractItemModel *model = window->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            texts << index.data(Qt::DisplayRole).toString()
                  << index.data(Qt::ToolTipRole).toString();
        }
    }
    return texts;
}

} // namespace

class TestApiPageExampleWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void theApiPagesExampleShowsNoFigureItDidNotSend()
    {
        TranslationLoader english; // plural forms, as the console runs
        QVERIFY(english.load(QStringLiteral("en")));
        const QJsonObject scenario = exampleScenario();
        QVERIFY(!scenario.isEmpty());
        test::ConsoleWindow c(scenario, QSize(1800, 720)); // wide enough to show Price and Cost now
        QTRY_COMPARE(c.model()->rowCount(), 1);
        const QModelIndex price = c.proxyIndex(kId, InstanceTableModel::PriceColumn);
        QCOMPARE(price.data().toString(), QStringLiteral("—"));
        QCOMPARE(c.proxyIndex(kId, InstanceTableModel::CostNowColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(c.proxyIndex(kId, InstanceTableModel::ChargeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("billing unknown")));
        QVERIFY(c.proxyIndex(kId, InstanceTableModel::CpuMemoryColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("6 MB")));

        // The warning names both numbers and the answer's request id.
        StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString warning = banner->text();
        QVERIFY2(warning.contains(QStringLiteral("announced 8 instances but sent 1")),
                 qPrintable(warning));
        const QList<sim::JournalEntry> sent =
            c.fixture.entries(QStringLiteral("DescribeCompShareInstance"));
        bool namesARequest = false;
        for (const sim::JournalEntry &e : sent)
            namesARequest = namesARequest || warning.contains(e.requestId);
        QVERIFY2(namesARequest, qPrintable(warning));

        QCOMPARE(c.window->statusSummary()->unknownBillingText(),
                 QStringLiteral("1 instance with unknown billing, not counted"));
        QVERIFY(c.window->statusSummary()->burnToolTipText().contains(
            QStringLiteral("1 instance with unknown billing, not counted")));

        const QString beforeSelection = shownTexts(c.window.get()).join(QLatin1Char('\n'));
        QVERIFY2(!beforeSelection.contains(QStringLiteral("¥0.00")), qPrintable(beforeSelection));

        c.window->table()->selectInstance(kId); // the details pane shows it too
        QStringList texts;
        QTRY_VERIFY((texts = shownTexts(c.window.get()))
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("xePQZDOs (billing unknown)")));
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QStringLiteral("¥0.00")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("0.005")), qPrintable(all)); // 6 MB as GB
        QVERIFY2(all.contains(QStringLiteral("1 instance with unknown billing, not counted")),
                 qPrintable(all));

        const QString dir = qEnvironmentVariable("COMPSHARE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(c.window->grab().save(dir + QStringLiteral("/api-page-example.png")));
        }
    }

    void totalCountOneWithAnEmptySetIsNeverAnEmptyAccount()
    {
        QJsonObject scenario = exampleScenario();
        scenario.insert(QStringLiteral("fixedAnswers"),
                        QJsonObject{{QStringLiteral("DescribeCompShareInstance"),
                                     QJsonObject{{QStringLiteral("RetCode"), 0},
                                                 {QStringLiteral("TotalCount"), 1},
                                                 {QStringLiteral("UHostSet"), QJsonArray{}}}}});
        test::ConsoleWindow c(scenario);
        StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("CompShare's answer contradicts itself")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Cannot reach")), qPrintable(text));
        const QList<sim::JournalEntry> sent =
            c.fixture.entries(QStringLiteral("DescribeCompShareInstance"));
        bool namesARequest = false;
        for (const sim::JournalEntry &e : sent)
            namesARequest = namesARequest || text.contains(e.requestId);
        QVERIFY2(namesARequest, qPrintable(text));
        QCOMPARE(c.model()->rowCount(), 0);
        QVERIFY2(!c.window->table()->emptyText().contains(QStringLiteral("No instances")),
                 qPrintable(c.window->table()->emptyText()));
    }
};

QTEST_MAIN(TestApiPageExampleWindow)
#include "tst_apipageexamplewindow.moc"

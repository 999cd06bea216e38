// SPDX-License-Identifier: MIT
// GPU history on screen: the sparkline painted in the GPU use cell (text and
// accessible text unchanged, gaps left blank) and the details pane's
// 24-hour chart, filled from GetCompShareInstanceMonitor when the simulator
// answers, and from this computer's samples, quietly and with its caption,
// when it answers 230.
#include "models/InstanceTableModel.h"
#include "state/GpuHistory.h"
#include "state/InstanceStore.h"
#include "support/ConsoleWindow.h"
#include "support/TestInstances.h"
#include "ui/delegates/CostColumnsDelegate.h"
#include "ui/widgets/GpuHistoryChart.h"
#include "ui/widgets/GpuHistoryView.h"
#include "ui/widgets/StatusBanner.h"
#include "work/GpuDayHistory.h"

#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;

namespace {
const QString kLlama = QStringLiteral("uhost-2kx7f1qa"); // the demo: running
const QString kMonitor = QStringLiteral("GetCompShareInstanceMonitor");

Instance withGpus(const QString &id, QList<double> rates)
{
    Instance i = test::makeInstance(id, id, ChargeType::Postpay);
    i.monitor.present = true;
    int n = 0;
    for (double r : rates)
        i.monitor.gpus.append({QString::number(n++), r, 10});
    return i;
}

// Pixels of the sparkline's blue inside `rect` of `image` (antialiased edges
// included; the faint baseline and the row backgrounds are not).
int sparkPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - c.red() > 80 && c.blue() > 150)
                ++n;
        }
    }
    return n;
}

GpuHistoryView *historyView(const test::ConsoleWindow &c)
{
    return c.window->findChild<GpuHistoryView *>();
}

bool anyBannerShown(const test::ConsoleWindow &c)
{
    const QList<StatusBanner *> banners = c.window->findChildren<StatusBanner *>();
    return std::any_of(banners.cbegin(), banners.cend(),
                       [](const StatusBanner *b) { return b->isVisible(); });
}
} // namespace

class TestGpuHistoryView final : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1800000000 - 1800000000 % 60, QTimeZone::utc());

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void sparklineIsPaintedGapsStayBlankTextUnchanged()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        GpuHistory history;
        history.setClock([this] { return m_now; });
        model.setGpuHistory(&history);
        Instance busy = withGpus(QStringLiteral("uhost-busy"), {60, 80});
        Instance gap = withGpus(QStringLiteral("uhost-gap"), {50});
        gap.monitor = {}; // running, no MonitorMessages: every minute a gap
        Instance stopped = withGpus(QStringLiteral("uhost-stopped"), {70});
        Instance full = withGpus(QStringLiteral("uhost-full"), {100});
        Instance mixed = full; // no data for 5 minutes, then 100 %
        mixed.id = QStringLiteral("uhost-mixed");
        mixed.monitor = {};
        store.applyFullList({busy, gap, stopped, mixed});
        for (int m = 0; m < 10; ++m) {
            Instance now = m < 5 ? mixed : full;
            now.id = mixed.id;
            history.observe({busy, gap, stopped, now}, true);
            m_now = m_now.addSecs(60);
        }
        stopped.state = InstanceState::Stopped;
        full.id = mixed.id;
        history.observe({busy, gap, stopped, full}, true);
        store.applyFullList({busy, gap, stopped, mixed});

        const auto cell = [&](const QString &id) {
            return model.index(model.rowOf(id), InstanceTableModel::GpuUtilColumn);
        };
        QCOMPARE(cell(busy.id).data(Qt::DisplayRole).toString(), QStringLiteral("70 %"));
        QCOMPARE(cell(busy.id).data(Qt::AccessibleTextRole).toString(), QStringLiteral("70 %"));
        QCOMPARE(cell(stopped.id).data(Qt::DisplayRole).toString(), QStringLiteral("—"));
        QCOMPARE(cell(stopped.id).data(Qt::AccessibleTextRole).toString(), QStringLiteral("—"));
        const QList<double> series =
            cell(busy.id).data(InstanceTableModel::GpuSparklineRole).value<QList<double>>();
        QCOMPARE(series.size(), GpuHistory::kSparklineMinutes);
        QCOMPARE(series.last(), 70.0);

        QTableView view;
        view.setModel(&model);
        view.setItemDelegateForColumn(InstanceTableModel::GpuUtilColumn,
                                      new CostColumnsDelegate(&view));
        view.setColumnWidth(InstanceTableModel::GpuUtilColumn, 140);
        view.resize(1600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollTo(cell(busy.id));
        const QImage image = view.viewport()->grab().toImage();
        const auto rect = [&](const QString &id) {
            return view.visualRect(cell(id));
        };
        QVERIFY2(sparkPixels(image, rect(busy.id)) > 10, "the busy row has its sparkline");
        QVERIFY2(sparkPixels(image, rect(stopped.id)) > 10, "a stopped row keeps its last minutes");
        QCOMPARE(sparkPixels(image, rect(gap.id)), 0); // gaps are not drawn, not even as 0
        // At 100 % after a gap: the line is at the top; nothing at the 0 % line.
        const QRect mixedCell = rect(mixed.id);
        const int top = sparkPixels(image, mixedCell.adjusted(0, 0, 0, -mixedCell.height() / 2));
        QVERIFY2(top > 2, qPrintable(QString::number(top)));
        QCOMPARE(sparkPixels(image, mixedCell.adjusted(0, mixedCell.height() * 6 / 10, 0, 0)), 0);
    }

    void chartFilledFromCompShare()
    {
        test::ConsoleWindow c(QJsonObject{});
        QTRY_VERIFY(c.model()->rowCount() > 0);
        c.window->table()->selectInstance(kLlama);
        GpuHistoryView *view = historyView(c);
        QVERIFY(view);
        QTRY_COMPARE(view->chart()->series().source, GpuSeries::Source::CompShare);
        QVERIFY(view->chart()->series().hasData());
        QVERIFY(view->isVisible());
        QVERIFY(!view->caption()->isVisible());
        // (Without the English translation loaded, %n reads "GPU(s)".)
        const QRegularExpression summary(
            QStringLiteral("^GPU use over the last 24 hours: 1 GPU(\\(s\\))?, average \\d+ %, "
                           "highest \\d+ %\\.$"));
        QVERIFY2(summary.match(view->chart()->accessibleDescription()).hasMatch(),
                 qPrintable(view->chart()->accessibleDescription()));
        QCOMPARE(c.fixture.sim().requestCount(kMonitor, {}), 1);
    }

    void refusal230FallsBackQuietlyWithItsCaption()
    {
        test::ConsoleWindow c(QJsonObject{}, QSize(1280, 720), false);
        c.fixture.sim().setMonitorRefusal(230);
        c.connectNow();
        QTRY_VERIFY(c.model()->rowCount() > 0);
        c.window->table()->selectInstance(kLlama);
        GpuHistoryView *view = historyView(c);
        QTRY_COMPARE(c.fixture.sim().requestCount(kMonitor), 1);
        QTRY_VERIFY(c.session()->gpuDayHistory()->refusedThisSession());
        QCOMPARE(view->chart()->series().source, GpuSeries::Source::ThisComputer);
        QTRY_VERIFY(view->caption()->isVisible());
        QCOMPARE(view->caption()->text(), QStringLiteral("History from this computer"));
        QVERIFY(!anyBannerShown(c));
        // Another instance: not asked again this session.
        const QString other = c.model()->instanceAt(0).id == kLlama ? c.model()->instanceAt(1).id
                                                                    : c.model()->instanceAt(0).id;
        c.window->table()->selectInstance(other);
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.sim().requestCount(kMonitor), 1);
        QVERIFY(view->caption()->isVisible());
        QVERIFY(!anyBannerShown(c));
    }
};

QTEST_MAIN(TestGpuHistoryView)
#include "tst_gpuhistoryview.moc"

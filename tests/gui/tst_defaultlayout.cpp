// SPDX-License-Identifier: MIT
// The default window (1280x760) shows the money: Name, State, Action, GPU
// use, Cost now and Auto-stop lie inside the table's viewport without
// scrolling, in English and in Chinese, also when an older version saved
// its own (wide) column widths. State is sized to its badges.
#include "core/AccountSession.h"
#include "core/ConsoleSession.h"
#include "core/TranslationLoader.h"
#include "model/InstanceTableModel.h"
#include "support/SimulatorFixture.h"
#include "ui/InstanceTableView.h"
#include "ui/MainWindow.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;

namespace {
// A header state as an older version saved it: fewer columns, all wide,
// without the layout tag.
QByteArray olderVersionHeaderState()
{
    QStandardItemModel model(1, 12);
    QHeaderView header(Qt::Horizontal);
    header.setModel(&model);
    for (int c = 0; c < 12; ++c)
        header.resizeSection(c, 260);
    return header.saveState();
}
} // namespace

class TestDefaultLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void moneyColumnsInView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("olderSavedWidths");
        QTest::newRow("English") << QStringLiteral("en") << false;
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << false;
        QTest::newRow("English, widths saved by an older version") << QStringLiteral("en") << true;
        QTest::newRow("Chinese, widths saved by an older version")
            << QStringLiteral("zh_CN") << true;
    }
    void moneyColumnsInView()
    {
        QFETCH(QString, language);
        QFETCH(bool, olderSavedWidths);
        QSettings().clear();
        if (olderSavedWidths) {
            QSettings().setValue(QStringLiteral("table/header"), olderVersionHeaderState());
            QSettings().setValue(QStringLiteral("table/headerLanguage"), language.toUtf8());
        }
        TranslationLoader loader;
        QVERIFY(loader.load(language));
        compshare::test::SimulatorFixture fixture{QJsonObject{}}; // the demo account
        CommandLineOptions options;
        options.connectLater = true;
        AccountSession account(options);
        MainWindow window(&account);
        compshare::test::useFastTimings(*account.session());
        window.resize(1280, 760);
        window.show();
        QSignalSpy shown(&window, &MainWindow::firstListShown);
        account.connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window.size(), QSize(1280, 760));
        QApplication::processEvents();

        InstanceTableView *table = window.table();
        QHeaderView *header = table->horizontalHeader();
        const int viewport = table->viewport()->width();
        using M = InstanceTableModel;
        int previousRight = -1;
        for (int column : {int(M::NameColumn), int(M::StateColumn), int(M::ActionColumn),
                           int(M::GpuUtilColumn), int(M::CostNowColumn), int(M::AutoStopColumn)}) {
            const QString name = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!table->isColumnHidden(column), qPrintable(name));
            const int left = header->sectionViewportPosition(column);
            const int right = left + header->sectionSize(column);
            QVERIFY2(left >= 0 && right <= viewport,
                     qPrintable(QStringLiteral("%1: %2..%3, viewport %4")
                                    .arg(name)
                                    .arg(left)
                                    .arg(right)
                                    .arg(viewport)));
            QVERIFY2(left >= previousRight, qPrintable(name + QStringLiteral(": out of order")));
            previousRight = right;
        }
        // State is sized to its badges, not to the longest badge it may show later.
        int widestBadge = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            widestBadge =
                qMax(widestBadge,
                     table->sizeHintForIndex(table->model()->index(row, M::StateColumn)).width());
        QVERIFY2(table->columnWidth(M::StateColumn) <=
                     qMax(widestBadge, header->sectionSizeHint(M::StateColumn)) + 4,
                 qPrintable(QString::number(table->columnWidth(M::StateColumn))));
        // Every Cost now text fits its column: nothing is cut.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex cost = table->model()->index(row, M::CostNowColumn);
            QVERIFY2(table->sizeHintForIndex(cost).width() <= table->columnWidth(M::CostNowColumn),
                     qPrintable(cost.data().toString()));
        }
        window.close();
    }
};

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"

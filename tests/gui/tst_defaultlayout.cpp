// SPDX-License-Identifier: MIT
// The default window (1280x760) shows the money: Name, State, Action, GPU
// use, Cost now and Auto-stop lie inside the table's viewport without
// scrolling, in English and in Chinese, also when an older version saved
// its own (wide) column widths. State is sized to its badges. The details
// pane shows every field whole, whatever the language.
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "session/TranslationLoader.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/InstanceDetailsPane.h"
#include "work/PriceQuoteBook.h"
#include "work/RefreshScheduler.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
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

// The demo account's console at the default size (1280x760), in the language
// loaded before it is built.
struct DefaultWindow
{
    compshare::test::SimulatorFixture fixture{QJsonObject{}};
    CommandLineOptions options = [] {
        CommandLineOptions o;
        o.connectLater = true;
        return o;
    }();
    AccountSession account{options};
    MainWindow window{&account};

    DefaultWindow()
    {
        compshare::test::useFastTimings(*account.session());
        window.resize(1280, 760);
        window.show();
    }
    bool showFirstList()
    {
        QSignalSpy shown(&window, &MainWindow::firstListShown);
        account.connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
        return QTest::qWaitFor([&] { return shown.size() == 1; });
    }
};
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
        DefaultWindow console;
        QVERIFY(console.showFirstList());
        MainWindow &window = console.window;
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

    void detailsFieldsAreShownWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    // A wrapped field is as tall as its text needs at the width it is given,
    // also when a refresh makes the text of the instance on show longer: the
    // form once kept its old height, and the field lost its last lines
    // (Chinese: what stopping saves and the uptime under Cost now).
    void detailsFieldsAreShownWhole()
    {
        QFETCH(QString, language);
        QSettings().clear();
        TranslationLoader loader;
        QVERIFY(loader.load(language));
        DefaultWindow console;
        QVERIFY(console.showFirstList());
        MainWindow &window = console.window;
        compshare::test::SimulatorFixture &fixture = console.fixture;

        // CompShare's price action's answers change the Cost now texts: let them come first, so
        // that each row's fields are measured once they are final.
        PriceQuoteBook *quotes = console.account.session()->priceQuotes();
        QTRY_VERIFY(quotes->queued() == 0 && quotes->inFlight() == 0);
        InstanceTableView *table = window.table();
        auto *pane = window.findChild<InstanceDetailsPane *>();
        QVERIFY(pane);
        QVERIFY(table->model()->rowCount() > 5);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString id =
                table->model()->index(row, 0).data(InstanceTableModel::InstanceIdRole).toString();
            table->selectInstance(id);
            QTRY_VERIFY(pane->hasInstance());
            QApplication::processEvents();
            QVERIFY2(fieldsWhole(pane) >= 10, qPrintable(id));
            // Nothing scrolls sideways at the default size.
            const auto *scroll = pane->findChild<QScrollArea *>();
            QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1: the details are %2 px wide in %3 px")
                                    .arg(id)
                                    .arg(scroll->widget()->width())
                                    .arg(scroll->viewport()->width())));
        }

        // The instance on show gets a long remark; the fields are refilled in place.
        const QString id = QStringLiteral("uhost-2kx7f1qa"); // llama3-finetune
        table->selectInstance(id);
        QTRY_VERIFY(pane->hasInstance());
        QApplication::processEvents();
        QVERIFY(fieldsWhole(pane) >= 10);
        const QString remark = QStringLiteral(
            "夜间训练任务，请勿在周五之前关机；检查点每小时保存一次到数据盘 /data/checkpoints");
        fixture.sim().setInstanceField(id, QStringLiteral("Remark"), remark);
        console.account.session()->scheduler()->refreshNow();
        QTRY_COMPARE(pane->fieldText(InstanceDetailsPane::Field::Remark), remark);
        QApplication::processEvents(); // the layout requests the new texts posted
        QApplication::processEvents();
        QVERIFY(fieldsWhole(pane) >= 10);
        window.close();
    }

private:
    // How many wrapped fields are on show; fails the test for one that is
    // shorter than its text.
    static int fieldsWhole(const InstanceDetailsPane *pane)
    {
        int shown = 0;
        const auto labels = pane->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            ++shown;
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed) {
                qWarning().noquote() << QStringLiteral("%1 px tall at %2 px, needs %3: %4")
                                            .arg(label->height())
                                            .arg(label->width())
                                            .arg(needed)
                                            .arg(label->text());
                return -1;
            }
        }
        return shown;
    }
};

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"

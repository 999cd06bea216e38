// SPDX-License-Identifier: MIT
// The table delegates on a real QTableView (offscreen) over a model that
// provides the InstanceTableModel roles.
#include "models/InstanceTableModel.h"
#include "ui/delegates/ActivityTicker.h"
#include "ui/delegates/CostColumnsDelegate.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/delegates/StateBadgeDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace compshare;
using namespace compshare::ui;
using Model = InstanceTableModel;
using RowAction = InstanceTableModel::RowAction;

namespace {
QStandardItem *actionItem(RowAction action, bool enabled, const QString &reason = {},
                          bool busy = false)
{
    auto *item = new QStandardItem;
    item->setData(int(action), Model::ActionRole);
    item->setData(enabled, Model::ActionEnabledRole);
    item->setData(reason, Model::ActionDisabledReasonRole);
    item->setData(busy, Model::BusyRole);
    // The operation under way names the caption (a stop on a running row).
    item->setData(
        busy ? int(action == RowAction::Start ? OperationKind::Start : OperationKind::Stop) : -1,
        Model::OperationUnderWayRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QStandardItem *stateItem(InstanceState state, const QDateTime &started = {}, bool stuck = false,
                         bool locked = false)
{
    auto *item = new QStandardItem(stateToApi(state));
    item->setData(int(state), Model::StateRole);
    item->setData(started, Model::OperationStartedRole);
    item->setData(stuck, Model::StuckRole);
    item->setData(locked, Model::LockedRole);
    return item;
}

const QDateTime kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestItemDelegates final : public QObject
{
    Q_OBJECT

private slots:
    // The GPU use cell of an idle instance: the sparkline starts after the
    // Idle badge and a gap, never on it, at any column width.
    void sparklineNeverTouchesTheIdleBadge()
    {
        QStandardItemModel model(1, InstanceTableModel::ColumnCount);
        const QModelIndex cell = model.index(0, InstanceTableModel::GpuUtilColumn);
        model.setData(cell, QStringLiteral("2 %"), Qt::DisplayRole);
        model.setData(cell, QStringLiteral("Idle 31 min"), InstanceTableModel::IdleTextRole);
        model.setData(cell, QVariant::fromValue(QList<double>(30, 2.0)),
                      InstanceTableModel::GpuSparklineRole);
        CostColumnsDelegate delegate;
        const QColor brown(0x6d, 0x4c, 0x41);
        for (int width = 110; width <= 240; width += 10) {
            QImage image(width, 28, QImage::Format_RGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                QStyleOptionViewItem option;
                option.rect = image.rect();
                option.font = QApplication::font();
                option.palette = QApplication::palette();
                option.state = QStyle::State_Enabled;
                delegate.paint(&painter, option, cell);
            }
            int badgeRight = -1;
            int sparkLeft = width;
            for (int x = 0; x < width; ++x) {
                for (int y = 0; y < image.height(); ++y) {
                    const QColor c = image.pixelColor(x, y);
                    if (qAbs(c.red() - brown.red()) < 12 && qAbs(c.green() - brown.green()) < 12 &&
                        qAbs(c.blue() - brown.blue()) < 12)
                        badgeRight = qMax(badgeRight, x);
                    if (c.blue() - c.red() > 40 && c.blue() > 150)
                        sparkLeft = qMin(sparkLeft, x);
                }
            }
            QVERIFY2(badgeRight > 0, qPrintable(QString::number(width)));
            if (sparkLeft < width) // a cell too narrow has no sparkline at all
                QVERIFY2(sparkLeft - badgeRight >= 3,
                         qPrintable(QStringLiteral("width %1: badge ends at %2, line starts at %3")
                                        .arg(width)
                                        .arg(badgeRight)
                                        .arg(sparkLeft)));
        }
    }

    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 1);
        m_model->appendRow(actionItem(RowAction::Stop, true));
        m_model->appendRow(actionItem(RowAction::ForceStop, false,
                                      QStringLiteral("The instance is making an image.")));
        m_model->appendRow(actionItem(RowAction::Stop, true, {}, true));
        m_model->appendRow(actionItem(RowAction::None, false));
        m_model->appendRow(actionItem(RowAction::Start, true));
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_delegate = new RowActionDelegate(m_view.get());
        m_view->setItemDelegate(m_delegate);
        m_view->horizontalHeader()->resizeSection(0, 300);
        m_view->verticalHeader()->setDefaultSectionSize(34);
        m_view->resize(400, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void buttonTexts()
    {
        QCOMPARE(RowActionDelegate::buttonText(m_model->index(0, 0)), QStringLiteral("Stop"));
        QCOMPARE(RowActionDelegate::buttonText(m_model->index(1, 0)),
                 QStringLiteral("Force stop…"));
        QCOMPARE(RowActionDelegate::buttonText(m_model->index(2, 0)), QStringLiteral("Stopping…"));
        QVERIFY(RowActionDelegate::buttonText(m_model->index(3, 0)).isEmpty());
        QCOMPARE(RowActionDelegate::buttonText(m_model->index(4, 0)), QStringLiteral("Start"));
        QVERIFY(RowActionDelegate::buttonEnabled(m_model->index(0, 0)));
        QVERIFY(!RowActionDelegate::buttonEnabled(m_model->index(1, 0)));
        QVERIFY(!RowActionDelegate::buttonEnabled(m_model->index(2, 0))); // busy
        QVERIFY(!RowActionDelegate::buttonEnabled(m_model->index(3, 0)));
    }

    void clickInsideTriggers()
    {
        QSignalSpy spy(m_delegate, &RowActionDelegate::actionTriggered);
        const QRect cell = m_view->visualRect(m_model->index(0, 0));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(cell.left() + 12, cell.center().y()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QModelIndex>(), m_model->index(0, 0));

        const QRect startCell = m_view->visualRect(m_model->index(4, 0));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(startCell.left() + 12, startCell.center().y()));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<QModelIndex>().row(), 4);
    }

    void clickOutsideDoesNot()
    {
        QSignalSpy spy(m_delegate, &RowActionDelegate::actionTriggered);
        const QRect cell = m_view->visualRect(m_model->index(0, 0));
        // The button is at the left of a 300 px cell; its right end is empty.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(cell.right() - 5, cell.center().y()));
        QCOMPARE(spy.count(), 0);
        // Press on the button, release outside it: no click.
        const QPoint inside(cell.left() + 12, cell.center().y());
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, inside);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {},
                            QPoint(cell.right() - 5, cell.center().y()));
        QCOMPARE(spy.count(), 0);
        // Right button does nothing either.
        QTest::mouseClick(m_view->viewport(), Qt::RightButton, {}, inside);
        QCOMPARE(spy.count(), 0);
    }

    void clickOnDisabledDoesNot_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("disabled") << 1;
        QTest::newRow("busy") << 2;
        QTest::newRow("no action") << 3;
    }
    void clickOnDisabledDoesNot()
    {
        QFETCH(int, row);
        QSignalSpy spy(m_delegate, &RowActionDelegate::actionTriggered);
        const QRect cell = m_view->visualRect(m_model->index(row, 0));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(cell.left() + 12, cell.center().y()));
        QCOMPARE(spy.count(), 0);
    }

    void buttonRectFitsCaption()
    {
        QStyleOptionViewItem option;
        option.initFrom(m_view->viewport());
        option.widget = m_view.get();
        option.rect = m_view->visualRect(m_model->index(1, 0));
        const QRect button = m_delegate->buttonRect(option, m_model->index(1, 0));
        QVERIFY(option.rect.contains(button));
        QVERIFY(button.width() >
                option.fontMetrics.horizontalAdvance(QStringLiteral("Force stop…")));
        QVERIFY(m_delegate->buttonRect(option, m_model->index(3, 0)).isEmpty());
        QVERIFY(m_delegate->sizeHint(option, m_model->index(0, 0)).width() >= button.width());
    }

    void tooltipShowsDisabledReason()
    {
        const QRect cell = m_view->visualRect(m_model->index(1, 0));
        const QPoint pos(cell.left() + 12, cell.center().y());
        QHelpEvent help(QEvent::ToolTip, pos, m_view->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(m_view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("The instance is making an image."));
        QToolTip::hideText();
        QTRY_VERIFY(QToolTip::text().isEmpty());

        // An enabled button shows no disabled reason.
        const QRect enabledCell = m_view->visualRect(m_model->index(0, 0));
        const QPoint enabledPos(enabledCell.left() + 12, enabledCell.center().y());
        QHelpEvent help2(QEvent::ToolTip, enabledPos, m_view->viewport()->mapToGlobal(enabledPos));
        QCoreApplication::sendEvent(m_view->viewport(), &help2);
        QVERIFY(QToolTip::text().isEmpty());
    }

    void badgeTexts()
    {
        StateBadgeDelegate delegate;
        delegate.setClock([] { return kNow; });
        QStandardItemModel model(0, 1);
        model.appendRow(stateItem(InstanceState::Running));
        model.appendRow(stateItem(InstanceState::Stopping, kNow.addSecs(-42)));
        model.appendRow(stateItem(InstanceState::Stopping, kNow.addSecs(-12 * 60), true));
        model.appendRow(stateItem(InstanceState::Starting, {}, true));
        model.appendRow(stateItem(InstanceState::Running, kNow.addSecs(-42)));
        QCOMPARE(delegate.badgeText(model.index(0, 0)), QStringLiteral("Running"));
        QCOMPARE(delegate.badgeText(model.index(1, 0)), QStringLiteral("Stopping · 0:42"));
        QCOMPARE(delegate.badgeText(model.index(2, 0)),
                 QStringLiteral("still Stopping after 12 min"));
        QCOMPARE(delegate.badgeText(model.index(3, 0)),
                 QStringLiteral("still Starting after 10 min"));
        // A finished operation shows no timer.
        QCOMPARE(delegate.badgeText(model.index(4, 0)), QStringLiteral("Running"));
    }

    void badgePaintsEveryState_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("locked");
        for (int s = int(InstanceState::Unknown); s <= int(InstanceState::Resizing); ++s) {
            const QByteArray name = stateToApi(InstanceState(s)).toUtf8();
            QTest::newRow(name.isEmpty() ? "Unknown" : name.constData()) << s << false;
            QTest::newRow((name + " locked").constData()) << s << true;
        }
    }
    void badgePaintsEveryState()
    {
        QFETCH(int, state);
        QFETCH(bool, locked);
        StateBadgeDelegate delegate;
        delegate.setClock([] { return kNow; });
        QStandardItemModel model(0, 1);
        model.appendRow(stateItem(InstanceState(state), kNow.addSecs(-5), false, locked));
        const QModelIndex index = model.index(0, 0);

        QStyleOptionViewItem option;
        option.initFrom(m_view->viewport());
        option.rect = QRect(0, 0, 1, 1);
        const QSize hint = delegate.sizeHint(option, index);
        QVERIFY(hint.width() > option.fontMetrics.horizontalAdvance(delegate.badgeText(index)));
        QVERIFY(hint.height() > option.fontMetrics.height());

        QImage image(hint, QImage::Format_ARGB32);
        image.fill(Qt::white);
        option.rect = QRect(QPoint(0, 0), hint);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        // Coloured states paint their fill; Unknown is only outlined.
        const auto colours = StateBadgeDelegate::coloursFor(InstanceState(state), option.palette);
        const QRgb expected = colours.fill.isValid() ? colours.fill.rgb() : QColor(Qt::white).rgb();
        bool found = false;
        bool inked = false;
        for (int x = 0; x < hint.width(); ++x) {
            for (int y = 0; y < hint.height(); ++y) {
                found = found || image.pixel(x, y) == expected;
                inked = inked || qGray(image.pixel(x, y)) < 160;
            }
        }
        QVERIFY(found);
        QVERIFY(inked); // text and outline are drawn
        if (isTransitional(InstanceState(state)))
            QVERIFY(ActivityTicker::instance()->isTicking());
    }

    void badgeInAView()
    {
        QStandardItemModel model(0, 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto addRow = [&](QStandardItem *state, QStandardItem *action) {
            model.appendRow({state, action});
        };
        addRow(stateItem(InstanceState::Stopping, now.addSecs(-42)),
               actionItem(RowAction::Stop, false, {}, true));
        addRow(stateItem(InstanceState::Running, {}, false, true),
               actionItem(RowAction::Stop, false, QStringLiteral("locked")));
        addRow(stateItem(InstanceState::Running), actionItem(RowAction::ForceStop, true));
        addRow(stateItem(InstanceState::Stopped), actionItem(RowAction::Start, true));
        addRow(stateItem(InstanceState::Starting, now.addSecs(-700), true),
               actionItem(RowAction::None, false));
        addRow(stateItem(InstanceState::InstallFail), actionItem(RowAction::None, false));
        addRow(stateItem(InstanceState::Unknown), actionItem(RowAction::None, false));
        QTableView view;
        view.setModel(&model);
        auto *delegate = new StateBadgeDelegate(&view);
        view.setItemDelegateForColumn(0, delegate);
        view.setItemDelegateForColumn(1, new RowActionDelegate(&view));
        view.resizeColumnsToContents();
        view.resizeRowsToContents();
        view.resize(480, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPixmap shot = view.grab();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("COMPSHARE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(dir + QStringLiteral("/delegates.png")));
        // The spinner keeps ticking while a transitional badge is on screen.
        QSignalSpy ticks(ActivityTicker::instance(), &ActivityTicker::ticked);
        QVERIFY(ticks.wait(1000));
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
    RowActionDelegate *m_delegate = nullptr;
};

QTEST_MAIN(TestItemDelegates)
#include "tst_itemdelegates.moc"

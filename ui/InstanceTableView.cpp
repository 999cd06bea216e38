// SPDX-License-Identifier: MIT
#include "ui/InstanceTableView.h"

#include "model/InstanceTableModel.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace compshare::ui {

InstanceTableView::InstanceTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("instanceTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true); // hover state of the row buttons
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &InstanceTableView::showHeaderMenu);
}

void InstanceTableView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return; // asked after every refresh: repaint only on a change
    m_emptyText = text;
    viewport()->update();
}

void InstanceTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        QPainter p(viewport());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
}

void InstanceTableView::showHeaderMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (c == InstanceTableModel::NameColumn || c == InstanceTableModel::StateColumn ||
            c == InstanceTableModel::ActionColumn)
            continue; // the columns you cannot act without
        QAction *a = menu->addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    menu->popup(horizontalHeader()->mapToGlobal(pos)); // no nested event loop
}

QByteArray InstanceTableView::headerState() const
{
    return horizontalHeader()->saveState();
}

void InstanceTableView::restoreHeaderState(const QByteArray &state, bool keepWidths)
{
    m_restoredState = !state.isEmpty() && horizontalHeader()->restoreState(state);
    if (m_restoredState && !keepWidths) {
        m_restoredState = false; // fit on the first list, keep the rest
        return;
    }
    if (!m_restoredState) {
        sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
        setColumnHidden(InstanceTableModel::ImageColumn, true);
        setColumnHidden(InstanceTableModel::CreatedColumn, true);
        // The action button next to the state it acts on, never scrolled away.
        horizontalHeader()->moveSection(
            horizontalHeader()->visualIndex(InstanceTableModel::ActionColumn),
            horizontalHeader()->visualIndex(InstanceTableModel::StateColumn) + 1);
        // What it costs next to its price, its GPU use next to its GPUs.
        horizontalHeader()->moveSection(
            horizontalHeader()->visualIndex(InstanceTableModel::CostNowColumn),
            horizontalHeader()->visualIndex(InstanceTableModel::PriceColumn) + 1);
        horizontalHeader()->moveSection(
            horizontalHeader()->visualIndex(InstanceTableModel::GpuUtilColumn),
            horizontalHeader()->visualIndex(InstanceTableModel::GpuColumn) + 1);
    }
}

void InstanceTableView::fitColumnsToContents()
{
    // Measure the rows on screen and a few more, never all 10,000: a full
    // pass would block the GUI thread for the whole list.
    horizontalHeader()->setResizeContentsPrecision(100);
    resizeColumnsToContents();
    const int cap = fontMetrics().averageCharWidth() * 28;
    for (int c = 0; c < model()->columnCount(); ++c) {
        // Cost now carries the reclaim countdown of stopped rows: wider.
        const int max = c == InstanceTableModel::CostNowColumn ? cap * 2 : cap;
        if (columnWidth(c) > max)
            setColumnWidth(c, max);
    }
    // Room for a transition badge (spinner, state, elapsed time) that may
    // appear later, so it is not elided the moment a stop starts.
    // The longest such badge is an accepted operation, e.g. "Stop requested · 0:02".
    int longest = fontMetrics().horizontalAdvance(QStringLiteral("Stopping"));
    for (const char *label : {"Stop requested", "Start requested", "Reboot requested"})
        longest = qMax(longest, fontMetrics().horizontalAdvance(QCoreApplication::translate(
                                    "compshare::OperationTracker", label)));
    const int badge = longest + fontMetrics().horizontalAdvance(QStringLiteral(" · 8:88")) +
                      fontMetrics().height() + 40;
    if (columnWidth(InstanceTableModel::StateColumn) < badge)
        setColumnWidth(InstanceTableModel::StateColumn, badge);
}

QStringList InstanceTableView::selectedInstanceIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &idx : rows)
        ids << idx.data(InstanceTableModel::InstanceIdRole).toString();
    return ids;
}

void InstanceTableView::selectInstance(const QString &id)
{
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QModelIndex idx = model()->index(r, 0);
        if (idx.data(InstanceTableModel::InstanceIdRole).toString() == id) {
            selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
            scrollTo(idx);
            return;
        }
    }
}

bool InstanceTableView::focusFirstRow()
{
    if (!model() || model()->rowCount() == 0)
        return false;
    // The first visible column, so the current cell is on screen.
    const int column = horizontalHeader()->logicalIndex(0);
    const QModelIndex first = model()->index(0, column < 0 ? 0 : column);
    setFocus(Qt::OtherFocusReason);
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(first);
    return true;
}

bool InstanceTableView::event(QEvent *event)
{
    // X11 turns the Menu key into a context-menu event besides the key press;
    // the key press already ran the row's action, so no menu on top of it.
    if (event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void InstanceTableView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool activate = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                          event->key() == Qt::Key_Enter;
    if (activate && event->modifiers() == Qt::NoModifier && current.isValid() &&
        current.column() == InstanceTableModel::ActionColumn) {
        emit rowActionKeyPressed(current);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Menu && event->modifiers() == Qt::NoModifier && current.isValid()) {
        // The Menu key runs the row's own action from any column, as its
        // button would; Shift+F10 (below) still opens the context menu.
        emit rowActionKeyPressed(current.siblingAtColumn(InstanceTableModel::ActionColumn));
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier &&
        current.isValid()) {
        // The context menu (all the row's actions) next to the current cell.
        emit customContextMenuRequested(visualRect(current).center());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/InstanceTableView.h"

#include "model/InstanceTableModel.h"
#include "ui/accessibility/InstanceTableAccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace compshare::ui {

namespace {
// Cells that read what they show, disabled row buttons exposed as disabled.
// Installed before the first table exists: an interface made without it
// (an accessibility event during construction) would be cached for good.
QWidget *withAccessibleFactory(QWidget *parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(&InstanceTableAccessible::factory);
        return true;
    }();
    Q_UNUSED(installed)
    return parent;
}
} // namespace

InstanceTableView::InstanceTableView(QWidget *parent)
    : QTableView(withAccessibleFactory(parent))
{
    setObjectName(QStringLiteral("instanceTable"));
    setAccessibleName(tr("Instances"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true); // hover state of the row buttons
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Tab leaves the table for the next region (details pane, banners,
    // search) instead of walking its cells and moving the selection.
    setTabKeyNavigation(false);
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
    paintFocusFrame();
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        QPainter p(viewport());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
}

QRect InstanceTableView::focusFrameRect() const
{
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return {};
    return visualRect(current).adjusted(1, 1, -2, -2);
}

void InstanceTableView::paintFocusFrame()
{
    // The current cell, framed whenever the table has the focus (styles
    // draw their own only after a Tab, and not over the row delegates): a
    // dark frame with a light inner line reads on plain and selected rows.
    const QRect frame = focusFrameRect();
    if (frame.isEmpty())
        return;
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette().color(QPalette::WindowText), 2));
    p.drawRect(frame.adjusted(1, 1, 0, 0));
    p.setPen(QPen(palette().color(QPalette::Base), 1));
    p.drawRect(frame.adjusted(2, 2, -2, -2));
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

void InstanceTableView::makeCurrent(const QString &id)
{
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QModelIndex idx = model()->index(r, column);
        if (idx.data(InstanceTableModel::InstanceIdRole).toString() == id) {
            selectionModel()->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
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

void InstanceTableView::openContextMenuAtCurrent()
{
    if (QApplication::activePopupWidget())
        return; // the key and X11's context-menu event for it: one menu
    QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    // The menu acts on the selection: the row the focus is on is the one meant.
    if (!selectionModel()->isSelected(current))
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    scrollTo(current);
    const QRect cell = visualRect(current);
    emit customContextMenuRequested(QPoint(cell.left() + cell.width() / 4, cell.bottom()));
}

bool InstanceTableView::event(QEvent *event)
{
    // The Menu key (X11 also turns it into a context-menu event) and
    // Shift+F10 open the row's context menu next to the current cell; they
    // never run an action by themselves.
    if (event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        openContextMenuAtCurrent();
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
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (activate && mods == Qt::NoModifier && current.isValid() &&
        current.column() == InstanceTableModel::ActionColumn) {
        emit rowActionKeyPressed(current);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Menu && mods == Qt::NoModifier) ||
        (event->key() == Qt::Key_F10 && mods == Qt::ShiftModifier)) {
        openContextMenuAtCurrent();
        event->accept();
        return;
    }
    // Ctrl+Tab leaves the table too, as in text views.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        (mods & Qt::ControlModifier)) {
        const bool back = event->key() == Qt::Key_Backtab || (mods & Qt::ShiftModifier);
        focusNextPrevChild(!back);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace compshare::ui

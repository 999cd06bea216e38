// SPDX-License-Identifier: MIT
#include "ui/table/InstanceTableView.h"

#include "models/InstanceTableModel.h"
#include "ui/table/InstanceTableAccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
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

namespace {
// The layout version of a saved header state. A state saved by an older
// version (another column set or order) is not restored: its widths could
// push the columns added since then off screen. Bump it whenever a column is
// added or the default order changes.
const QByteArray kLayoutTag = QByteArrayLiteral("compshare-header-v3:");
} // namespace

QByteArray InstanceTableView::headerState() const
{
    return kLayoutTag + horizontalHeader()->saveState();
}

void InstanceTableView::restoreHeaderState(const QByteArray &state, bool keepWidths)
{
    const bool current = state.startsWith(kLayoutTag);
    m_restoredState = current && horizontalHeader()->restoreState(state.mid(kLayoutTag.size()));
    if (m_restoredState && !keepWidths) {
        m_restoredState = false; // fit on the first list, keep the rest
        return;
    }
    if (!m_restoredState) {
        sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
        setColumnHidden(InstanceTableModel::ImageColumn, true);
        setColumnHidden(InstanceTableModel::CreatedColumn, true);
        // Ordered by what a user decides with: which one, its state and the
        // button acting on it, how busy it is, what it costs, when it stops;
        // then what it is and where.
        using M = InstanceTableModel;
        const int order[] = {M::NameColumn,      M::StateColumn,   M::ActionColumn,
                             M::GpuUtilColumn,   M::CostNowColumn, M::AutoStopColumn,
                             M::GpuColumn,       M::ChargeColumn,  M::PriceColumn,
                             M::CpuMemoryColumn, M::RegionColumn,  M::PublicIpColumn,
                             M::IdColumn,        M::ImageColumn,   M::CreatedColumn};
        static_assert(sizeof(order) / sizeof(order[0]) == M::ColumnCount, "every column placed");
        for (int pos = 0; pos < M::ColumnCount; ++pos)
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(order[pos]), pos);
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
        const int max = c == InstanceTableModel::CostNowColumn ? cap * 64 / 28 : cap;
        if (columnWidth(c) > max)
            setColumnWidth(c, max);
    }
    // State is sized to its badges; a longer badge that appears later (an
    // accepted operation, "Stop requested · 0:02") widens it then
    // (growToBadges), so the money columns keep their place meanwhile.
}

void InstanceTableView::growToBadges(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!model())
        return;
    for (int column :
         {int(InstanceTableModel::StateColumn), int(InstanceTableModel::GpuUtilColumn)}) {
        QAbstractItemDelegate *delegate = itemDelegateForColumn(column);
        if (!delegate || isColumnHidden(column) || topLeft.column() > column ||
            bottomRight.column() < column)
            continue;
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        int widest = columnWidth(column);
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            widest = qMax(widest, delegate->sizeHint(option, model()->index(row, column)).width());
        if (widest > columnWidth(column))
            setColumnWidth(column, widest);
    }
    growAutoStop(topLeft, bottomRight);
}

void InstanceTableView::growAutoStop(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Stop when idle switched on lengthens the Auto-stop text ("idle-stop ·
    // 30 min"): the column follows, up to the fitted cap. Only the rows on
    // screen are measured (the countdown repaints every row every 20 s).
    const int column = InstanceTableModel::AutoStopColumn;
    if (isColumnHidden(column) || topLeft.column() > column || bottomRight.column() < column)
        return;
    const int first = qMax(topLeft.row(), qMax(0, rowAt(0)));
    const int onScreenLast = rowAt(viewport()->height() - 1);
    const int last =
        qMin(bottomRight.row(), onScreenLast < 0 ? model()->rowCount() - 1 : onScreenLast);
    const int cap = fontMetrics().averageCharWidth() * 28;
    int widest = columnWidth(column);
    for (int row = first; row <= last; ++row)
        widest = qMax(widest, sizeHintForIndex(model()->index(row, column)).width());
    widest = qMin(widest, cap);
    if (widest > columnWidth(column))
        setColumnWidth(column, widest);
}

void InstanceTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, &QAbstractItemModel::dataChanged, this, &InstanceTableView::growToBadges);
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::dataChanged, this, &InstanceTableView::growToBadges);
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

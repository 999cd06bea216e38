// SPDX-License-Identifier: MIT
#include "ui/InstanceTableView.h"

#include "model/InstanceTableModel.h"

#include <QContextMenuEvent>
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

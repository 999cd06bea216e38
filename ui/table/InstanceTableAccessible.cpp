// SPDX-License-Identifier: MIT
#include "ui/table/InstanceTableAccessible.h"

#include "models/InstanceTableModel.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/table/InstanceTableView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QPointer>

namespace compshare::ui {

namespace {

using Model = InstanceTableModel;

// One cell. The Action column is the row's button: its caption as the
// name, disabled with the reason as the description when it is.
class CellAccessible final : public QAccessibleInterface,
                             public QAccessibleTableCellInterface,
                             public QAccessibleActionInterface
{
public:
    CellAccessible(InstanceTableView *view, const QModelIndex &index)
        : m_view(view)
        , m_index(index)
    {}

    bool isValid() const override { return m_view && m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QAccessible::Role role() const override
    {
        return isButton() ? QAccessible::Button : QAccessible::Cell;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name) {
            if (isButton())
                return RowActionDelegate::buttonText(m_index);
            return m_index.data(Qt::AccessibleTextRole).toString();
        }
        if (t == QAccessible::Description) {
            if (isButton())
                return RowActionDelegate::disabledReason(m_index);
            return m_index.data(Qt::AccessibleDescriptionRole).toString();
        }
        return {};
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_view->visualRect(m_index);
        return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State st;
        if (!isValid())
            return st;
        const QRect shown = m_view->visualRect(m_index);
        if (shown.isEmpty() || !m_view->viewport()->rect().intersects(shown))
            st.invisible = true;
        const QItemSelectionModel *selection = m_view->selectionModel();
        st.selectable = true;
        st.focusable = true;
        st.extSelectable = true;
        st.multiSelectable = true;
        st.selected = selection->isSelected(m_index);
        st.focused = selection->currentIndex() == QModelIndex(m_index);
        if (isButton() && !RowActionDelegate::buttonEnabled(m_index))
            st.disabled = true;
        return st;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableCellInterface)
            return static_cast<QAccessibleTableCellInterface *>(this);
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    // QAccessibleTableCellInterface
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    int columnIndex() const override { return m_index.column(); }
    int rowIndex() const override { return m_index.row(); }
    bool isSelected() const override
    {
        return isValid() && m_view->selectionModel()->isSelected(m_index);
    }
    QList<QAccessibleInterface *> columnHeaderCells() const override
    {
        QAccessibleInterface *table = parent();
        if (!table)
            return {};
        const auto *t = static_cast<InstanceTableAccessible *>(table);
        return {t->child(t->childIndex(-1, m_index.column()))};
    }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    QAccessibleInterface *table() const override { return parent(); }

    // QAccessibleActionInterface: press the row's button, or make the cell current.
    QStringList actionNames() const override
    {
        if (isButton())
            return state().disabled ? QStringList() : QStringList{pressAction()};
        return {setFocusAction()};
    }
    void doAction(const QString &name) override
    {
        if (!isValid())
            return;
        if (name == pressAction() && isButton() && RowActionDelegate::buttonEnabled(m_index)) {
            emit m_view->rowActionKeyPressed(m_index);
        } else if (name == setFocusAction()) {
            m_view->setFocus(Qt::OtherFocusReason);
            m_view->selectionModel()->setCurrentIndex(m_index, QItemSelectionModel::NoUpdate);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QModelIndex index() const { return m_index; }

private:
    bool isButton() const
    {
        return m_index.column() == Model::ActionColumn &&
               !RowActionDelegate::buttonText(m_index).isEmpty();
    }

    QPointer<InstanceTableView> m_view;
    QPersistentModelIndex m_index;
};

// A column header (or the hidden row header / corner: invisible, unnamed).
class HeaderAccessible final : public QAccessibleInterface
{
public:
    HeaderAccessible(InstanceTableView *view, int section, Qt::Orientation orientation)
        : m_view(view)
        , m_section(section)
        , m_orientation(orientation)
    {}

    bool isValid() const override { return m_view; }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QAccessible::Role role() const override
    {
        return m_orientation == Qt::Horizontal ? QAccessible::ColumnHeader : QAccessible::RowHeader;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!m_view || t != QAccessible::Name || m_section < 0 || !m_view->model())
            return {};
        return m_view->model()->headerData(m_section, m_orientation).toString();
    }
    QRect rect() const override
    {
        if (!m_view || m_orientation != Qt::Horizontal || m_section < 0)
            return {};
        const QHeaderView *header = m_view->horizontalHeader();
        const QRect r(header->sectionViewportPosition(m_section), 0, header->sectionSize(m_section),
                      header->height());
        return QRect(header->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        if (!m_view || m_orientation != Qt::Horizontal || m_section < 0 ||
            m_view->isColumnHidden(m_section))
            st.invisible = true;
        return st;
    }
    int section() const { return m_section; }
    Qt::Orientation orientation() const { return m_orientation; }

private:
    QPointer<InstanceTableView> m_view;
    int m_section;
    Qt::Orientation m_orientation;
};

} // namespace

InstanceTableAccessible::InstanceTableAccessible(InstanceTableView *view)
    : QAccessibleWidget(view, QAccessible::Table)
{}

InstanceTableAccessible::~InstanceTableAccessible()
{
    forgetChildren();
}

QAccessibleInterface *InstanceTableAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String(InstanceTableView::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new InstanceTableAccessible(static_cast<InstanceTableView *>(object));
    return nullptr;
}

InstanceTableView *InstanceTableAccessible::view() const
{
    return static_cast<InstanceTableView *>(widget());
}

void *InstanceTableAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString InstanceTableAccessible::text(QAccessible::Text t) const
{
    return QAccessibleWidget::text(t);
}

int InstanceTableAccessible::rowCount() const
{
    return view()->model() ? view()->model()->rowCount() : 0;
}

int InstanceTableAccessible::columnCount() const
{
    return view()->model() ? view()->model()->columnCount() : 0;
}

int InstanceTableAccessible::childCount() const
{
    // As QTableView numbers them: a header row, and a (hidden) row header per row.
    return (rowCount() + 1) * (columnCount() + 1);
}

int InstanceTableAccessible::childIndex(int row, int column) const
{
    return (row + 1) * (columnCount() + 1) + column + 1;
}

QAccessibleInterface *InstanceTableAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const int columns = columnCount() + 1;
    const int row = index / columns - 1;
    const int column = index % columns - 1;
    if (const QAccessible::Id id = m_children.value(index)) {
        QAccessibleInterface *known = QAccessible::accessibleInterface(id);
        // Rows move (sorting, refresh): a cached cell must still be this cell.
        bool same = known && known->isValid();
        if (same && row >= 0 && column >= 0) {
            const auto *cell = static_cast<CellAccessible *>(known);
            same = cell->index().row() == row && cell->index().column() == column;
        }
        if (same)
            return known;
        QAccessible::deleteAccessibleInterface(id);
        m_children.remove(index);
    }
    QAccessibleInterface *made = nullptr;
    if (row < 0)
        made = new HeaderAccessible(view(), column, Qt::Horizontal);
    else if (column < 0)
        made = new HeaderAccessible(view(), row, Qt::Vertical);
    else
        made = new CellAccessible(view(), view()->model()->index(row, column));
    m_children.insert(index, QAccessible::registerAccessibleInterface(made));
    return made;
}

int InstanceTableAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return -1;
}

QAccessibleInterface *InstanceTableAccessible::childAt(int x, int y) const
{
    const QPoint inViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(inViewport);
    if (index.isValid())
        return child(childIndex(index.row(), index.column()));
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *InstanceTableAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    if (!view()->hasFocus() || !current.isValid())
        return nullptr;
    return child(childIndex(current.row(), current.column()));
}

QAccessibleInterface *InstanceTableAccessible::cellAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    return child(childIndex(row, column));
}

QString InstanceTableAccessible::columnDescription(int column) const
{
    return view()->model() ? view()->model()->headerData(column, Qt::Horizontal).toString()
                           : QString();
}

int InstanceTableAccessible::selectedCellCount() const
{
    return int(view()->selectionModel()->selectedIndexes().size());
}

int InstanceTableAccessible::selectedRowCount() const
{
    return int(view()->selectionModel()->selectedRows().size());
}

QList<QAccessibleInterface *> InstanceTableAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    const QModelIndexList indexes = view()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        cells << child(childIndex(index.row(), index.column()));
    return cells;
}

QList<int> InstanceTableAccessible::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList indexes = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes)
        rows << index.row();
    return rows;
}

bool InstanceTableAccessible::isRowSelected(int row) const
{
    return view()->selectionModel()->isRowSelected(row, QModelIndex());
}

bool InstanceTableAccessible::selectRow(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    view()->selectionModel()->select(view()->model()->index(row, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return true;
}

bool InstanceTableAccessible::unselectRow(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    view()->selectionModel()->select(view()->model()->index(row, 0),
                                     QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    return true;
}

void InstanceTableAccessible::modelChange(QAccessibleTableModelChangeEvent *)
{
    forgetChildren(); // made again on demand, for the rows as they are now
}

void InstanceTableAccessible::forgetChildren()
{
    for (const QAccessible::Id id : qAsConst(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// What a screen reader gets for the instance table: Qt's own table
// interface, but every cell reads what it shows (the row button's caption,
// "Stopping…" included) and a disabled row button is exposed as disabled,
// with the reason as its description. Child numbering is Qt's (headers
// first, one row header per row) so the view's focus events point at the
// right cell. Installed by InstanceTableView through a factory.
#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QAbstractItemView;

namespace compshare::ui {

class InstanceTableView;

class InstanceTableAccessible final : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit InstanceTableAccessible(InstanceTableView *view);
    ~InstanceTableAccessible() override;

    // QAccessible::installFactory() entry.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    // QAccessibleInterface
    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int columnCount() const override;
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int) const override { return {}; }
    int selectedCellCount() const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override;
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int) override { return false; }
    bool unselectRow(int row) override;
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

    InstanceTableView *view() const;
    // Qt's child number of a cell, a column header (row -1) or the corner (-1, -1).
    int childIndex(int row, int column) const;

private:
    void forgetChildren();

    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace compshare::ui

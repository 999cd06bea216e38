// SPDX-License-Identifier: MIT
// Search box (Ctrl+F), region and state filters above the table. It drives
// the InstanceFilterProxy and offers the regions the list actually has.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace compshare {
class InstanceFilterProxy;
class InstanceTableModel;
class RegionNames;
} // namespace compshare

namespace compshare::ui {

class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    FilterBar(InstanceTableModel *model, InstanceFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *stateCombo() const { return m_state; }
    void focusSearch();
    // Region entries show these names, with the code in the tooltip.
    void setRegionNames(RegionNames *names);
    // What the table says when the filtered list is empty.
    QString emptyText() const;

signals:
    // Down, Enter or Return in the search box: go to the first match.
    void leaveSearchRequested();
    // Escape in the empty search box: back to the table, selection unchanged.
    void returnToTableRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRegions();
    void labelRegions();

    InstanceTableModel *m_model;
    InstanceFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_region;
    QComboBox *m_state;
    RegionNames *m_names = nullptr;
};

} // namespace compshare::ui

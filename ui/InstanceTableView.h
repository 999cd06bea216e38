// SPDX-License-Identifier: MIT
// The instance table: row selection, sorting through the proxy, a header
// menu for column visibility, persisted header state, and an empty-state
// message painted over the viewport.
#pragma once

#include <QTableView>

namespace compshare::ui {

class InstanceTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit InstanceTableView(QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // Column visibility, widths and sort, through QSettings.
    void saveState(const QString &settingsKey) const;
    void restoreState(const QString &settingsKey);

    // Ids of the selected rows (re-read on demand; rows move while dialogs are up).
    QStringList selectedInstanceIds() const;
    void selectInstance(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);

    QString m_emptyText;
};

} // namespace compshare::ui

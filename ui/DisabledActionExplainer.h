// SPDX-License-Identifier: MIT
// Says why an instance action did not run when its shortcut (Ctrl+Shift+S,
// Ctrl+Shift+O, Ctrl+Shift+R) or the row's key (Space/Enter on the Action
// column) is pressed on a row where it is disabled: image being made, lock,
// operation under way, wrong state, nothing selected. The reason is the
// model's ActionDisabledReasonRole, so it follows the model's bookkeeping.
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QModelIndex;
class QWidget;

namespace compshare {
class InstanceTableModel;
}

namespace compshare::ui {

class InstanceActions;

class DisabledActionExplainer final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Stop,
        Start,
        Reboot
    };

    DisabledActionExplainer(InstanceActions *actions, InstanceTableModel *model,
                            std::function<QStringList()> selectedIds, QWidget *window);

    // Why `kind` cannot run on these instances (empty when it can).
    QString reason(Kind kind, const QStringList &ids) const;
    // Why the row button at `index` (any column of the row) cannot run.
    static QString rowReason(const QModelIndex &index);

signals:
    // A sentence for the status bar.
    void explained(const QString &text);

private:
    void watch(QAction *action, Kind kind, QWidget *window);

    InstanceTableModel *m_model;
    std::function<QStringList()> m_selectedIds;
};

} // namespace compshare::ui

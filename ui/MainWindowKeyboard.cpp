// SPDX-License-Identifier: MIT
// MainWindow: the keyboard paths. Down/Enter in the search box goes to the
// first match; Space/Enter on the Action column presses the row's button;
// a shortcut or key on a disabled row says why in the status bar.
#include "core/ConsoleSession.h"
#include "model/InstanceTableModel.h"
#include "ui/DisabledActionExplainer.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/InstanceTableView.h"
#include "ui/MainWindow.h"
#include "ui/delegates/RowActionDelegate.h"

#include <QStatusBar>

namespace compshare::ui {

void MainWindow::buildKeyboardPaths()
{
    connect(m_filters, &FilterBar::leaveSearchRequested, m_table,
            &InstanceTableView::focusFirstRow);
    auto *explainer = new DisabledActionExplainer(
        m_actions, m_session->model(), [this] { return m_table->selectedInstanceIds(); }, this);
    connect(explainer, &DisabledActionExplainer::explained, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_actions, &InstanceActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_table, &InstanceTableView::rowActionKeyPressed, this,
            [this](const QModelIndex &index) {
                if (RowActionDelegate::buttonEnabled(index)) {
                    m_actions->triggerRowAction(
                        index.data(InstanceTableModel::InstanceIdRole).toString());
                    return;
                }
                QString why = DisabledActionExplainer::rowReason(index);
                if (why.isEmpty())
                    why = tr("This instance has no action in its current state.");
                statusBar()->showMessage(why, 10000);
            });
}

} // namespace compshare::ui

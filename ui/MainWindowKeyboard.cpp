// SPDX-License-Identifier: MIT
// MainWindow: the keyboard paths. Down/Enter in the search box goes to the
// first match, Escape clears it and then goes back to the table; Space/Enter
// on the Action column presses the row's button; a shortcut or key on a
// disabled row says why in the status bar; Tab moves between regions (search,
// filters, table, details pane, banner buttons, project and profile) and
// never touches the selection; after a prompt the focus is back on its row.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "ui/DisabledActionExplainer.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/InstanceDetailsPane.h"
#include "ui/widgets/ProjectSelector.h"
#include "ui/widgets/StatusBanner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <algorithm>

namespace compshare::ui {

void MainWindow::buildKeyboardPaths()
{
    connect(m_filters, &FilterBar::leaveSearchRequested, m_table,
            &InstanceTableView::focusFirstRow);
    connect(m_filters, &FilterBar::returnToTableRequested, this,
            [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_prompts, &PromptService::promptClosed, this, &MainWindow::focusRows);
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

void MainWindow::focusRows(const QStringList &ids)
{
    if (ids.isEmpty() || m_pages->currentIndex() != 1)
        return;
    // The row the prompt acted on, even if a refresh or a click moved the
    // current row while it was open; a selection that holds it is kept.
    const QString current =
        m_table->currentIndex().data(InstanceTableModel::InstanceIdRole).toString();
    if (!ids.contains(current)) {
        const QStringList selected = m_table->selectedInstanceIds();
        const auto kept = std::find_if(ids.cbegin(), ids.cend(), [&selected](const QString &id) {
            return selected.contains(id);
        });
        if (kept != ids.cend())
            m_table->makeCurrent(*kept);
        else
            m_table->selectInstance(ids.first());
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::buildTabOrder()
{
    // Regions, in reading order after the table: the search and filters,
    // the table, the details pane, every banner's buttons, then the
    // project and profile boxes, and round again. Hidden ones are skipped.
    QList<QWidget *> chain{m_filters->searchEdit(),  m_filters->regionCombo(),
                           m_filters->stateCombo(),  m_table,
                           m_details->focusTarget(), m_details->copySshButton()};
    for (StatusBanner *banner :
         {m_operationBanner, m_connectionBanner, m_keyBanner, m_endpointBanner})
        chain << banner->actionButton() << banner->copyButton() << banner->closeButton();
    chain << m_demoBanner->addApiKeyButton() << m_projectSelector << m_profileSwitcher;
    for (int k = 1; k < chain.size(); ++k)
        setTabOrder(chain.at(k - 1), chain.at(k));
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// MainWindow's cost views: the Cost now / GPU use delegates, the cost
// summary and the 24-hour GPU chart in the details pane, the idle and reclaim
// notifications. Kept apart from MainWindow.cpp, which is long enough.
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "ui/CostNotifier.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/delegates/CostColumnsDelegate.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/CostSummaryView.h"
#include "ui/widgets/GpuHistoryView.h"
#include "ui/widgets/InstanceDetailsPane.h"

namespace compshare::ui {

void MainWindow::buildCostViews()
{
    auto *costs = new CostColumnsDelegate(m_table);
    m_table->setItemDelegateForColumn(InstanceTableModel::CostNowColumn, costs);
    m_table->setItemDelegateForColumn(InstanceTableModel::GpuUtilColumn, costs);

    m_costSummary = new CostSummaryView(m_session->model(), m_session->idleTracker());
    m_details->setSummary(m_costSummary);
    m_details->setHistoryView(
        new GpuHistoryView(m_session->gpuDayHistory(), m_session->gpuHistory(), m_details));

    m_costNotifier = new CostNotifier(m_session, m_settings, m_account->notifications(), this);
    const auto showInstance = [this](const QString &id) {
        showInstanceFromBackground(id);
    };
    connect(m_costNotifier, &CostNotifier::showInstanceRequested, this, showInstance);
    // "Stop…" opens the normal stop flow, confirmation included.
    connect(m_costNotifier, &CostNotifier::stopRequested, this,
            [this, showInstance](const QString &id) {
                showInstance(id);
                m_actions->stopInstances({id});
            });
    connect(m_costNotifier, &CostNotifier::startRequested, this,
            [this, showInstance](const QString &id) {
                showInstance(id);
                m_actions->startInstance(id);
            });
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// "Where is my money going", shown in the details pane when nothing is
// selected: the five instances that cost most right now (BillingRules'
// cost now, running or stopped), and what stopping every idle
// pay-as-you-go instance would save per hour.
#pragma once

#include <QWidget>

class QLabel;

namespace compshare {
class GpuIdleTracker;
class InstanceTableModel;
} // namespace compshare

namespace compshare::ui {

class CostSummaryView final : public QWidget
{
    Q_OBJECT

public:
    CostSummaryView(InstanceTableModel *model, GpuIdleTracker *idle, QWidget *parent = nullptr);

    // The figures as shown (for tests and the accessible tree).
    QString topText() const;
    QString idleText() const;

public slots:
    void update();

private:
    InstanceTableModel *m_model;
    GpuIdleTracker *m_idle;
    QLabel *m_top;
    QLabel *m_idleLabel;
};

} // namespace compshare::ui

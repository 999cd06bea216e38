// SPDX-License-Identifier: MIT
// The 24-hour chart in the details pane with its caption: asks
// GpuDayHistory for the selected instance (CompShare's monitor, at most once
// in a while) and shows what it has; "History from this computer" under the
// chart whenever the stored samples are what it shows.
#pragma once

#include "domain/Instance.h"

#include <QWidget>

class QLabel;

namespace compshare {
class GpuDayHistory;
class GpuHistory;
} // namespace compshare

namespace compshare::ui {

class GpuHistoryChart;

class GpuHistoryView final : public QWidget
{
    Q_OBJECT

public:
    GpuHistoryView(GpuDayHistory *day, GpuHistory *local, QWidget *parent = nullptr);

    // The selected instance, or nullptr. Asks only when the instance changes.
    void showInstance(const Instance *instance);
    GpuHistoryChart *chart() const { return m_chart; }
    QLabel *caption() const { return m_caption; }

private:
    void refresh();

    GpuDayHistory *m_day;
    GpuHistoryChart *m_chart;
    QLabel *m_caption;
    QString m_id;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// The status bar's figures: instances, running, burn rate (sum of the hourly
// price of running instances) and the time of the last good refresh.
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace compshare {
class InstanceTableModel;
}

namespace compshare::ui {

class StatusSummary final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusSummary(InstanceTableModel *model, QWidget *parent = nullptr);

    void setLastRefresh(const QDateTime &at);
    void setRefreshing(bool refreshing);
    QString totalsText() const;
    QString burnRateText() const;
    QString lastRefreshText() const;

private:
    void update();

    InstanceTableModel *m_model;
    QLabel *m_totals;
    QLabel *m_burn;
    QLabel *m_last;
    QDateTime m_lastRefresh;
    bool m_refreshing = false;
};

} // namespace compshare::ui

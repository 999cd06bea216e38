// SPDX-License-Identifier: MIT
// The status bar's figures: instances, running, what is paid per hour now
// (BillingRules: running pay-as-you-go and spot, plus stopped pay-as-you-go
// disks and images; prepaid apart), its projection per day, the prepaid
// count, and the time of the last good refresh. Formerly: burn rate (sum of the hourly
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
    QString
    burnRateText() const; // "Paying ¥41.20/h (¥0.84/h for stopped instances) · ≈ ¥988.80/day"
    QString burnToolTipText() const; // the breakdown
    QString prepaidText() const;     // "2 prepaid (1 expiring)", empty without prepaid
    // What the figures leave out or count in part, and why ("1 instance with
    // unknown billing, not counted"); empty when the figures are whole.
    QString unknownBillingText() const;
    // Each reason in full (CostText::leftOut), and what it means.
    QString leftOutToolTipText() const;
    QString lastRefreshText() const;

private:
    void update();

    InstanceTableModel *m_model;
    QLabel *m_totals;
    QLabel *m_burn;
    QLabel *m_prepaid;
    QLabel *m_unknownBilling;
    QLabel *m_last;
    QDateTime m_lastRefresh;
    bool m_refreshing = false;
};

} // namespace compshare::ui

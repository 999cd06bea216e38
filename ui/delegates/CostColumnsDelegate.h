// SPDX-License-Identifier: MIT
// The Cost now and GPU use columns: a cost that needs attention (reclaim
// within 24 hours, prepaid expiring without auto-renew) in the warning
// colour and bold; an idle instance's GPU cell gets an "Idle 45 min" badge
// next to its utilisation, and every GPU use cell a sparkline of the last
// 30 minutes (GpuSparklineRole) between the badge and the figure; gaps
// stay blank. The cell's text and accessible text are the model's.
#pragma once

#include <QStyledItemDelegate>

namespace compshare::ui {

class CostColumnsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CostColumnsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace compshare::ui

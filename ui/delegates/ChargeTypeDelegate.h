// SPDX-License-Identifier: MIT
// The billing column: spot (preemptible) instances get an outlined amber
// "Spot" badge with a lightning mark so they stand out from the rest,
// without relying on colour alone; other billing types are plain text.
#pragma once

#include <QStyledItemDelegate>

namespace compshare::ui {

class ChargeTypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChargeTypeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/delegates/ChargeTypeDelegate.h"

#include "models/InstanceTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace compshare::ui {

namespace {
constexpr int kHPad = 7;
constexpr int kMargin = 4;
const QColor kSpot(0xb2, 0x6a, 0x00); // dark amber: readable on light and dark rows

QString badgeText(const QModelIndex &index)
{
    return QStringLiteral("⚡ ") + index.data(Qt::DisplayRole).toString();
}
} // namespace

ChargeTypeDelegate::ChargeTypeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ChargeTypeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!index.data(InstanceTableModel::IsSpotRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background

    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const QString text = badgeText(index);
    const int width =
        qMin(fm.horizontalAdvance(text) + 2 * kHPad + 2, option.rect.width() - 2 * kMargin);
    const int height = fm.height() + 4;
    const QRect badge(option.rect.left() + kMargin,
                      option.rect.top() + (option.rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    painter->setPen(QPen(kSpot, 1.2));
    painter->setBrush(QColor(0xff, 0xb3, 0x00, 40));
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(font);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : kSpot);
    painter->drawText(badge.adjusted(kHPad, 0, -kHPad, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * kHPad));
    painter->restore();
}

QSize ChargeTypeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(InstanceTableModel::IsSpotRole).toBool()) {
        QFont font = option.font;
        font.setBold(true);
        size.setWidth(QFontMetrics(font).horizontalAdvance(badgeText(index)) + 2 * kHPad +
                      2 * kMargin + 4);
    }
    return size;
}

} // namespace compshare::ui

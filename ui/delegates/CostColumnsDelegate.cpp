// SPDX-License-Identifier: MIT
#include "ui/delegates/CostColumnsDelegate.h"

#include "model/InstanceTableModel.h"

#include <QApplication>
#include <QPainter>

namespace compshare::ui {

namespace {
constexpr int kHPad = 6;
constexpr int kMargin = 4;
const QColor kWarning(0xc6, 0x28, 0x28); // the console's error red, readable on light rows
const QColor kIdle(0x6d, 0x4c, 0x41);    // brown: "money idling", distinct from states

QString badgeText(const QModelIndex &index)
{
    if (index.column() != InstanceTableModel::GpuUtilColumn)
        return {};
    return index.data(InstanceTableModel::IdleTextRole).toString();
}
} // namespace

CostColumnsDelegate::CostColumnsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void CostColumnsDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == InstanceTableModel::CostNowColumn &&
        index.data(InstanceTableModel::CostWarningRole).toBool()) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, kWarning);
    }
}

void CostColumnsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString badge = badgeText(index);
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The badge on the left, the utilisation right-aligned as usual.
    QStyledItemDelegate::paint(painter, option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int width =
        qMin(fm.horizontalAdvance(badge) + 2 * kHPad + 2, option.rect.width() - 2 * kMargin);
    const int height = fm.height() + 2;
    const QRect rect(option.rect.left() + kMargin,
                     option.rect.top() + (option.rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kIdle);
    painter->drawRoundedRect(QRectF(rect), 4, 4);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect.adjusted(kHPad, 0, -kHPad, 0), Qt::AlignCenter,
                      fm.elidedText(badge, Qt::ElideRight, rect.width() - 2 * kHPad + 2));
    painter->restore();
}

QSize CostColumnsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = badgeText(index);
    if (!badge.isEmpty()) {
        QFont font = option.font;
        font.setBold(true);
        size.setWidth(size.width() + QFontMetrics(font).horizontalAdvance(badge) + 2 * kHPad +
                      3 * kMargin + 2);
    }
    return size;
}

} // namespace compshare::ui

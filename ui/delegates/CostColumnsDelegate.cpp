// SPDX-License-Identifier: MIT
#include "ui/delegates/CostColumnsDelegate.h"

#include "models/InstanceTableModel.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace compshare::ui {

namespace {
constexpr int kHPad = 6;
constexpr int kMargin = 4;
const QColor kWarning(0xc6, 0x28, 0x28); // the console's error red, readable on light rows
const QColor kIdle(0x6d, 0x4c, 0x41);    // brown: "money idling", distinct from states

constexpr int kSparkWidth = 44; // 30 minutes, about 1.5 px a minute
constexpr int kSparkGap = 6;

QString badgeText(const QModelIndex &index)
{
    if (index.column() != InstanceTableModel::GpuUtilColumn)
        return {};
    return index.data(InstanceTableModel::IdleTextRole).toString();
}
QList<double> sparkline(const QModelIndex &index)
{
    if (index.column() != InstanceTableModel::GpuUtilColumn)
        return {};
    return index.data(InstanceTableModel::GpuSparklineRole).value<QList<double>>();
}

// GPU use per minute, 0 % at the bottom, 100 % at the top; a gap (-1) is
// left blank, never drawn as 0. A lone known minute is a dot.
void paintSparkline(QPainter *painter, const QRect &rect, const QList<double> &values,
                    const QColor &color)
{
    // Nothing known in 30 minutes: nothing drawn, not even the baseline.
    if (rect.width() < 8 ||
        std::none_of(values.cbegin(), values.cend(), [](double v) { return v >= 0; }))
        return;
    const qreal step = qreal(rect.width() - 1) / qMax<qsizetype>(1, values.size() - 1);
    const auto pointAt = [&](int k) {
        return QPointF(rect.left() + k * step,
                       rect.bottom() - qBound(0.0, values.at(k), 100.0) / 100.0 * rect.height());
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor base = color;
    base.setAlpha(60);
    painter->setPen(QPen(base, 1));
    painter->drawLine(QPointF(rect.left(), rect.bottom() + 0.5),
                      QPointF(rect.right(), rect.bottom() + 0.5));
    painter->setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPolygonF run;
    const auto flush = [&] {
        if (run.size() == 1) {
            painter->setBrush(color);
            painter->drawEllipse(run.first(), 1.2, 1.2);
        } else if (run.size() > 1) {
            painter->drawPolyline(run);
        }
        run.clear();
    };
    for (int k = 0; k < values.size(); ++k) {
        if (values.at(k) < 0)
            flush();
        else
            run << pointAt(k);
    }
    flush();
    painter->restore();
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
    const QList<double> spark = sparkline(index);
    QStyledItemDelegate::paint(painter, option, index);
    if (!spark.isEmpty()) {
        // Between the badge and the right-aligned figure.
        const QFontMetrics fm(option.font);
        const int textWidth =
            fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * kHPad;
        QRect cell = option.rect.adjusted(kMargin, 4, -kMargin, -4);
        if (!badge.isEmpty()) {
            // Never under the badge: it starts after the badge and a gap.
            QFont bold = option.font;
            bold.setBold(true);
            cell.setLeft(cell.left() + QFontMetrics(bold).horizontalAdvance(badge) + 2 * kHPad + 2 +
                         kSparkGap);
        }
        const int right = cell.right() - textWidth - kSparkGap;
        const QRect rect(qMax(cell.left(), right - kSparkWidth), cell.top(),
                         qMin(kSparkWidth, right - cell.left()), cell.height());
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setClipRect(option.rect);
        paintSparkline(painter, rect, spark,
                       selected ? option.palette.color(QPalette::HighlightedText)
                                : QColor(0x1e, 0x88, 0xe5));
        painter->restore();
    }
    if (badge.isEmpty())
        return;
    // The badge on the left, the utilisation right-aligned as usual.
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
    if (index.column() == InstanceTableModel::GpuUtilColumn)
        size.setWidth(size.width() + kSparkWidth + kSparkGap);
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

// SPDX-License-Identifier: MIT
#include "ui/delegates/RowActionDelegate.h"

#include "domain/OperationOutcome.h"
#include "models/InstanceTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace compshare::ui {

namespace {
using Model = InstanceTableModel;
using RowAction = InstanceTableModel::RowAction;

constexpr int kMargin = 3;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// Repaints the cell so the pressed look appears and goes away at once.
void repaintCell(const QStyleOptionViewItem &option)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(const_cast<QWidget *>(option.widget)))
        view->viewport()->update(option.rect);
}

RowAction actionOf(const QModelIndex &index)
{
    return RowAction(index.data(Model::ActionRole).toInt());
}

// The size of the longest caption a row button can show, in this language.
QSize widestCaption(const QFontMetrics &fm)
{
    QSize size;
    for (const QString &caption :
         {RowActionDelegate::tr("Force stop…"), RowActionDelegate::tr("Stopping…"),
          RowActionDelegate::tr("Starting…"), RowActionDelegate::tr("Rebooting…"),
          RowActionDelegate::tr("Releasing…")})
        size = size.expandedTo(fm.size(Qt::TextShowMnemonic, caption));
    return size;
}

QStyleOptionButton buttonOption(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionButton button;
    button.text = RowActionDelegate::buttonText(index);
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    button.direction = option.direction;
    return button;
}
} // namespace

RowActionDelegate::RowActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString RowActionDelegate::buttonText(const QModelIndex &index)
{
    const RowAction action = actionOf(index);
    if (action == RowAction::None)
        return {};
    // While an operation of ours is under way the caption names it, whatever
    // the row's own action is (a Reboot of a running row is not "Stopping…").
    const QVariant underWay = index.data(Model::OperationUnderWayRole);
    switch (underWay.isValid() ? underWay.toInt() : -1) {
    case int(OperationKind::Stop):
        //: row button while the instance's stop is under way
        return tr("Stopping…");
    case int(OperationKind::Start):
        //: row button while the instance's start is under way
        return tr("Starting…");
    case int(OperationKind::Reboot):
        //: row button while the instance's reboot is under way
        return tr("Rebooting…");
    case int(OperationKind::Release):
        //: row button while the instance's release (deletion) is under way
        return tr("Releasing…");
    default:
        break;
    }
    switch (action) {
    case RowAction::Stop:
        return tr("Stop");
    case RowAction::ForceStop:
        //: row button of a spot instance; opens the force stop confirmation
        return tr("Force stop…");
    case RowAction::Start:
        return tr("Start");
    case RowAction::None:
        break;
    }
    return {};
}

bool RowActionDelegate::buttonEnabled(const QModelIndex &index)
{
    return actionOf(index) != RowAction::None && !index.data(Model::BusyRole).toBool() &&
           index.data(Model::ActionEnabledRole).toBool();
}

QRect RowActionDelegate::buttonRect(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (actionOf(index) == RowAction::None)
        return {};
    QStyleOptionButton button = buttonOption(option, index);
    // Every row's button as wide as the longest caption: a tidy column, and
    // the cell's middle is on the button whatever its caption.
    QSize textSize = option.fontMetrics.size(Qt::TextShowMnemonic, button.text);
    textSize = textSize.expandedTo(widestCaption(option.fontMetrics));
    QSize size =
        styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, textSize, option.widget);
    const QRect cell = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    size = size.boundedTo(cell.size());
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(cell.center());
    rect.moveLeft(cell.left());
    return rect;
}

void RowActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = styleOf(option);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);

    const QRect rect = buttonRect(option, index);
    if (rect.isEmpty())
        return;
    QStyleOptionButton button = buttonOption(option, index);
    button.rect = rect;
    button.state = QStyle::State_Raised;
    if (buttonEnabled(index)) {
        button.state |= QStyle::State_Enabled;
        if (option.state & QStyle::State_MouseOver)
            button.state |= QStyle::State_MouseOver;
        if (m_pressed.isValid() && m_pressed == index)
            button.state |= QStyle::State_Sunken;
    } else {
        button.palette.setCurrentColorGroup(QPalette::Disabled);
    }
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
    if (!buttonEnabled(index))
        paintDisabledReason(painter, option, rect, disabledReason(index));
}

QString RowActionDelegate::disabledReason(const QModelIndex &index)
{
    if (actionOf(index) == RowAction::None || buttonEnabled(index))
        return {};
    return index.data(Model::ActionDisabledReasonRole).toString();
}

void RowActionDelegate::paintDisabledReason(QPainter *painter, const QStyleOptionViewItem &option,
                                            const QRect &button, const QString &reason) const
{
    if (reason.isEmpty())
        return;
    // A marker, so a held-back row is seen without hovering; the reason is in
    // the details pane, the tooltip and the accessible description.
    const int d = qMax(10, option.fontMetrics.height());
    QRect marker(button.right() + 2 * kMargin, 0, d, d);
    marker.moveTop(option.rect.center().y() - d / 2);
    if (marker.right() > option.rect.right())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0xb2, 0x6a, 0x00); // amber: held back, not an error
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawEllipse(marker);
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPixelSize(qMax(6, d - 4));
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(marker, Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

QSize RowActionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, 10000, 10000);
    QStyleOptionButton button = buttonOption(option, index);
    // Wide enough for the longest caption so the column does not jump when busy.
    const QSize textSize = widestCaption(option.fontMetrics);
    const QSize size =
        styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, textSize, option.widget);
    // Room for the disabled-reason marker and the start of its text.
    const int reasonWidth =
        option.fontMetrics.height() + option.fontMetrics.averageCharWidth() * 16;
    return (size + QSize(2 * kMargin + reasonWidth, 2 * kMargin))
        .expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

bool RowActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease &&
        type != QEvent::MouseButtonDblClick) {
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const bool inside = buttonRect(option, index).contains(mouse->position().toPoint());

    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        if (!inside || !buttonEnabled(index))
            return false; // let the view select the row
        m_pressed = index;
        repaintCell(option);
        return true;
    }
    // Release: a click is a press and a release on the same enabled button.
    const bool wasPressed = m_pressed.isValid() && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (wasPressed)
        repaintCell(option);
    if (wasPressed && inside && buttonEnabled(index)) {
        emit actionTriggered(index);
        return true;
    }
    return wasPressed;
}

bool RowActionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && actionOf(index) != RowAction::None &&
        !buttonEnabled(index)) {
        const QString reason = disabledReason(index);
        if (!reason.isEmpty()) {
            QToolTip::showText(event->globalPos(), reason, view->viewport(),
                               buttonRect(option, index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/delegates/RowActionDelegate.h"

#include "model/InstanceTableModel.h"

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
    const bool busy = index.data(Model::BusyRole).toBool();
    switch (action) {
    case RowAction::Stop:
        return busy ? tr("Stopping…") : tr("Stop");
    case RowAction::ForceStop:
        //: row button of a spot instance; opens the force stop confirmation
        return busy ? tr("Stopping…") : tr("Force stop…");
    case RowAction::Start:
        return busy ? tr("Starting…") : tr("Start");
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
    const QStyleOptionButton button = buttonOption(option, index);
    const QSize textSize = option.fontMetrics.size(Qt::TextShowMnemonic, button.text);
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
}

QSize RowActionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, 10000, 10000);
    QStyleOptionButton button = buttonOption(option, index);
    // Wide enough for the longest caption so the column does not jump when busy.
    button.text = tr("Force stop…");
    const QSize textSize = option.fontMetrics.size(Qt::TextShowMnemonic, button.text);
    const QSize size =
        styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, textSize, option.widget);
    return (size + QSize(2 * kMargin, 2 * kMargin))
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
        QString reason = index.data(Model::ActionDisabledReasonRole).toString();
        if (reason.isEmpty() && index.data(Model::BusyRole).toBool())
            reason = tr("A request for this instance is in progress.");
        if (!reason.isEmpty()) {
            QToolTip::showText(event->globalPos(), reason, view->viewport(),
                               buttonRect(option, index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// Paints the row's action button (Stop / Force stop… / Start) in the Action
// column through the platform style, and turns a click inside it into
// actionTriggered(). Reads the InstanceTableModel roles: ActionRole,
// ActionEnabledRole, ActionDisabledReasonRole, BusyRole. A disabled button
// gets a small marker and its reason next to it (and in the tooltip).
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace compshare::ui {

class RowActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowActionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the button is drawn inside a cell (empty when the row has no action).
    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The button caption for an index ("Stop", "Force stop…", "Stopping…", ...).
    static QString buttonText(const QModelIndex &index);
    static bool buttonEnabled(const QModelIndex &index);
    // Why the button is disabled (empty when enabled or when there is none).
    static QString disabledReason(const QModelIndex &index);

signals:
    void actionTriggered(const QModelIndex &index);

private:
    void paintDisabledReason(QPainter *painter, const QStyleOptionViewItem &option,
                             const QRect &button, const QString &reason) const;

    QPersistentModelIndex m_pressed; // the button held down, if any
};

} // namespace compshare::ui

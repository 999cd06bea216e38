// SPDX-License-Identifier: MIT
// Paints the State column as a rounded badge with its text (never colour
// alone): Running green, Stopped grey, transitional states amber with a
// spinner and the time since our operation started, Install Fail red,
// Unknown outlined. Stuck rows say so; locked rows get a lock mark.
// Reads the InstanceTableModel roles.
#pragma once

#include "domain/Instance.h"

#include <QDateTime>
#include <QPointer>
#include <QStyledItemDelegate>
#include <functional>

class QAbstractItemView;

namespace compshare::ui {

class StateBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StateBadgeDelegate(QObject *parent = nullptr);

    // The view whose viewport repaints on each spinner tick.
    void setView(QAbstractItemView *view);
    // "Now" for the elapsed time, injectable for tests.
    void setClock(std::function<QDateTime()> now);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What the badge says for this index ("Stopping · 0:42", "still Stopping after 12 min").
    QString badgeText(const QModelIndex &index) const;

    struct Colours
    {
        QColor fill; // invalid: outlined badge
        QColor text;
        QColor border;
    };
    static Colours coloursFor(InstanceState state, const QPalette &palette);

private:
    QPointer<QAbstractItemView> m_view;
    std::function<QDateTime()> m_now;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// The style's message-box warning icon, at message-box size, aligned to the
// top of its row: what the dialogs for an irreversible step (force stop,
// release) show beside their text.
#pragma once

#include <QLabel>
#include <QStyle>

namespace compshare::ui {

inline QLabel *warningIcon(QWidget *parent)
{
    auto *icon = new QLabel(parent);
    QStyle *style = parent->style();
    const int size = style->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, parent);
    icon->setPixmap(
        style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, parent).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    return icon;
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// Keeps a widget floating over the bottom edge of another (the connection
// banner over the instance table): it can appear and go without moving the
// table, so rows never jump under the user's pointer.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace compshare::ui {

class OverlayAnchor final : public QObject
{
    Q_OBJECT

public:
    // `overlay` and `anchor` must share a parent chain; `overlay` is taken
    // out of any layout by the caller.
    OverlayAnchor(QWidget *overlay, QWidget *anchor);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void place();

private:
    QPointer<QWidget> m_overlay;
    QPointer<QWidget> m_anchor;
};

} // namespace compshare::ui

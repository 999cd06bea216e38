// SPDX-License-Identifier: MIT
// Keeps a widget floating over the bottom edge of another (the connection and
// operation banners over the instance table): it can appear and go without
// moving the table, so rows never jump under the user's pointer. Overlays on
// one edge stack: one anchored "on" another sits just above it while that one
// is shown, and takes its place when it is hidden.
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
    // `under`, when given, is another overlay of the same anchor that this one
    // sits above while it is visible.
    OverlayAnchor(QWidget *overlay, QWidget *anchor, QWidget *under = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void place();

private:
    QPointer<QWidget> m_overlay;
    QPointer<QWidget> m_anchor;
    QPointer<QWidget> m_under;
};

} // namespace compshare::ui

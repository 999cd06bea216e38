// SPDX-License-Identifier: MIT
#include "ui/widgets/OverlayAnchor.h"

#include <QEvent>
#include <QWidget>

namespace compshare::ui {

namespace {
constexpr int kMargin = 6;
}

OverlayAnchor::OverlayAnchor(QWidget *overlay, QWidget *anchor, QWidget *under)
    : QObject(overlay)
    , m_overlay(overlay)
    , m_anchor(anchor)
    , m_under(under)
{
    anchor->installEventFilter(this);
    overlay->installEventFilter(this);
    if (under)
        under->installEventFilter(this);
    place();
}

bool OverlayAnchor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        if (watched == m_anchor || watched == m_overlay || watched == m_under)
            place();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void OverlayAnchor::place()
{
    if (!m_overlay || !m_anchor || !m_overlay->parentWidget())
        return;
    const QRect area(m_anchor->mapTo(m_overlay->parentWidget(), QPoint(0, 0)), m_anchor->size());
    const int width = qMax(0, area.width() - 2 * kMargin);
    const int height = qMin(m_overlay->heightForWidth(width) > 0 ? m_overlay->heightForWidth(width)
                                                                 : m_overlay->sizeHint().height(),
                            area.height());
    int bottom = area.bottom() - kMargin;
    if (m_under && m_under->isVisible())
        bottom = qMax(area.top() + height, m_under->geometry().top() - kMargin);
    const QRect target(area.left() + kMargin, bottom - height + 1, width, height);
    if (m_overlay->geometry() != target)
        m_overlay->setGeometry(target);
    m_overlay->raise();
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/delegates/StateBadgeDelegate.h"

#include "base/Bounds.h"
#include "models/InstanceTableModel.h"
#include "ui/delegates/ActivityTicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace compshare::ui {

namespace {
using Model = InstanceTableModel;

constexpr int kHPad = 8; // text padding inside the badge
constexpr int kVPad = 3;
constexpr int kMargin = 4;  // badge to cell edge
constexpr int kMarkGap = 5; // between spinner / lock and text
constexpr int kStuckMinutes = bounds::kStuckSecs / 60;
constexpr int kSlack = 2; // integer advance vs. fractional layout width

int markSize(const QFontMetrics &fm)
{
    return fm.height() - 4;
}

QString elapsedText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void paintSpinner(QPainter *painter, const QRectF &rect, const QColor &colour)
{
    QPen pen(colour, 2.0);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const int start = -ActivityTicker::instance()->angle() * 16;
    painter->drawArc(rect.adjusted(1, 1, -1, -1), start, 270 * 16);
}

void paintLock(QPainter *painter, const QRectF &rect, const QColor &colour)
{
    // A padlock: a shackle arc over a filled body.
    const qreal w = rect.width();
    QRectF body(rect.left() + w * 0.15, rect.top() + rect.height() * 0.45, w * 0.7,
                rect.height() * 0.55);
    QRectF shackle(rect.left() + w * 0.3, rect.top(), w * 0.4, rect.height() * 0.7);
    painter->setPen(QPen(colour, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()),
                      QPointF(shackle.left(), body.top()));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()),
                      QPointF(shackle.right(), body.top()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(body, 1.5, 1.5);
}
} // namespace

StateBadgeDelegate::StateBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    if (auto *view = qobject_cast<QAbstractItemView *>(parent))
        setView(view);
}

void StateBadgeDelegate::setView(QAbstractItemView *view)
{
    if (m_view)
        disconnect(ActivityTicker::instance(), nullptr, this, nullptr);
    m_view = view;
    if (!view)
        return;
    connect(ActivityTicker::instance(), &ActivityTicker::ticked, this, [this] {
        if (m_view)
            m_view->viewport()->update();
    });
}

void StateBadgeDelegate::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

StateBadgeDelegate::Colours StateBadgeDelegate::coloursFor(InstanceState state,
                                                           const QPalette &palette)
{
    // Saturated fills with white (or, on amber, near-black) text keep a contrast
    // of 4.5:1 or more on both light and dark window colours.
    const QColor white(Qt::white);
    const QColor ink(0x21, 0x21, 0x21);
    switch (state) {
    case InstanceState::Running:
        return {QColor(0x2e, 0x7d, 0x32), white, QColor(0x1b, 0x5e, 0x20)};
    case InstanceState::Stopped:
        return {QColor(0x61, 0x61, 0x61), white, QColor(0x42, 0x42, 0x42)};
    case InstanceState::Starting:
    case InstanceState::Stopping:
    case InstanceState::Rebooting:
    case InstanceState::Initializing:
    case InstanceState::Resizing:
    case InstanceState::Pending:
    case InstanceState::Reinstalling:
        return {QColor(0xff, 0xb3, 0x00), ink, QColor(0xc7, 0x84, 0x00)};
    case InstanceState::InstallFail:
        return {QColor(0xc6, 0x28, 0x28), white, QColor(0x8e, 0x00, 0x00)};
    case InstanceState::Unknown:
        break;
    }
    const QColor text = palette.color(QPalette::Text);
    return {QColor(), text, text};
}

QString StateBadgeDelegate::badgeText(const QModelIndex &index) const
{
    const auto state = InstanceState(index.data(Model::StateRole).toInt());
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        const QString api = stateToApi(state);
        text = api.isEmpty() ? tr("Unknown") : api;
    }
    const QDateTime started = index.data(Model::OperationStartedRole).toDateTime();
    // Our accepted operation counts as under way before the list shows it.
    const bool transitional = isTransitional(state) || index.data(Model::BusyRole).toBool();
    if (transitional && index.data(Model::StuckRole).toBool()) {
        const qint64 minutes = started.isValid()
                                   ? qMax<qint64>(kStuckMinutes, started.secsTo(m_now()) / 60)
                                   : kStuckMinutes;
        //: badge of an instance whose transition takes too long, e.g. "still Stopping after 12 min"
        return tr("still %1 after %2 min").arg(text).arg(minutes);
    }
    if (transitional && started.isValid()) {
        //: state and elapsed minutes:seconds, e.g. "Stopping · 0:42" or "Stop requested · 0:02"
        return tr("%1 · %2").arg(text, elapsedText(started.secsTo(m_now())));
    }
    return text;
}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection through the style, so the row looks native.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto state = InstanceState(index.data(Model::StateRole).toInt());
    const bool spinning = isTransitional(state) || index.data(Model::BusyRole).toBool();
    const bool locked = index.data(Model::LockedRole).toBool();
    const QString text = badgeText(index);
    const QFontMetrics fm(option.font);
    const int mark = markSize(fm);

    const int textWidth = fm.horizontalAdvance(text) + kSlack;
    int width = textWidth + 2 * kHPad;
    if (spinning)
        width += mark + kMarkGap;
    const int height = fm.height() + 2 * kVPad;
    QRect badge(option.rect.left() + kMargin, option.rect.center().y() - height / 2 + 1,
                qMin(width, option.rect.width() - 2 * kMargin - (locked ? mark + kMarkGap : 0)),
                height);

    // An accepted operation the list does not show yet looks transitional too.
    const Colours colours = coloursFor(
        spinning && !isTransitional(state) ? InstanceState::Stopping : state, option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const qreal radius = height / 2.0;
    if (colours.fill.isValid()) {
        painter->setPen(QPen(colours.border, 1));
        painter->setBrush(colours.fill);
    } else {
        painter->setPen(QPen(colours.border, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    QRect textRect = badge.adjusted(kHPad, 0, -kHPad, 0);
    if (spinning) {
        ActivityTicker::instance()->keepAlive();
        const QRectF spinner(textRect.left(), badge.center().y() - mark / 2.0 + 0.5, mark, mark);
        paintSpinner(painter, spinner, colours.text);
        textRect.setLeft(textRect.left() + mark + kMarkGap);
    }
    painter->setPen(colours.text);
    painter->setFont(option.font);
    // Elide only when the cell is really too narrow.
    const QString shown = textRect.width() >= textWidth
                              ? text
                              : fm.elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, shown);

    if (locked) {
        const QColor lockColour = (option.state & QStyle::State_Selected)
                                      ? option.palette.color(QPalette::HighlightedText)
                                      : option.palette.color(QPalette::Text);
        const QRectF lock(badge.right() + kMarkGap, badge.center().y() - mark / 2.0, mark, mark);
        paintLock(painter, lock, lockColour);
    }
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const auto state = InstanceState(index.data(Model::StateRole).toInt());
    const int mark = markSize(fm);
    int width = fm.horizontalAdvance(badgeText(index)) + kSlack + 2 * kHPad + 2 * kMargin;
    if (isTransitional(state) || index.data(Model::BusyRole).toBool())
        width += mark + kMarkGap;
    if (index.data(Model::LockedRole).toBool())
        width += mark + kMarkGap;
    const int height = fm.height() + 2 * kVPad + 2 * kMargin;
    return QSize(width, height).expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/widgets/GpuHistoryChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace compshare::ui {

namespace {
constexpr int kAxisHeight = 14;
constexpr int kLeft = 26; // room for "100"
constexpr int kPanelGap = 6;

QColor lineColor(int gpu)
{
    static const QColor colors[] = {QColor(0x1e, 0x88, 0xe5), QColor(0xe5, 0x39, 0x35),
                                    QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00),
                                    QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x89, 0x7b),
                                    QColor(0x6d, 0x4c, 0x41), QColor(0x54, 0x6e, 0x7a)};
    return colors[gpu % 8];
}
} // namespace

GpuHistoryChart::GpuHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gpuHistoryChart"));
    //: accessible name of the details pane's 24-hour chart
    setAccessibleName(tr("GPU use over the last 24 hours"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSeries({});
}

void GpuHistoryChart::setSeries(const GpuSeries &series)
{
    m_series = series;
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

QString GpuHistoryChart::summary() const
{
    if (!m_series.hasData())
        return tr("GPU use over the last 24 hours: no data yet.");
    const QLocale l;
    //: %n GPUs; %1 and %2 are percentages
    return tr("GPU use over the last 24 hours: %n GPU(s), average %1 %, highest %2 %.", "",
              m_series.gpuCount())
        .arg(l.toString(m_series.averageUsage(), 'f', 0),
             l.toString(m_series.highestUsage(), 'f', 0));
}

QSize GpuHistoryChart::sizeHint() const
{
    return {240, minimumSizeHint().height()};
}

QSize GpuHistoryChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {160, 2 * (line + 44) + kPanelGap + kAxisHeight + line};
}

void GpuHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int panel = (height() - kAxisHeight - line - kPanelGap) / 2;
    const QRect use(kLeft, line, width() - kLeft - 4, panel - line);
    const QRect memory(kLeft, use.bottom() + kPanelGap + line, use.width(), panel - line);
    //: chart panel title: GPU utilisation
    paintPanel(p, use, m_series.usage, tr("Use %"));
    //: chart panel title: GPU memory in use
    paintPanel(p, memory, m_series.memory, tr("Memory %"));

    // The time axis: local hours, every 6 hours.
    p.setPen(palette().color(QPalette::WindowText));
    if (m_series.minutes <= 1)
        return;
    const qreal perMinute = qreal(memory.width()) / (m_series.minutes - 1);
    const QDateTime firstLocal = m_series.from.toLocalTime();
    const int firstHour = firstLocal.time().hour();
    for (int h = 1; h <= 24; ++h) {
        if ((firstHour + h) % 6 != 0)
            continue;
        const QDateTime tick = firstLocal.addSecs(
            3600 * qint64(h) - firstLocal.time().minute() * 60 - firstLocal.time().second());
        const qint64 minute = m_series.from.secsTo(tick) / 60;
        if (minute < 0 || minute >= m_series.minutes)
            continue;
        const qreal x = memory.left() + minute * perMinute;
        const QString label = QLocale().toString(tick.time(), QStringLiteral("HH:mm"));
        const int w = fm.horizontalAdvance(label);
        p.drawLine(QPointF(x, memory.bottom() + 1), QPointF(x, memory.bottom() + 4));
        p.drawText(QRectF(qBound(0.0, x - w / 2.0, qreal(width() - w)), memory.bottom() + 4, w,
                          kAxisHeight + 2),
                   Qt::AlignCenter, label);
    }
}

void GpuHistoryChart::paintPanel(QPainter &p, const QRect &plot, const QList<QList<double>> &lines,
                                 const QString &title) const
{
    const QFontMetrics fm = fontMetrics();
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlpha(40);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, plot.top() - fm.height(), width(), fm.height()), Qt::AlignLeft, title);
    p.fillRect(plot, palette().color(QPalette::Base));
    p.setPen(grid);
    p.drawRect(plot);
    p.drawLine(plot.left(), plot.center().y(), plot.right(), plot.center().y());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(0, plot.top() - 4, kLeft - 3, 12), Qt::AlignRight | Qt::AlignTop,
               QStringLiteral("100"));
    p.drawText(QRect(0, plot.bottom() - 10, kLeft - 3, 12), Qt::AlignRight | Qt::AlignBottom,
               QStringLiteral("0"));
    p.setFont(font());
    if (m_series.minutes <= 1)
        return;
    const qreal perMinute = qreal(plot.width()) / (m_series.minutes - 1);
    for (int g = 0; g < lines.size(); ++g) {
        const QList<double> &values = lines.at(g);
        p.setPen(QPen(lineColor(g), 1.2));
        QPainterPath path;
        bool inRun = false;
        for (int m = 0; m < values.size(); ++m) {
            if (values.at(m) < 0) {
                inRun = false; // a gap stays a gap
                continue;
            }
            const QPointF at(plot.left() + m * perMinute,
                             plot.bottom() -
                                 qBound(0.0, values.at(m), 100.0) / 100.0 * plot.height());
            if (inRun) {
                path.lineTo(at);
            } else {
                path.moveTo(at);
                path.lineTo(at + QPointF(0.5, 0)); // a lone minute still shows
            }
            inRun = true;
        }
        p.drawPath(path);
    }
}

} // namespace compshare::ui

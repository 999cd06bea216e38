// SPDX-License-Identifier: MIT
#include "ui/widgets/GpuHistoryView.h"

#include "state/GpuHistory.h"
#include "ui/widgets/GpuHistoryChart.h"
#include "work/GpuDayHistory.h"

#include <QLabel>
#include <QVBoxLayout>

namespace compshare::ui {

GpuHistoryView::GpuHistoryView(GpuDayHistory *day, GpuHistory *local, QWidget *parent)
    : QWidget(parent)
    , m_day(day)
    , m_chart(new GpuHistoryChart(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("gpuHistoryView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    //: details pane: title of the 24-hour GPU chart
    auto *title = new QLabel(tr("GPU, last 24 hours:"), this);
    layout->addWidget(title);
    layout->addWidget(m_chart);
    m_caption->setObjectName(QStringLiteral("gpuHistoryCaption"));
    //: under the 24-hour chart when CompShare's monitoring did not answer
    m_caption->setText(tr("History from this computer"));
    m_caption->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_caption->hide();
    layout->addWidget(m_caption);
    connect(day, &GpuDayHistory::seriesChanged, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    // Stored samples move on a minute at a time.
    connect(local, &GpuHistory::sparklinesChanged, this, [this] {
        if (!m_id.isEmpty() && m_chart->series().source != GpuSeries::Source::CompShare)
            refresh();
    });
}

void GpuHistoryView::showInstance(const Instance *instance)
{
    const QString id = instance ? instance->id : QString();
    if (id == m_id)
        return;
    m_id = id;
    if (!instance) {
        m_chart->setSeries({});
        return;
    }
    refresh();
    m_day->request(instance->ref());
}

void GpuHistoryView::refresh()
{
    const GpuSeries series = m_day->series(m_id);
    m_chart->setSeries(series);
    m_caption->setVisible(series.source == GpuSeries::Source::ThisComputer);
}

} // namespace compshare::ui

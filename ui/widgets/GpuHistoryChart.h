// SPDX-License-Identifier: MIT
// The details pane's chart of the selected instance's last 24 hours: GPU use
// (top) and GPU memory (bottom), one line per GPU, a time axis in local
// hours; a gap (no data, not running) is drawn as a gap, never as 0. Its
// accessible description says what it shows in one sentence.
#pragma once

#include "state/GpuSeries.h"

#include <QWidget>

namespace compshare::ui {

class GpuHistoryChart final : public QWidget
{
    Q_OBJECT

public:
    explicit GpuHistoryChart(QWidget *parent = nullptr);

    void setSeries(const GpuSeries &series);
    const GpuSeries &series() const { return m_series; }
    // "GPU use over the last 24 hours: 2 GPUs, average 34 %, highest 91 %."
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintPanel(QPainter &p, const QRect &plot, const QList<QList<double>> &lines,
                    const QString &title) const;

    GpuSeries m_series;
};

} // namespace compshare::ui

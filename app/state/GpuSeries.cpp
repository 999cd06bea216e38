// SPDX-License-Identifier: MIT
#include "state/GpuSeries.h"

namespace compshare {

bool GpuSeries::hasData() const
{
    for (const QList<double> &gpu : usage) {
        for (double v : gpu) {
            if (v >= 0)
                return true;
        }
    }
    return false;
}

double GpuSeries::averageUsage() const
{
    double sum = 0;
    int n = 0;
    for (const QList<double> &gpu : usage) {
        for (double v : gpu) {
            if (v >= 0) {
                sum += v;
                ++n;
            }
        }
    }
    return n > 0 ? sum / n : -1;
}

double GpuSeries::highestUsage() const
{
    double max = -1;
    for (const QList<double> &gpu : usage) {
        for (double v : gpu)
            max = qMax(max, v);
    }
    return max;
}

GpuSeries GpuSeries::fromRows(const QList<GpuSampleRow> &rows, const QDateTime &from, int minutes)
{
    GpuSeries s;
    const qint64 first = minuteOf(from);
    s.from = minuteStart(first);
    s.minutes = qMax(0, minutes);
    s.source = Source::ThisComputer;
    // A minute with a "no data" row is a gap for every GPU, whatever else it holds.
    QList<bool> noData(s.minutes, false);
    const auto ensureGpu = [&s](int gpu) {
        while (s.usage.size() <= gpu) {
            s.usage.append(QList<double>(s.minutes, -2)); // -2: nothing seen yet
            s.memory.append(QList<double>(s.minutes, -2));
        }
    };
    for (const GpuSampleRow &row : rows) {
        const qint64 m = minuteOf(row.at) - first;
        if (m < 0 || m >= s.minutes)
            continue;
        if (row.gpuIndex < 0) {
            noData[m] = true;
            continue;
        }
        if (row.gpuIndex > 64)
            continue; // no instance has that many GPUs: a damaged row
        ensureGpu(row.gpuIndex);
        double &u = s.usage[row.gpuIndex][m];
        double &mem = s.memory[row.gpuIndex][m];
        u = u == -2 ? row.usagePercent : merged(u, row.usagePercent);
        mem = mem == -2 ? row.memoryPercent : merged(mem, row.memoryPercent);
    }
    for (int g = 0; g < s.usage.size(); ++g) {
        for (int m = 0; m < s.minutes; ++m) {
            if (noData[m] || s.usage[g][m] < 0)
                s.usage[g][m] = -1;
            if (noData[m] || s.memory[g][m] < 0)
                s.memory[g][m] = -1;
        }
    }
    return s;
}

} // namespace compshare

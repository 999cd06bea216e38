// SPDX-License-Identifier: MIT
#include "work/GpuDayHistory.h"

#include "state/GpuHistory.h"

#include <QMap>

namespace compshare {

namespace {
// What the official CLI saw production answer (RetCode 210 "rejects
// instance IDs", and 230).
bool isProductionRefusal(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Api &&
           (error.retCode() == 210 || error.retCode() == 230);
}
} // namespace

GpuDayHistory::GpuDayHistory(CompShareClient *client, const GpuHistory *local, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_local(local)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void GpuDayHistory::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void GpuDayHistory::request(const InstanceRef &instance)
{
    if (m_refused || instance.id.isEmpty() || m_asking.contains(instance.id))
        return;
    const QDateTime now = m_now();
    if (const auto it = m_answers.constFind(instance.id);
        it != m_answers.constEnd() && it->at.secsTo(now) < kFreshSecs)
        return;
    if (const auto it = m_failedAt.constFind(instance.id);
        it != m_failedAt.constEnd() && it->secsTo(now) < kFreshSecs)
        return;
    m_queue.removeIf([&](const InstanceRef &r) { return r.id == instance.id; });
    m_queue.prepend(instance); // the newest selection first
    startNext();
}

void GpuDayHistory::startNext()
{
    while (!m_refused && m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        const InstanceRef ref = m_queue.takeFirst();
        const QDateTime now = m_now();
        const QDateTime from =
            GpuSeries::minuteStart(GpuSeries::minuteOf(now) - GpuHistory::kChartMinutes + 1);
        ++m_inFlight;
        m_asking.insert(ref.id);
        const int generation = m_generation;
        m_client->instanceMonitor(ref, from, now, this,
                                  [this, generation](const MonitorResult &result) {
                                      --m_inFlight;
                                      m_asking.remove(result.instanceId);
                                      if (generation == m_generation)
                                          answered(result);
                                      startNext();
                                  });
    }
}

void GpuDayHistory::answered(const MonitorResult &result)
{
    const QString &id = result.instanceId;
    const QDateTime now = m_now();
    if (isProductionRefusal(result.error)) {
        // Quietly, once per session: nothing more is asked, every chart
        // shows this computer's samples.
        m_refused = true;
        const QList<InstanceRef> waiting = m_queue;
        m_queue.clear();
        emit seriesChanged(id);
        for (const InstanceRef &r : waiting)
            emit seriesChanged(r.id);
        return;
    }
    const QDateTime from =
        GpuSeries::minuteStart(GpuSeries::minuteOf(now) - GpuHistory::kChartMinutes + 1);
    GpuSeries series = fromMonitor(result, from, GpuHistory::kChartMinutes);
    if (result.error.isError() || !series.hasData()) {
        m_failedAt.insert(id, now);
        emit seriesChanged(id);
        return;
    }
    if (m_answers.size() >= kCachedInstances && !m_answers.contains(id)) {
        auto oldest = m_answers.begin();
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (it->at < oldest->at)
                oldest = it;
        }
        m_answers.erase(oldest);
    }
    m_answers.insert(id, {now, series});
    m_failedAt.remove(id);
    emit seriesChanged(id);
}

GpuSeries GpuDayHistory::series(const QString &id) const
{
    if (const auto it = m_answers.constFind(id); it != m_answers.constEnd() && !m_refused)
        return it->series;
    GpuSeries local = m_local->lastDay(id);
    local.source = GpuSeries::Source::ThisComputer;
    return local;
}

void GpuDayHistory::clear()
{
    ++m_generation;
    m_answers.clear();
    m_failedAt.clear();
    m_queue.clear();
    m_refused = false;
}

GpuSeries GpuDayHistory::fromMonitor(const MonitorResult &result, const QDateTime &from,
                                     int minutes)
{
    GpuSeries s;
    s.from = GpuSeries::minuteStart(GpuSeries::minuteOf(from));
    s.minutes = qMax(0, minutes);
    s.source = GpuSeries::Source::CompShare;
    // One GPU per bus id, in bus order; use and memory matched by it.
    QMap<QString, int> gpuOf;
    for (const MonitorSeries &m : result.series) {
        if (m.metricKey == QLatin1String("cloudwatch_gpu_util") ||
            m.metricKey == QLatin1String("cloudwatch_gpu_memory_usage"))
            gpuOf.insert(m.resource, 0);
    }
    int n = 0;
    for (auto it = gpuOf.begin(); it != gpuOf.end(); ++it)
        it.value() = n++;
    s.usage = QList<QList<double>>(n, QList<double>(s.minutes, -1));
    s.memory = QList<QList<double>>(n, QList<double>(s.minutes, -1));
    const qint64 first = GpuSeries::minuteOf(s.from);
    for (const MonitorSeries &m : result.series) {
        const bool util = m.metricKey == QLatin1String("cloudwatch_gpu_util");
        if (!util && m.metricKey != QLatin1String("cloudwatch_gpu_memory_usage"))
            continue;
        QList<double> &row = (util ? s.usage : s.memory)[gpuOf.value(m.resource)];
        for (const auto &[at, value] : m.values) {
            const qint64 slot = at / 60 - first;
            if (slot < 0 || slot >= s.minutes || value < 0)
                continue;
            row[slot] = qMax(row[slot], qMin(value, 100.0));
        }
    }
    return s;
}

} // namespace compshare

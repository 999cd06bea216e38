// SPDX-License-Identifier: MIT
#include "simulator/SimMonitor.h"

#include "simulator/SimActions.h"
#include "simulator/SimMessages.h"

#include <QJsonArray>
#include <cmath>

namespace compshare::sim {
namespace {

constexpr int kMaxIds = 10;
constexpr qint64 kMaxRangeSecs = 24 * 3600;
constexpr double kPi = 3.14159265358979323846;

double number(const QJsonValue &v, double fallback)
{
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? d : fallback;
}

double phaseOf(const QString &id)
{
    return double(qHash(id, 7u) % 628u) / 100.0;
}

// A busy GPU's use at a time: its stored rate moved by a slow and a quick wave.
double varied(double base, const QString &id, int gpu, qint64 secs)
{
    if (base < 5)
        return base;
    const double t = double(secs);
    const double slow = 30 * std::sin(2 * kPi * t / (4 * 3600.0) + phaseOf(id));
    const double quick = 12 * std::sin(2 * kPi * t / (23 * 60.0) + gpu);
    return qBound(8.0, std::round((base - 15 + slow + quick) * 10) / 10, 100.0);
}

QString rate(double percent)
{
    return QString::number(percent, 'f', 1);
}

// Every instance answers nothing from 8 h to 6.5 h ago (as if stopped), so
// a chart has a gap to draw.
bool inQuietStretch(qint64 secs, qint64 nowSecs)
{
    const qint64 ago = nowSecs - secs;
    return ago <= 8 * 3600 && ago > 6 * 3600 + 1800;
}

QJsonObject result(const QString &id, const QString &busId, const QJsonArray &values)
{
    return QJsonObject{
        {QStringLiteral("ResourceId"), id},
        {QStringLiteral("LongResourceId"), id + QLatin1String("-long")},
        {QStringLiteral("TagMap"),
         busId.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("gpu_bus_id"), busId}}},
        {QStringLiteral("Values"), values}};
}

QJsonObject metric(const QString &key, const QString &tag, const QStringList &tags,
                   const QJsonArray &results)
{
    return QJsonObject{
        {QStringLiteral("MetricKey"), key},
        {QStringLiteral("Tags"), QJsonObject{{tag, QJsonArray::fromStringList(tags)}}},
        {QStringLiteral("Results"), results}};
}

QJsonObject hostMetrics(const QString &id, const QJsonObject &stored, qint64 from, qint64 to,
                        qint64 nowSecs, bool varies)
{
    const QJsonObject messages = stored.value(QStringLiteral("MonitorMessages")).toObject();
    const QJsonArray gpus = messages.value(QStringLiteral("GpuInfo")).toArray();
    const double cpu = number(messages.value(QStringLiteral("CpuUsageRate")), 0);
    const double mem = number(messages.value(QStringLiteral("MemUsageRate")), 0);
    QJsonArray cpuValues;
    QJsonArray memValues;
    QList<QJsonArray> useValues(gpus.size());
    QList<QJsonArray> gpuMemValues(gpus.size());
    for (qint64 t = from - from % 60; t <= to; t += 60) {
        if (to - from > 60 && inQuietStretch(t, nowSecs))
            continue;
        const auto point = [t](double v) {
            return QJsonObject{{QStringLiteral("Timestamp"), t}, {QStringLiteral("Value"), v}};
        };
        cpuValues.append(point(cpu));
        memValues.append(point(mem));
        for (int g = 0; g < gpus.size(); ++g) {
            const QJsonObject info = gpus.at(g).toObject();
            const double base = number(info.value(QStringLiteral("GpuUsageRate")), 0);
            const double gpuMem = number(info.value(QStringLiteral("MemoryUsageRate")), 0);
            const double use = varies ? varied(base, id, g, t) : base;
            useValues[g].append(point(use));
            gpuMemValues[g].append(
                point(base < 5 ? gpuMem : qBound(0.0, gpuMem - 20 + use / 4, 100.0)));
        }
    }
    QStringList busIds;
    QJsonArray useResults;
    QJsonArray memResults;
    for (int g = 0; g < gpus.size(); ++g) {
        const QString bus = QStringLiteral("00000000:00:%1.0").arg(7 + g, 2, 10, QLatin1Char('0'));
        busIds << bus;
        useResults.append(result(id, bus, useValues.at(g)));
        memResults.append(result(id, bus, gpuMemValues.at(g)));
    }
    QJsonArray metrics{
        metric(QStringLiteral("uhost_cpu_used"), QStringLiteral("uuid"), {id},
               QJsonArray{result(id, {}, cpuValues)}),
        metric(QStringLiteral("cloudwatch_memory_usage"), QStringLiteral("uuid"), {id},
               QJsonArray{result(id, {}, memValues)}),
    };
    if (!gpus.isEmpty()) {
        metrics.append(metric(QStringLiteral("cloudwatch_gpu_memory_usage"),
                              QStringLiteral("gpu_bus_id"), busIds, memResults));
        metrics.append(metric(QStringLiteral("cloudwatch_gpu_util"), QStringLiteral("gpu_bus_id"),
                              busIds, useResults));
    }
    return QJsonObject{{QStringLiteral("UHostId"), id}, {QStringLiteral("Metrics"), metrics}};
}

} // namespace

QJsonObject monitor(const QMap<QString, QString> &params, const SimInstanceStore &store,
                    qint64 nowMs)
{
    if (const int refusal = store.monitorRefusal(); refusal != 0) {
        // What the official CLI saw production answer; the texts are ours.
        return errorResponse(kMonitorAction, refusal,
                             refusal == 210 ? QStringLiteral("UHostIds rejected")
                                            : missingParamsMessage(QStringLiteral("UHostIds")));
    }
    if (params.value(QStringLiteral("Region")).isEmpty())
        return errorResponse(kMonitorAction, kRetMissingParams,
                             missingParamsMessage(QStringLiteral("Region")));
    QStringList ids;
    for (int n = 0; params.contains(QStringLiteral("UHostIds.%1").arg(n)); ++n)
        ids << params.value(QStringLiteral("UHostIds.%1").arg(n));
    if (ids.isEmpty())
        return errorResponse(kMonitorAction, kRetMissingParams,
                             missingParamsMessage(QStringLiteral("UHostIds.0")));
    if (ids.size() > kMaxIds)
        return errorResponse(kMonitorAction, kRetMissingParams,
                             invalidParamMessage(QStringLiteral("UHostIds")));
    const qint64 nowSecs = nowMs / 1000;
    qint64 from = nowSecs - 60;
    qint64 to = nowSecs;
    if (ids.size() == 1 && params.contains(QStringLiteral("StartTime"))) {
        bool okFrom = false;
        bool okTo = true;
        from = params.value(QStringLiteral("StartTime")).toLongLong(&okFrom);
        if (params.contains(QStringLiteral("EndTime")))
            to = params.value(QStringLiteral("EndTime")).toLongLong(&okTo);
        if (!okFrom || !okTo || from > to)
            return errorResponse(kMonitorAction, kRetMissingParams,
                                 invalidParamMessage(QStringLiteral("StartTime")));
        to = qMin(to, nowSecs);
        from = qMax(from, to - kMaxRangeSecs);
    }
    QJsonArray list;
    for (const QString &id : ids) {
        if (store.contains(id))
            list.append(hostMetrics(id, store.stored(id), from, to, nowSecs, store.gpuUseVaries()));
    }
    return QJsonObject{{QStringLiteral("Action"), kMonitorAction + QLatin1String("Response")},
                       {QStringLiteral("RetCode"), 0},
                       {QStringLiteral("Data"), QJsonObject{{QStringLiteral("List"), list}}}};
}

QJsonObject variedMonitorMessages(const QJsonObject &stored, const QString &id, qint64 unixSecs)
{
    QJsonObject out = stored;
    QJsonArray gpus = stored.value(QStringLiteral("GpuInfo")).toArray();
    for (int g = 0; g < gpus.size(); ++g) {
        QJsonObject info = gpus.at(g).toObject();
        const double base = number(info.value(QStringLiteral("GpuUsageRate")), -1);
        if (base >= 5)
            info.insert(QStringLiteral("GpuUsageRate"), rate(varied(base, id, g, unixSecs)));
        gpus[g] = info;
    }
    out.insert(QStringLiteral("GpuInfo"), gpus);
    return out;
}

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
// GetCompShareInstanceMonitor: the answer shape of its API page (Data.List[]
// of {UHostId, Metrics[{MetricKey, Tags, Results[{ResourceId,
// LongResourceId, TagMap, Values[{Timestamp, Value}]}]}]}), and the GPU use
// that moves with the clock for the demo.
#pragma once

#include "simulator/SimInstanceStore.h"

#include <QJsonObject>
#include <QMap>

namespace compshare::sim {

inline const QString kMonitorAction = QStringLiteral("GetCompShareInstanceMonitor");

// The action: Region and UHostIds.N required; StartTime/EndTime honoured for
// a single instance (one point a minute, at most 24 hours), else the last
// 60 s; at most 10 instances. Refused with store.monitorRefusal() when set.
QJsonObject monitor(const QMap<QString, QString> &params, const SimInstanceStore &store,
                    qint64 nowMs);

// `stored` MonitorMessages with each busy GPU's use moved along a wave of
// the time (idle GPUs, under 5 %, are left as they are).
QJsonObject variedMonitorMessages(const QJsonObject &stored, const QString &id, qint64 unixSecs);

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
// Compact JSON for the simulator's answers. Qt 6.4's QJsonDocument::toJson
// spent two thirds of the simulator's time on a 100-instance page (measured
// with perf, docs/BENCHMARKS.md), which made the simulator, not the client,
// the slow part of every benchmark. Same output as toJson(Compact).
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace compshare::sim {

QByteArray compactJson(const QJsonObject &object);

} // namespace compshare::sim

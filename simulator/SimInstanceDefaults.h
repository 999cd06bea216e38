// SPDX-License-Identifier: MIT
// Completes a scenario's instance object into a full UHostSet entry with the
// field types the API documents (Memory as a string, GraphicsMemory as an
// object, ...), so scenarios can stay short.
#pragma once

#include <QJsonObject>
#include <QString>

namespace compshare::sim {

// Stable 32-bit hash (FNV-1a) for deterministic per-instance details.
quint32 stableHash(const QString &text, quint32 seed);

// raw must hold UHostId and Zone; index orders default creation times.
QJsonObject completedInstance(const QJsonObject &raw, quint32 seed, int index);

// The region an instance's zone belongs to when the scenario does not say:
// "cn-wlcb-01" -> "cn-wlcb", "hk-02" -> "hk".
QString regionFromZone(const QString &zone);

} // namespace compshare::sim

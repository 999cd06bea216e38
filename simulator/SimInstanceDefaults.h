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

// Scenario-only relative times, resolved against the simulator clock when a
// scenario loads: StartTimeAgo, StopTimeAgo, UpdateTimeAgo (seconds before
// now) and ReleaseTimeIn, ExpireTimeIn (seconds after now) become the SDK's
// StartTime, StopTime, UpdateTime, ReleaseTime, ExpireTime (unix seconds).
// A stopped instance without any stop time gets one from its id (1 h to 6 d
// ago); a stopped pay-as-you-go one without ReleaseTime gets StopTime + 7 d.
QJsonObject withResolvedTimes(const QJsonObject &instance, qint64 nowMs, quint32 seed);

// Times and utilisation as an operation's final state takes effect:
// Stopped sets StopTime (and ReleaseTime = +7 d for Postpay) and drops
// MonitorMessages; Running sets StartTime and clears ReleaseTime.
void applyFinalState(QJsonObject &instance, const QString &state, qint64 atMs);

// The region an instance's zone belongs to when the scenario does not say:
// "cn-wlcb-01" -> "cn-wlcb", "hk-02" -> "hk".
QString regionFromZone(const QString &zone);

} // namespace compshare::sim

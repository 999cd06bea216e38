// SPDX-License-Identifier: MIT
// Which idle runs the console already warned about, so a restart does not
// warn again about the same one (the idle run carries over a restart through
// the stored GPU samples, so its warnings must too). A warning is keyed by
// instance, kind and the idle run's start; a new idle run (the GPUs were busy
// in between) has a later start and is warned about again. The local store
// implements it; GpuIdleTracker hands it to whoever warns.
#pragma once

#include <QDateTime>
#include <QString>

namespace compshare {

enum class IdleWarning
{
    Notice,      // the "GPU idle" notification
    StopWarning, // stop when idle's "will stop in 2 min"
    KeptRunning, // the user answered that warning with "Keep running"
};

class IdleWarningLog
{
public:
    // How far apart two starts of one idle run may be: the run restored from
    // the stored samples starts on the minute its first quiet sample was kept
    // in, the live one at that listing's second.
    static constexpr qint64 kSameRunSlackSecs = 120;

    virtual ~IdleWarningLog() = default;
    // When `kind` was given for the idle run of `id` that started at
    // runStart (within kSameRunSlackSecs), or invalid.
    virtual QDateTime warnedAt(IdleWarning kind, const QString &id,
                               const QDateTime &runStart) const = 0;
    virtual void noteWarned(IdleWarning kind, const QString &id, const QDateTime &runStart,
                            const QDateTime &at) = 0;
    // Forgets `kind` for every idle run of `id` (a new stop-when-idle choice).
    virtual void forget(IdleWarning kind, const QString &id) = 0;
};

} // namespace compshare

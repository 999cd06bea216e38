// SPDX-License-Identifier: MIT
// The benchmark areas. Each one measures our way and a naive baseline in the
// same run and adds rows to the report; only ratios and counts travel well
// between machines.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace compshare::bench {

class BenchReport;

struct BenchOptions
{
    bool quick = false;  // smallest sizes, one repetition (the smoke test)
    QStringList only;    // area names to run; empty: all
    QList<int> sizes;    // refresh sizes instead of the defaults (for profiling one size)
    QString consolePath; // compshare-console, for the process probes
    QString simPath;     // compshare-sim, for the out-of-process simulator
    bool wants(const QString &area) const { return only.isEmpty() || only.contains(area); }
};

void runRefreshBench(const BenchOptions &options, BenchReport &report);
void runModelBench(const BenchOptions &options, BenchReport &report);
void runPollingBench(const BenchOptions &options, BenchReport &report);
void runStallBench(const BenchOptions &options, BenchReport &report);
void runMemoryProbe(const BenchOptions &options, BenchReport &report);
void runStartupProbe(const BenchOptions &options, BenchReport &report);
void runFirstRefreshProbe(const BenchOptions &options, BenchReport &report);
void runCachedStartProbe(const BenchOptions &options, BenchReport &report);
void runSoakBench(const BenchOptions &options, BenchReport &report);

} // namespace compshare::bench

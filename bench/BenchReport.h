// SPDX-License-Identifier: MIT
// Collects benchmark rows and prints them as one Markdown table, followed by
// the notes the figures need to be read correctly.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace compshare::bench {

struct BenchRow
{
    QString area;     // "refresh", "model", ...
    QString scenario; // what was measured, e.g. "5,000 instances, +50 ms"
    QString ours;
    QString baseline; // the naive way, measured in the same run ("-" when none)
    QString ratio;    // baseline / ours, or a count comparison
    QString target;
    QString met; // "yes", "no", "n/a"
};

class BenchReport final
{
public:
    static QString headerRow(); // the first line of the table; the smoke test looks for it

    void add(const BenchRow &row);
    void note(const QString &text);
    QString markdown() const;

private:
    QList<BenchRow> m_rows;
    QStringList m_notes;
};

// Formatting shared by the benchmarks.
QString formatMs(double ms);
QString formatBytes(qint64 bytes);
QString formatRatio(double ratio);
QString yesNo(bool value);
double median(QList<double> values);

} // namespace compshare::bench

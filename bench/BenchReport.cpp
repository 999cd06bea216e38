// SPDX-License-Identifier: MIT
#include "BenchReport.h"

#include <algorithm>

namespace compshare::bench {

namespace {
QString cells(const QStringList &values)
{
    QStringList escaped;
    for (QString v : values)
        escaped.append(v.replace(QLatin1Char('|'), QLatin1String("\\|")));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}
} // namespace

QString BenchReport::headerRow()
{
    return cells({QStringLiteral("Area"), QStringLiteral("Scenario"), QStringLiteral("Ours"),
                  QStringLiteral("Naive baseline"), QStringLiteral("Ratio"),
                  QStringLiteral("Target"), QStringLiteral("Met")});
}

void BenchReport::add(const BenchRow &row)
{
    m_rows.append(row);
}

void BenchReport::note(const QString &text)
{
    m_notes.append(text);
}

QString BenchReport::markdown() const
{
    QStringList lines{headerRow(), QStringLiteral("|---|---|---|---|---|---|---|")};
    for (const BenchRow &r : m_rows)
        lines.append(cells({r.area, r.scenario, r.ours, r.baseline, r.ratio, r.target, r.met}));
    if (!m_notes.isEmpty()) {
        lines.append(QString());
        for (const QString &n : m_notes)
            lines.append(QStringLiteral("- ") + n);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString formatMs(double ms)
{
    if (ms < 1)
        return QString::number(ms * 1000, 'f', 0) + QStringLiteral(" µs");
    if (ms < 10)
        return QString::number(ms, 'f', 2) + QStringLiteral(" ms");
    if (ms < 100)
        return QString::number(ms, 'f', 1) + QStringLiteral(" ms");
    return QString::number(ms, 'f', 0) + QStringLiteral(" ms");
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("−") + formatBytes(-bytes);
    if (bytes < 10 * 1024)
        return QString::number(bytes) + QStringLiteral(" B");
    if (bytes < 10 * 1024 * 1024)
        return QString::number(double(bytes) / 1024.0, 'f', 0) + QStringLiteral(" KiB");
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

QString formatRatio(double ratio)
{
    return QString::number(ratio, 'f', ratio < 0.1 ? 3 : ratio < 10 ? 2 : 1) + QStringLiteral("×");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace compshare::bench

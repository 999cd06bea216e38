// SPDX-License-Identifier: MIT
// InstanceTableModel's totals and cost hooks, apart from the row bookkeeping
// in InstanceTableModel.cpp.
#include "models/InstanceTableModel.h"
#include "state/GpuIdleTracker.h"
#include "state/InstanceStore.h"
#include "work/PriceQuoteBook.h"

#include <algorithm>

namespace compshare {

int InstanceTableModel::runningCount() const
{
    const QList<Instance> &rows = instances();
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Instance &i) { return i.state == InstanceState::Running; }));
}

BurnTotals InstanceTableModel::costTotals() const
{
    return BillingRules::totals(instances(), m_now(),
                                [this](const Instance &i) { return m_checks.checkFor(i.id); });
}

double InstanceTableModel::burnRatePerHour() const
{
    return costTotals().perHour;
}

void InstanceTableModel::setIdleTracker(const GpuIdleTracker *tracker)
{
    m_idle = tracker;
    const auto repaint = [this](const QString &id) {
        emitRowChanged(rowOf(id));
    };
    connect(tracker, &GpuIdleTracker::becameIdle, this, repaint);
    connect(tracker, &GpuIdleTracker::stoppedBeingIdle, this, repaint);
}

void InstanceTableModel::refreshCostColumns()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, CostNowColumn), index(rowCount() - 1, GpuUtilColumn));
}

void InstanceTableModel::setPriceQuotes(const PriceQuoteBook *book)
{
    if (m_checks.book())
        disconnect(m_checks.book(), nullptr, this, nullptr);
    m_checks.clear();
    m_checks.setBook(book);
    if (book)
        connect(book, &PriceQuoteBook::changed, this, &InstanceTableModel::onPriceQuotesChanged);
    QStringList ids;
    for (const Instance &i : instances())
        ids << i.id;
    updatePriceChecks(ids);
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, PriceColumn), index(rowCount() - 1, CostNowColumn));
        emit totalsChanged();
    }
}

void InstanceTableModel::updatePriceChecks(const QStringList &ids)
{
    if (!m_checks.book())
        return;
    for (const QString &id : ids) {
        if (const Instance *i = m_store->instance(id))
            m_checks.update(*i);
    }
}

void InstanceTableModel::onPriceQuotesChanged()
{
    const QStringList changed = m_checks.refresh();
    if (changed.isEmpty())
        return;
    QList<int> rows;
    rows.reserve(changed.size());
    for (const QString &id : changed) {
        if (const int row = rowOf(id); row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    // Only the money columns of the rows whose word changed, in place: no
    // reset, so selection, sort and scroll stay. One signal per run of rows.
    for (int k = 0; k < rows.size();) {
        int last = k;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        for (const int column : {int(PriceColumn), int(CostNowColumn)})
            emit dataChanged(index(rows.at(k), column), index(rows.at(last), column));
        k = last + 1;
    }
    emit totalsChanged();
}

} // namespace compshare

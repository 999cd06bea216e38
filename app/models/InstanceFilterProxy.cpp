// SPDX-License-Identifier: MIT
#include "models/InstanceFilterProxy.h"

#include "models/InstanceTableModel.h"

namespace compshare {

InstanceFilterProxy::InstanceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstanceTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Keep the user's sort while rows change underneath (refresh, polling).
    setDynamicSortFilter(true);
}

void InstanceFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
    emit filterChanged();
}

void InstanceFilterProxy::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateFilter();
    emit filterChanged();
}

void InstanceFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
    emit filterChanged();
}

bool InstanceFilterProxy::isFiltering() const
{
    return !m_search.isEmpty() || !m_region.isEmpty() || m_state != StateFilter::All;
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_region.isEmpty() && idx.data(InstanceTableModel::RegionRole).toString() != m_region)
        return false;
    const auto state = InstanceState(idx.data(InstanceTableModel::StateRole).toInt());
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Running:
        if (state != InstanceState::Running)
            return false;
        break;
    case StateFilter::Stopped:
        if (state != InstanceState::Stopped)
            return false;
        break;
    case StateFilter::Transitional:
        if (!isTransitional(state))
            return false;
        break;
    case StateFilter::Spot:
        if (!idx.data(InstanceTableModel::IsSpotRole).toBool())
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString haystack = idx.data(InstanceTableModel::SearchTextRole).toString();
    for (const QString &w : words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace compshare

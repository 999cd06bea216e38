// SPDX-License-Identifier: MIT
// Sorting (on the raw-value role, so 10 GPUs sort after 2) and filtering by
// search text (name, id, IP), region and state.
#pragma once

#include "domain/Instance.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace compshare {

class InstanceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter
    {
        All,
        Running,
        Stopped,
        Transitional,
        Spot
    };
    Q_ENUM(StateFilter)

    explicit InstanceFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setRegion(const QString &region); // empty: every region
    QString region() const { return m_region; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    bool isFiltering() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_region;
    StateFilter m_state = StateFilter::All;
};

} // namespace compshare

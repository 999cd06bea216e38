// SPDX-License-Identifier: MIT
#include "model/InstanceTableModel.h"

#include "core/Logging.h"
#include "model/ActionVerdictText.h"
#include "model/AutoStopText.h"
#include "model/InstanceCostColumns.h"
#include "model/InstanceText.h"
#include "monitor/GpuIdleTracker.h"
#include "stop/OperationTracker.h"

#include <QLocale>
#include <algorithm>

namespace compshare {

namespace {
// Emits one ranged signal per run of consecutive rows, as a batch.
template <typename Fn> void forEachRun(QList<int> rows, Fn fn)
{
    std::sort(rows.begin(), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        fn(rows[i], rows[j]);
        i = j + 1;
    }
}
} // namespace

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InstanceTableModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void InstanceTableModel::refreshColumn(int column)
{
    emit dataChanged(index(0, column), index(rowCount() - 1, column)); // no rows: ignored by views
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &i = m_rows.at(index.row());
    const int column = index.column();
    if (column == AutoStopColumn && AutoStopText::hasRole(role))
        return AutoStopText::data(i, role, m_now());
    if (m_cachedSince.isValid() && column == CostNowColumn && role == Qt::DisplayRole)
        return QStringLiteral("—"); // never a figure from a cached list
    if (QVariant cost; InstanceCostColumns::data(
            i, column, role, m_now(),
            m_idle && i.state == InstanceState::Running ? m_idle->idleSince(i.id) : QDateTime(),
            &cost))
        return cost;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(i, column);
    case Qt::ToolTipRole:
        return toolTip(i, column);
    case Qt::TextAlignmentRole:
        if (column == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        return displayData(i, column);
    case Qt::AccessibleDescriptionRole: {
        // Screen readers hear why a row's button is disabled, not only see it.
        if (column != ActionColumn)
            return toolTip(i, column);
        QString why;
        actionEnabled(i, &why);
        return why;
    }
    case RawValueRole:
        return rawData(i, column);
    case InstanceIdRole:
        return i.id;
    case StateRole:
        return int(i.state);
    case IsSpotRole:
        return i.isSpot();
    case IsTransitionalRole:
        return i.isTransitional();
    case OperationStartedRole:
        return m_operations ? m_operations->startedAt(i.id) : QDateTime();
    case ActionRole:
        return int(actionFor(i));
    case ActionEnabledRole:
        return actionEnabled(i);
    case ActionDisabledReasonRole: {
        QString why;
        actionEnabled(i, &why);
        return why;
    }
    case LockedRole:
        return isLocked(i.id);
    case BusyRole:
        return isBusy(i.id);
    case StuckRole:
        return i.isTransitional() && m_operations && m_operations->isStuck(i.id);
    case SearchTextRole: {
        QStringList parts{i.name, i.id};
        for (const auto &ip : i.ips)
            parts << ip.ip;
        return parts.join(QLatin1Char(' '));
    }
    case RegionRole:
        return i.region;
    case InstanceRole:
        return QVariant::fromValue(i);
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return InstanceText::columnTitle(section);
    if (role == Qt::ToolTipRole)
        return InstanceText::columnToolTip(section);
    return {};
}

QVariant InstanceTableModel::displayData(const Instance &i, int column) const
{
    switch (column) {
    case NameColumn:
        return i.name.isEmpty() ? i.id : i.name;
    case IdColumn:
        return i.id;
    case StateColumn: {
        // "Stop requested" while CompShare's list still shows the old state.
        OperationKind requested = OperationKind::Stop;
        if (m_operations && m_operations->isRequested(i.id, &requested))
            return ActionVerdictText::requested(requested);
        return stateText(i.state, i.rawState);
    }
    case GpuColumn:
        return InstanceText::gpu(i);
    case CpuMemoryColumn:
        return InstanceText::cpuMemory(i);
    case ChargeColumn:
        return chargeText(i.chargeType, i.rawChargeType);
    case PriceColumn:
        return InstanceText::instancePrice(i);
    case RegionColumn:
        return i.zone.isEmpty() ? i.region : i.zone;
    case PublicIpColumn:
        return i.publicIp();
    case ImageColumn:
        return i.imageName;
    case CreatedColumn:
        return i.created.isValid()
                   ? QLocale().toString(i.created.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ActionColumn:
        return InstanceText::actionText(int(actionFor(i)));
    default:
        return {};
    }
}

QVariant InstanceTableModel::rawData(const Instance &i, int column) const
{
    switch (column) {
    case NameColumn:
        return (i.name.isEmpty() ? i.id : i.name).toLower();
    case IdColumn:
        return i.id;
    case StateColumn:
        return int(i.state);
    case GpuColumn:
        // Count first, so 10 GPUs sort after 2; then memory, then type.
        return double(i.gpuCount) * 1e6 + i.gpuMemoryGb * 100;
    case CpuMemoryColumn:
        return double(i.cpu) * 1e9 + double(i.memoryMb);
    case ChargeColumn:
        return int(i.chargeType);
    case PriceColumn:
        return i.hasInstancePrice ? i.pricePerHour : -1.0; // no price sorts first
    case RegionColumn:
        return i.zone;
    case PublicIpColumn:
        return i.publicIp();
    case ImageColumn:
        return i.imageName.toLower();
    case CreatedColumn:
        return i.created;
    case ActionColumn:
        return int(actionFor(i));
    default:
        return {};
    }
}

QString InstanceTableModel::toolTip(const Instance &i, int column) const
{
    switch (column) {
    case StateColumn: {
        const ActionVerdict v = verdictOf(i);
        if (!v.allowed() && v.blocker != ActionVerdict::Blocker::Transitional &&
            v.blocker != ActionVerdict::Blocker::WrongState &&
            v.blocker != ActionVerdict::Blocker::NoAction &&
            v.blocker != ActionVerdict::Blocker::UnknownState)
            return ActionVerdictText::reason(v); // ours under way, or another's lock
        if (i.state == InstanceState::Unknown)
            return InstanceText::unknownStateToolTip(i.rawState);
        return {};
    }
    case ChargeColumn:
        return i.isSpot() ? InstanceText::spotToolTip() : QString();
    case ActionColumn: {
        QString why;
        return actionEnabled(i, &why) ? QString() : why;
    }
    case NameColumn:
        return i.remark;
    default:
        return {};
    }
}

InstanceTableModel::RowAction InstanceTableModel::actionFor(const Instance &i) const
{
    if (i.state == InstanceState::Running)
        return i.isSpot() ? RowAction::ForceStop : RowAction::Stop;
    if (i.state == InstanceState::Stopped)
        return RowAction::Start;
    return RowAction::None;
}

ActionVerdict InstanceTableModel::verdictOf(const Instance &i) const
{
    return verdictOf(i, OperationTracker::rowActionOf(i));
}

ActionVerdict InstanceTableModel::verdictOf(const Instance &i, OperationKind kind) const
{
    return m_operations ? m_operations->verdict(&i, kind)
                        : OperationTracker::listedVerdict(i, kind);
}

bool InstanceTableModel::actionEnabled(const Instance &i, QString *whyNot) const
{
    if (m_cachedSince.isValid()) {
        if (whyNot)
            *whyNot = tr("This list was saved earlier; wait for CompShare's answer.");
        return false;
    }
    // The operation owner decides; this only puts its verdict in words.
    const ActionVerdict v = verdictOf(i);
    if (whyNot)
        *whyNot = ActionVerdictText::reason(v);
    return v.allowed();
}

int InstanceTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

const Instance *InstanceTableModel::instance(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void InstanceTableModel::rebuildIndex(int fromRow)
{
    for (int r = fromRow; r < m_rows.size(); ++r)
        m_rowById.insert(m_rows.at(r).id, r);
}

void InstanceTableModel::applyRefresh(const QList<Instance> &instances)
{
    QHash<QString, const Instance *> incoming;
    incoming.reserve(instances.size());
    for (const Instance &i : instances)
        incoming.insert(i.id, &i);

    // 1. Rows that went away, removed from the bottom up in contiguous runs.
    QList<int> gone;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!incoming.contains(m_rows.at(r).id))
            gone.append(r);
    }
    for (int k = int(gone.size()) - 1; k >= 0;) {
        int last = gone.at(k);
        int first = last;
        while (k > 0 && gone.at(k - 1) == first - 1)
            first = gone.at(--k);
        --k;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const QString id = m_rows.at(r).id;
            m_rowById.remove(id);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }
    if (!gone.isEmpty()) {
        m_rowById.clear();
        rebuildIndex(0);
    }

    // 2. Changed rows, in place; one ranged dataChanged per run.
    QList<int> changed;
    QList<Instance> added;
    for (const Instance &i : instances) {
        const int row = rowOf(i.id);
        if (row < 0) {
            if (!m_rowById.contains(i.id)) {
                m_rowById.insert(i.id, -2); // de-duplicate within one refresh
                added.append(i);
            }
            continue;
        }
        if (m_rows.at(row) != i) {
            m_rows[row] = i;
            changed.append(row);
        }
    }
    if (m_cachedSince.isValid() && !changed.isEmpty()) {
        // The first answer after a saved list changes most rows at once (the
        // saved list has no GPU readings): one signal, one re-sort.
        const auto [low, high] = std::minmax_element(changed.cbegin(), changed.cend());
        emit dataChanged(index(*low, 0), index(*high, ColumnCount - 1));
    } else {
        forEachRun(changed, [this](int first, int last) {
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        });
    }

    // 3. New rows, appended at the end (the proxy sorts).
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        rebuildIndex(first);
        endInsertRows();
    }
    qCDebug(lcModel) << "refresh applied:" << added.size() << "added," << gone.size() << "removed,"
                     << changed.size() << "changed";
    m_cachedSince = {};
    const bool firstList = !std::exchange(m_hasList, true);
    if (firstList || !added.isEmpty() || !gone.isEmpty() || !changed.isEmpty())
        emit totalsChanged();
}

void InstanceTableModel::applyCachedList(const QList<Instance> &instances, const QDateTime &savedAt)
{
    applyRefresh(instances);
    m_hasList = false;
    m_cachedSince = savedAt;
    emit totalsChanged();
}

void InstanceTableModel::clearList()
{
    applyRefresh({});
    m_hasList = false;
    emit totalsChanged();
}

void InstanceTableModel::applyUpdates(const QList<Instance> &instances)
{
    QList<int> changed;
    for (const Instance &i : instances) {
        const int row = rowOf(i.id);
        if (row < 0 || m_rows.at(row) == i)
            continue;
        m_rows[row] = i;
        changed.append(row);
    }
    forEachRun(changed, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
    if (!changed.isEmpty())
        emit totalsChanged();
}

void InstanceTableModel::removeInstances(const QStringList &ids)
{
    QList<Instance> keep;
    keep.reserve(m_rows.size());
    for (const Instance &i : std::as_const(m_rows)) {
        if (!ids.contains(i.id))
            keep.append(i);
    }
    if (keep.size() != m_rows.size())
        applyRefresh(keep);
}

void InstanceTableModel::emitRowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InstanceTableModel::setOperations(const OperationTracker *tracker)
{
    if (m_operations)
        disconnect(m_operations, nullptr, this, nullptr);
    m_operations = tracker;
    if (tracker)
        connect(tracker, &OperationTracker::changed, this,
                [this](const QString &id) { emitRowChanged(rowOf(id)); });
}

bool InstanceTableModel::isBusy(const QString &id) const
{
    return m_operations && m_operations->isUnderWay(id);
}

bool InstanceTableModel::isLocked(const QString &id) const
{
    return m_operations && m_operations->isLocked(id);
}

QString InstanceTableModel::stateText(InstanceState state, const QString &raw)
{
    return InstanceText::state(state, raw);
}

QString InstanceTableModel::chargeText(ChargeType type, const QString &raw)
{
    return InstanceText::charge(type, raw);
}

} // namespace compshare

// SPDX-License-Identifier: MIT
#include "models/InstanceTableModel.h"

#include "base/Logging.h"
#include "models/InstanceColumnText.h"
#include "models/InstanceCostColumns.h"
#include "state/GpuIdleTracker.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"
#include "text/ActionVerdictText.h"
#include "text/AutoStopText.h"
#include "text/BillText.h"
#include "text/InstanceText.h"

#include <QLocale>
#include <algorithm>

namespace compshare {

namespace {
// More changed rows than this in one write: one dataChanged over their span.
constexpr int kOneSignalAbove = 256;
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

InstanceTableModel::InstanceTableModel(InstanceStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(store, &InstanceStore::removed, this, &InstanceTableModel::onRemoved);
    connect(store, &InstanceStore::changed, this, &InstanceTableModel::onChanged);
    connect(store, &InstanceStore::added, this, &InstanceTableModel::onAdded);
    connect(store, &InstanceStore::listApplied, this, &InstanceTableModel::totalsChanged);
    // Saved rows becoming live (or the reverse) change every row's button and
    // Cost now: the store names them all in its one changed() for that write.
    onAdded([store] {
        QStringList ids;
        for (const Instance &i : store->instances())
            ids << i.id;
        return ids;
    }());
}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InstanceTableModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void InstanceTableModel::setIdleStopSource(std::function<int(const QString &)> minutesOf)
{
    m_idleStopMinutes = std::move(minutesOf);
    refreshColumn(AutoStopColumn);
}

void InstanceTableModel::refreshColumn(int column)
{
    emit dataChanged(index(0, column), index(rowCount() - 1, column)); // no rows: ignored by views
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance *row = m_store->instance(m_ids.at(index.row()));
    if (!row)
        return {};
    const Instance &i = *row;
    const int column = index.column();
    if (role == GpuSparklineRole)
        return gpuSparkline(i.id);
    if (column == AutoStopColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                     role == Qt::AccessibleTextRole || role == RawValueRole))
        return autoStopData(i, role);
    if (m_store->cachedSince().isValid() && column == CostNowColumn && role == Qt::DisplayRole)
        return QStringLiteral("—"); // never a figure from a cached list
    if (QVariant cost; InstanceCostColumns::mayAnswer(column, role) &&
                       InstanceCostColumns::data(i, column, role, m_now(),
                                                 m_idle && i.state == InstanceState::Running
                                                     ? m_idle->idleSince(i.id)
                                                     : QDateTime(),
                                                 m_checks, &cost))
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
        // An Action cell without a button is said, not silent: its reason
        // ("Nothing to do while …") follows as the description.
        if (column == ActionColumn && actionFor(i) == RowAction::None)
            return InstanceText::noActionText();
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
    case OperationUnderWayRole: {
        OperationKind kind = OperationKind::Stop;
        return m_operations && m_operations->underWayKind(i.id, &kind) ? int(kind) : -1;
    }
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

QVariant InstanceTableModel::autoStopData(const Instance &i, int role) const
{
    // Never on for spot (StopWhenIdle::whyNot).
    const int idleStopMinutes = m_idleStopMinutes && !i.isSpot() ? m_idleStopMinutes(i.id) : 0;
    const QDateTime now = m_now();
    if (role == Qt::ToolTipRole)
        return AutoStopText::toolTip(i, now, idleStopMinutes);
    if (role == RawValueRole)
        return AutoStopText::sortValue(i, now, idleStopMinutes);
    if (role == Qt::AccessibleTextRole)
        return AutoStopText::accessibleText(i, now, idleStopMinutes);
    return AutoStopText::cellText(i, now, idleStopMinutes);
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return InstanceColumnText::title(section);
    if (role == Qt::ToolTipRole)
        return InstanceColumnText::toolTip(section);
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
        // The compute part as the bill reads it, with its period.
        return BillText::instancePrice(i, m_checks.checkFor(i.id));
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
        return InstanceColumnText::action(int(actionFor(i)));
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
    case PriceColumn: // no price sorts first
        return BillingRules::computePrice(i, m_checks.checkFor(i.id)).amount.value_or(-1.0);
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
    case PriceColumn: // where the price came from, and what the other source said
        return BillText::instancePriceSource(i, m_checks.checkFor(i.id));
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

bool InstanceTableModel::hasList() const
{
    return m_store->hasList();
}

const Instance *InstanceTableModel::instance(const QString &id) const
{
    return m_store->instance(id);
}

const Instance &InstanceTableModel::instanceAt(int row) const
{
    return *m_store->instance(m_ids.at(row));
}

const QList<Instance> &InstanceTableModel::instances() const
{
    return m_store->instances();
}

void InstanceTableModel::rebuildIndex(int fromRow)
{
    for (int r = fromRow; r < m_ids.size(); ++r)
        m_rowById.insert(m_ids.at(r), r);
}

void InstanceTableModel::onRemoved(const QStringList &ids)
{
    QList<int> gone;
    for (const QString &id : ids) {
        m_checks.remove(id);
        const int row = rowOf(id);
        if (row >= 0)
            gone.append(row);
    }
    std::sort(gone.begin(), gone.end());
    // From the bottom up, one signal per contiguous run.
    for (int k = int(gone.size()) - 1; k >= 0;) {
        const int last = gone.at(k);
        int first = last;
        while (k > 0 && gone.at(k - 1) == first - 1)
            first = gone.at(--k);
        --k;
        beginRemoveRows({}, first, last);
        m_ids.erase(m_ids.begin() + first, m_ids.begin() + last + 1);
        endRemoveRows();
    }
    m_rowById.clear();
    rebuildIndex(0);
}

void InstanceTableModel::onChanged(const QStringList &ids)
{
    updatePriceChecks(ids); // before the views read the rows again
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.size() > kOneSignalAbove) {
        // Most rows at once (the first answer after a saved list): one
        // signal and one re-sort instead of one per run.
        const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
        emit dataChanged(index(*low, 0), index(*high, ColumnCount - 1));
        return;
    }
    forEachRun(rows, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
}

QDateTime InstanceTableModel::cachedSince() const
{
    return m_store->cachedSince();
}

void InstanceTableModel::onAdded(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    updatePriceChecks(ids);
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    m_ids.append(ids);
    rebuildIndex(first);
    endInsertRows();
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

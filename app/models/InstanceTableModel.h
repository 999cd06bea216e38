// SPDX-License-Identifier: MIT
// The instance store (InstanceStore) as a table: it holds no instance of its
// own, only the row order. The store's added/removed/changed ids become
// inserted rows, removed rows and dataChanged for those rows only, so a
// refresh never resets the view: selection, current row, sort and scroll
// survive.
#pragma once

#include "domain/BillingRules.h"
#include "domain/Instance.h"
#include "domain/OperationOutcome.h"
#include "models/InstancePriceChecks.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <functional>

namespace compshare {

class GpuHistory;
class GpuIdleTracker;
class InstanceStore;
class OperationTracker;
class PriceQuoteBook;

class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        StateColumn,
        GpuColumn,
        CpuMemoryColumn,
        ChargeColumn,
        PriceColumn,
        RegionColumn,
        PublicIpColumn,
        ImageColumn,
        CreatedColumn,
        CostNowColumn,  // what it costs right now (InstanceCostColumns)
        GpuUtilColumn,  // GPU utilisation and the Idle badge (InstanceCostColumns)
        AutoStopColumn, // scheduled stop countdown (AutoStopText)
        ActionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the value to sort on (numbers, dates, enums)
        InstanceIdRole,                  // QString UHostId
        StateRole,                       // int(InstanceState)
        IsSpotRole,                      // bool
        IsTransitionalRole,              // bool
        OperationStartedRole,     // QDateTime our operation under way was first sent, or invalid
        ActionRole,               // int(RowAction): what the row button does
        ActionEnabledRole,        // bool
        ActionDisabledReasonRole, // QString, why the button is disabled
        LockedRole,               // bool: another operation holds the instance
        BusyRole,                 // bool: our own operation is under way
        StuckRole,                // bool: transitional for more than 10 minutes
        SearchTextRole,           // QString: name, id and IPs, for the search box
        RegionRole,               // QString region
        InstanceRole,             // QVariant<Instance>
        IdleSinceRole,            // QDateTime: GPUs idle since (GpuIdleTracker), or invalid
        CostWarningRole,          // bool: reclaim within 24 h, or prepaid expiring
        IdleTextRole,             // QString "Idle 45 min" (model clock), or empty
        GpuSparklineRole, // QList<double>: GPU use per minute, last 30 min (GpuHistory); -1 gaps
        OperationUnderWayRole, // int(OperationKind) of our operation under way, or -1
    };

    enum class RowAction
    {
        None,
        Stop,
        ForceStop,
        Start
    };
    Q_ENUM(RowAction)

    explicit InstanceTableModel(InstanceStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    InstanceStore *store() const { return m_store; }
    // Reads of the store, for views and ui/ (the store is the one copy).
    bool hasList() const;
    // A list saved by an earlier run (InstanceStore::applyCachedList): from
    // when; invalid when the rows are live.
    QDateTime cachedSince() const;
    int rowOf(const QString &id) const;
    const Instance *instance(const QString &id) const;
    const Instance &instanceAt(int row) const;
    const QList<Instance> &instances() const;

    // Per-row operation state that the API does not hold lives in the
    // tracker; the model shows it and asks it what a row may do.
    void setOperations(const OperationTracker *tracker);
    bool isBusy(const QString &id) const;
    bool isLocked(const QString &id) const;

    // What the row's action button does, and why it is disabled if it is.
    RowAction actionFor(const Instance &instance) const;
    bool actionEnabled(const Instance &instance, QString *whyNot = nullptr) const;
    // OperationTracker's verdict on the row's own action, or on `kind`.
    ActionVerdict verdictOf(const Instance &instance) const;
    ActionVerdict verdictOf(const Instance &instance, OperationKind kind) const;

    // For "now" in tests (lock expiry, elapsed time).
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    // Repaints one column in every row (the live countdown).
    void refreshColumn(int column);
    // Stop when idle's minutes per instance (0: off), for the Auto-stop column.
    void setIdleStopSource(std::function<int(const QString &)> minutesOf);

    // The shared idle verdicts for IdleSinceRole and the GPU column; rows
    // repaint when an instance becomes idle or stops being idle.
    void setIdleTracker(const GpuIdleTracker *tracker);
    // The sparkline's series (GpuSparklineRole, InstanceTableSparkline.cpp);
    // the GPU use column repaints when a minute closes.
    void setGpuHistory(const GpuHistory *history);
    // Time-dependent texts (uptime, reclaim countdown, idle minutes) repaint.
    void refreshCostColumns();
    // CompShare's price action's answers (not owned): the Price and Cost now
    // columns, their tooltips and the totals read each bill with them. When
    // the book changes, only the rows whose word changed repaint (their money
    // columns, in place) and the totals are read again.
    void setPriceQuotes(const PriceQuoteBook *book);
    // The price action's word on an instance, kept per row (the default,
    // "not asked", without a book or for an instance not listed).
    const PriceCheck &priceCheck(const QString &id) const { return m_checks.checkFor(id); }

    // Totals for the status bar.
    int runningCount() const;
    BurnTotals costTotals() const;  // BillingRules over every row
    double burnRatePerHour() const; // what is paid per hour now: costTotals().perHour

    static QString stateText(InstanceState state, const QString &raw = {});
    static QString chargeText(ChargeType type, const QString &raw = {});

signals:
    void totalsChanged();

private:
    void emitRowChanged(int row);
    void onRemoved(const QStringList &ids);
    void onChanged(const QStringList &ids);
    void onAdded(const QStringList &ids);
    QVariant displayData(const Instance &i, int column) const;
    QVariant autoStopData(const Instance &i, int role) const;
    QVariant rawData(const Instance &i, int column) const;
    QString toolTip(const Instance &i, int column) const;
    void rebuildIndex(int fromRow);
    QVariant gpuSparkline(const QString &id) const;
    // InstanceTableTotals.cpp: each row's price check follows its instance
    // and the book; the rows whose check changed repaint their money columns.
    void updatePriceChecks(const QStringList &ids);
    void onPriceQuotesChanged();

    InstanceStore *m_store;
    QList<QString> m_ids; // row -> instance id, in the store's order
    QHash<QString, int> m_rowById;
    const OperationTracker *m_operations = nullptr;
    std::function<QDateTime()> m_now;
    const GpuIdleTracker *m_idle = nullptr;
    std::function<int(const QString &)> m_idleStopMinutes;
    const GpuHistory *m_gpuHistory = nullptr;
    InstancePriceChecks m_checks;
};

} // namespace compshare

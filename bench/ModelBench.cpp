// SPDX-License-Identifier: MIT
// 2. Model apply: InstanceStore::applyFullList seen through InstanceTableModel (in place, keyed by
// UHostId) against a table model that resets with the new list, for 5,000
// rows where 1% changed, 2 appeared and 2 went away. Also: does a selected
// row stay selected?
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"
#include "wire/InstanceParser.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QItemSelectionModel>

namespace compshare::bench {

namespace {

// The naive model: every refresh is a reset.
class ResetTableModel final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : InstanceTableModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Instance &i = m_rows.at(index.row());
        if (role == InstanceTableModel::InstanceIdRole)
            return i.id;
        if (role == InstanceTableModel::RawValueRole || role == Qt::DisplayRole)
            return index.column() == InstanceTableModel::NameColumn ? i.name : i.id;
        return {};
    }
    void setInstances(const QList<Instance> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

private:
    QList<Instance> m_rows;
};

struct SignalCounts
{
    int dataChanged = 0;
    int insertSignals = 0;
    int rowsInserted = 0;
    int removeSignals = 0;
    int rowsRemoved = 0;
    int resets = 0;
};

void countSignals(QAbstractItemModel *model, SignalCounts *counts)
{
    QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                     [counts] { ++counts->dataChanged; });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                     [counts](const QModelIndex &, int first, int last) {
                         ++counts->insertSignals;
                         counts->rowsInserted += last - first + 1;
                     });
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
                     [counts](const QModelIndex &, int first, int last) {
                         ++counts->removeSignals;
                         counts->rowsRemoved += last - first + 1;
                     });
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [counts] { ++counts->resets; });
}

struct ApplyRun
{
    double ms = 0;
    SignalCounts counts;
    bool selectionKept = false;
};

struct Lists
{
    QList<Instance> before;
    QList<Instance> after;
    QString selectedId; // survives the refresh, and its row index shifts
};

Lists makeLists(int size)
{
    sim::Simulator sim;
    sim.loadScenario(sim::Simulator::generatedScenario(size, benchRegions(), 11));
    Lists lists;
    const QList<QJsonObject> records = sim.instances();
    for (const QJsonObject &record : records) {
        Instance i;
        if (InstanceParser::parseRecord(record, &i))
            lists.before.append(i);
    }
    lists.after = lists.before;
    for (int r = 0; r < lists.after.size(); r += 100) // 1% changed
        lists.after[r].name += QStringLiteral("-renamed");
    const Instance templateRow = lists.after.at(1);
    lists.after.removeAt(size / 2); // 2 went away
    lists.after.removeAt(11);
    for (int k = 0; k < 2; ++k) { // 2 appeared
        Instance added = templateRow;
        added.id = QStringLiteral("uhost-bench-new-%1").arg(k);
        lists.after.append(added);
    }
    lists.selectedId = lists.before.at(size * 3 / 4 + 1).id;
    return lists;
}

// InstanceTableModel over a store of its own, so each run makes a fresh pair.
struct StoreBackedModel
{
    InstanceStore store;
    InstanceTableModel table{&store};
};
QAbstractItemModel *itemModel(StoreBackedModel &m)
{
    return &m.table;
}
QAbstractItemModel *itemModel(QAbstractItemModel &m)
{
    return &m;
}

template <typename Model, typename Apply>
ApplyRun applyOnce(const Lists &lists, bool withProxy, Model &model, Apply apply)
{
    apply(model, lists.before);
    InstanceFilterProxy proxy;
    QAbstractItemModel *shown = itemModel(model);
    if (withProxy) {
        proxy.setSourceModel(itemModel(model));
        proxy.sort(InstanceTableModel::NameColumn);
        shown = &proxy;
    }
    QItemSelectionModel selection(shown);
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QModelIndex index = shown->index(r, 0);
        if (index.data(InstanceTableModel::InstanceIdRole).toString() == lists.selectedId)
            selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    ApplyRun run;
    countSignals(itemModel(model), &run.counts);
    QElapsedTimer clock;
    clock.start();
    apply(model, lists.after);
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    const QModelIndexList rows = selection.selectedRows();
    run.selectionKept =
        rows.size() == 1 &&
        rows.first().data(InstanceTableModel::InstanceIdRole).toString() == lists.selectedId;
    return run;
}

template <typename Model, typename Apply>
ApplyRun measure(const Lists &lists, bool withProxy, int repetitions, Apply apply)
{
    QList<double> ms;
    ApplyRun last;
    for (int k = 0; k < repetitions; ++k) {
        Model model;
        last = applyOnce(lists, withProxy, model, apply);
        ms.append(last.ms);
    }
    last.ms = median(ms);
    return last;
}

QString describe(const ApplyRun &r)
{
    return formatMs(r.ms) +
           QStringLiteral("; dataChanged ×%1, inserted %2 rows in %3 signal(s), removed %4 in %5, "
                          "modelReset ×%6; selection kept: %7")
               .arg(r.counts.dataChanged)
               .arg(r.counts.rowsInserted)
               .arg(r.counts.insertSignals)
               .arg(r.counts.rowsRemoved)
               .arg(r.counts.removeSignals)
               .arg(r.counts.resets)
               .arg(yesNo(r.selectionKept));
}

} // namespace

void runModelBench(const BenchOptions &options, BenchReport &report)
{
    const int size = options.quick ? 500 : 5000;
    const int repetitions = options.quick ? 3 : 15;
    const Lists lists = makeLists(size);
    const auto ours = [](StoreBackedModel &m, const QList<Instance> &l) {
        m.store.applyFullList(l);
    };
    const auto naive = [](ResetTableModel &m, const QList<Instance> &l) {
        m.setInstances(l);
    };
    for (const bool withProxy : {false, true}) {
        const ApplyRun a = measure<StoreBackedModel>(lists, withProxy, repetitions, ours);
        const ApplyRun b = measure<ResetTableModel>(lists, withProxy, repetitions, naive);
        const bool met = a.counts.resets == 0 && a.counts.rowsInserted == 2 &&
                         a.counts.rowsRemoved == 2 && a.selectionKept;
        report.add({QStringLiteral("model"),
                    QStringLiteral("applyFullList %1 rows, 1% changed, +2 −2%2")
                        .arg(size)
                        .arg(withProxy ? QStringLiteral(", sorted proxy attached") : QString()),
                    describe(a), describe(b),
                    b.ms >= 0.01 && a.ms > 0 ? formatRatio(b.ms / a.ms) : QStringLiteral("-"),
                    QStringLiteral("reset 0, selection kept"), yesNo(met)});
    }
    report.note(
        QStringLiteral(
            "model: time of one full list applied to the store (median of %1, each on a fresh "
            "model holding the old "
            "list); signal counts are emissions on the source model. The baseline's reset is cheap "
            "in "
            "the model itself, but it throws away selection, current row and scroll position and "
            "makes every view and proxy rebuild all rows.")
            .arg(repetitions));
}

} // namespace compshare::bench

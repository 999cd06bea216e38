// SPDX-License-Identifier: MIT
// The instances this account has, as CompShare last listed them: the one
// store every part of the console reads. The poller and the operation owner
// write to it (a full list, a poll of some instances, a release the list no
// longer has); views adapt it (InstanceTableModel) and never hold a copy.
//
// Changes are announced by id, after the store is consistent: removed(),
// changed(), added(), then listApplied(). Order is arrival order; views sort.
#pragma once

#include "domain/Instance.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace compshare {

class InstanceStore final : public QObject
{
    Q_OBJECT

public:
    explicit InstanceStore(QObject *parent = nullptr);

    // A full list: instances not in it are removed, the others updated or added.
    void applyFullList(const QList<Instance> &instances);
    // A poll: only these instances are updated; unknown ids are ignored.
    void applyUpdates(const QList<Instance> &instances);
    // Instances gone for certain (a release the list no longer has).
    void remove(const QStringList &ids);
    // Another account: nothing, and no list yet (figures show "—", not 0).
    void clear();
    // A list saved by an earlier run, shown before CompShare's first answer:
    // applied as a full list is, but it is not one (hasList() stays false, so
    // no money figure is computed from it) and cachedSince() says from when.
    // The next full list replaces it in place. A write that makes the rows
    // saved or live again names every row that stays in its changed().
    void applyCachedList(const QList<Instance> &instances, const QDateTime &savedAt);
    QDateTime cachedSince() const { return m_cachedSince; } // invalid: the rows are live

    // A full list has been applied since the last clear().
    bool hasList() const { return m_hasList; }
    int size() const { return int(m_items.size()); }
    const Instance *instance(const QString &id) const;
    const Instance &at(int position) const { return m_items.at(position); }
    int positionOf(const QString &id) const { return m_position.value(id, -1); }
    const QList<Instance> &instances() const { return m_items; }

signals:
    void removed(const QStringList &ids);
    void changed(const QStringList &ids);
    void added(const QStringList &ids); // appended at the end, in this order
    // After every write that changed anything, and after the first full list.
    void listApplied();
    // The rows become a saved list, or live again: emitted first in that
    // write, with cachedSince() already set, before its rows are announced.
    void cachedChanged(bool cached);

private:
    // A full list (cachedSince invalid) or a saved one.
    void applyList(const QList<Instance> &instances, const QDateTime &cachedSince);
    void removeNow(const QHash<QString, bool> &gone);
    void reindex();

    QList<Instance> m_items;
    QHash<QString, int> m_position;
    bool m_hasList = false;
    QDateTime m_cachedSince;
};

} // namespace compshare

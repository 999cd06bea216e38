// SPDX-License-Identifier: MIT
// Display names of regions, from DescribeCompShareSupportZone's Describe
// (e.g. cn-wlcb -> 华北二(乌兰察布)). Asked once per region the list shows,
// asynchronously; a region without an answer keeps its code. The code stays
// available for tooltips.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

namespace compshare {

class CompShareClient;
class InstanceStore;

class RegionNames final : public QObject
{
    Q_OBJECT

public:
    RegionNames(CompShareClient *client, InstanceStore *store, QObject *parent = nullptr);

    // The display name, or the code itself while none is known.
    QString name(const QString &region) const;
    bool hasName(const QString &region) const { return m_names.contains(region); }
    // Forget everything (another account); the next rows ask again.
    void reset();

signals:
    void namesChanged();

private:
    void askForNewRegions();

    CompShareClient *m_client;
    InstanceStore *m_store;
    QHash<QString, QString> m_names; // region code -> display name
    QSet<QString> m_asked;
};

} // namespace compshare

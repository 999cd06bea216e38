// SPDX-License-Identifier: MIT
#include "work/RegionNames.h"

#include "base/Logging.h"
#include "state/InstanceStore.h"
#include "wire/CompShareClient.h"

namespace compshare {

RegionNames::RegionNames(CompShareClient *client, InstanceStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(store, &InstanceStore::added, this, &RegionNames::askForNewRegions);
}

QString RegionNames::name(const QString &region) const
{
    return m_names.value(region, region);
}

void RegionNames::reset()
{
    m_names.clear();
    m_asked.clear();
    emit namesChanged();
}

void RegionNames::askForNewRegions()
{
    const QList<Instance> &rows = m_store->instances();
    for (const Instance &i : rows) {
        if (i.region.isEmpty() || m_asked.contains(i.region))
            continue;
        const QString region = i.region;
        m_asked.insert(region);
        m_client->describeSupportZones(region, this, [this, region](const ZoneResult &result) {
            if (result.error) {
                // Names are a nicety: the code stays, nothing else is affected.
                qCInfo(lcApi).noquote()
                    << "no region names for" << region << ":" << result.error.toString();
                return;
            }
            bool changed = false;
            for (const Zone &z : result.zones) {
                if (z.region != region || m_names.contains(z.region))
                    continue;
                const QString shown = !z.regionName.isEmpty() ? z.regionName : z.zoneName;
                if (!shown.isEmpty()) {
                    m_names.insert(z.region, shown);
                    changed = true;
                }
            }
            if (changed)
                emit namesChanged();
        });
    }
}

} // namespace compshare

// SPDX-License-Identifier: MIT
// The last 24 hours of one instance's GPUs for the details chart: from
// CompShare's GetCompShareInstanceMonitor when it answers, else from the
// samples this console stored (GpuHistory).
//
// The official CLI reports that production refuses the monitor action with
// RetCode 210 or 230. On either answer this session stops asking (quietly:
// no banner, no notification) and every chart shows the stored samples,
// marked as such (source ThisComputer). Any other failure falls back the
// same way for that instance, and it may be asked again after a while.
// At most kMaxInFlight queries run at once (the action's page: 10); more
// wait in line, the newest selection first.
#pragma once

#include "state/GpuSeries.h"
#include "wire/CompShareClient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace compshare {

class GpuHistory;

class GpuDayHistory final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 10;
    // An answer is used this long before the instance is asked again.
    static constexpr int kFreshSecs = 5 * 60;
    static constexpr int kCachedInstances = 20;

    GpuDayHistory(CompShareClient *client, const GpuHistory *local, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    // Asks CompShare for the instance's last 24 hours unless it refused the
    // action this session, an answer is still fresh, or one is on its way.
    void request(const InstanceRef &instance);
    // CompShare's answer when there is one with GPU data, else the stored samples.
    GpuSeries series(const QString &id) const;
    // CompShare answered 210 or 230 this session: it is not asked again.
    bool refusedThisSession() const { return m_refused; }
    int inFlight() const { return m_inFlight; }
    // Another account: forget answers (the refusal too: it was that key's).
    void clear();

    // An answer to the monitor action as a series of whole minutes from `from`.
    static GpuSeries fromMonitor(const MonitorResult &result, const QDateTime &from, int minutes);

signals:
    // series(id) changed: an answer arrived, or the fallback is now in force.
    void seriesChanged(const QString &id);

private:
    struct Answer
    {
        QDateTime at;
        GpuSeries series;
    };
    void startNext();
    void answered(const MonitorResult &result);

    CompShareClient *m_client;
    const GpuHistory *m_local;
    std::function<QDateTime()> m_now;
    QHash<QString, Answer> m_answers;
    QHash<QString, QDateTime> m_failedAt; // other failures: not asked again for a while
    QList<InstanceRef> m_queue;
    QSet<QString> m_asking;
    int m_inFlight = 0;
    bool m_refused = false;
    int m_generation = 0; // clear() drops answers to earlier requests
};

} // namespace compshare

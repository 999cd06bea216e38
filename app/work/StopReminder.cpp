// SPDX-License-Identifier: MIT
#include "work/StopReminder.h"

#include "state/InstanceStore.h"
#include "text/AutoStopText.h"
#include "text/CostText.h"
#include "work/StopScheduleController.h"

#include <QTimeZone>
#include <QTimer>

namespace compshare {
namespace {
const QString kTagPrefix = QStringLiteral("autostop:");
const QString kExtend = QStringLiteral("extend");
const QString kOpen = QStringLiteral("open");
} // namespace

StopReminder::StopReminder(InstanceStore *store, StopScheduleController *schedules, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_schedules(schedules)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &StopReminder::check);
    m_timer->start();
    // A refresh may bring a schedule that is already inside the lead time.
    connect(store, &InstanceStore::changed, this, &StopReminder::check);
    connect(store, &InstanceStore::added, this, &StopReminder::check);
}

void StopReminder::setNotifier(ActionNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (notifier)
        connect(notifier, &ActionNotifier::actionInvoked, this, &StopReminder::onAction);
}

void StopReminder::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void StopReminder::setLeadMinutes(int minutes)
{
    m_leadMinutes = qMax(0, minutes);
}

void StopReminder::setCheckIntervalMs(int ms)
{
    m_timer->setInterval(qMax(10, ms));
}

QString StopReminder::reminderTag(const QString &id)
{
    return kTagPrefix + id;
}

QString StopReminder::firedTag(const QString &id)
{
    return QStringLiteral("autostop-fired:") + id;
}

void StopReminder::checkFired(const QDateTime &now)
{
    // A schedule within this much of its time counts as the one that fired
    // (the listing is read every few seconds, the gateway acts on its own clock).
    constexpr qint64 kSlackSecs = 120;
    QHash<QString, qint64> scheduled;
    for (const Instance &i : m_store->instances()) {
        const auto was = m_scheduled.constFind(i.id);
        const bool stopping =
            i.state == InstanceState::Stopping || i.state == InstanceState::Stopped;
        if (was != m_scheduled.constEnd() && stopping &&
            now.toSecsSinceEpoch() >= *was - kSlackSecs) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(*was, QTimeZone::utc());
            const QString name = i.name.isEmpty() ? i.id : i.name;
            if (m_notifier)
                m_notifier->withdraw(reminderTag(i.id));
            m_reminded.remove(i.id);
            const QString title = tr("Stopped by its schedule");
            //: "train-01 was stopped by its schedule at 18:00"
            const QString body = tr("%1 was stopped by its schedule at %2")
                                     .arg(name, AutoStopText::clockTime(at, now));
            if (m_notifier)
                m_notifier->show(firedTag(i.id), title, body, {{kOpen, tr("Open")}});
            emit fired(i.id, title, body);
            continue;
        }
        if (i.state == InstanceState::Running && i.scheduledStop.isValid())
            scheduled.insert(i.id, i.scheduledStop.toSecsSinceEpoch());
    }
    // A reminder whose schedule was cancelled or moved is withdrawn.
    for (auto it = m_reminded.begin(); it != m_reminded.end();) {
        if (scheduled.value(it.key(), -1) != it.value()) {
            if (m_notifier)
                m_notifier->withdraw(reminderTag(it.key()));
            it = m_reminded.erase(it);
        } else {
            ++it;
        }
    }
    m_scheduled = scheduled;
}

void StopReminder::check()
{
    const QDateTime now = m_now();
    checkFired(now);
    if (m_leadMinutes <= 0)
        return;
    for (const Instance &i : m_store->instances()) {
        if (i.isSpot() || i.state != InstanceState::Running || !i.scheduledStop.isValid())
            continue;
        const qint64 left = now.secsTo(i.scheduledStop);
        if (left <= 0 || left > qint64(m_leadMinutes) * 60)
            continue;
        const qint64 stopSecs = i.scheduledStop.toSecsSinceEpoch();
        if (m_reminded.value(i.id) == stopSecs)
            continue; // one reminder per scheduled time
        m_reminded.insert(i.id, stopSecs);
        const QString name = i.name.isEmpty() ? i.id : i.name;
        //: Reminder title; %1 is a duration like "10 m"
        const QString title = tr("Scheduled stop in %1").arg(AutoStopText::duration(left));
        //: Reminder text: "train-01 stops at 18:00 (¥8.72/h)"; the figure is Cost now
        const QString body = tr("%1 stops at %2 (%3)")
                                 .arg(name, AutoStopText::clockTime(i.scheduledStop, now),
                                      CostText::costNow(i, now));
        if (m_notifier) {
            m_notifier->show(kTagPrefix + i.id, title, body,
                             {{kExtend, tr("Extend 1 h")}, {kOpen, tr("Open")}});
        }
        emit reminded(i.id, title, body);
    }
}

void StopReminder::onAction(const QString &tag, const QString &key)
{
    const QString fired = firedTag({});
    if (tag.startsWith(fired)) {
        if (key == kOpen || key == QLatin1String("default"))
            emit openRequested(tag.mid(fired.size()));
        return;
    }
    if (!tag.startsWith(kTagPrefix))
        return; // another feature's notification
    const QString id = tag.mid(kTagPrefix.size());
    if (key == kExtend)
        m_schedules->extend({id}, kExtendSecs);
    else if (key == kOpen || key == QLatin1String("default"))
        emit openRequested(id);
}

} // namespace compshare

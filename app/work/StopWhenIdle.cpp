// SPDX-License-Identifier: MIT
#include "work/StopWhenIdle.h"

#include "state/GpuIdleTracker.h"
#include "state/InstanceStore.h"
#include "text/AutoStopText.h"
#include "work/StopController.h"

#include <QTimer>

namespace compshare {
namespace {
const QString kTagPrefix = QStringLiteral("idlestop:");
const QString kKeep = QStringLiteral("keep");
} // namespace

StopWhenIdle::StopWhenIdle(GpuIdleTracker *idle, InstanceStore *store, StopController *operations,
                           QObject *parent)
    : QObject(parent)
    , m_idle(idle)
    , m_store(store)
    , m_operations(operations)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(10000);
    connect(m_timer, &QTimer::timeout, this, &StopWhenIdle::check);
    m_timer->start();
    connect(idle, &GpuIdleTracker::becameIdle, this, &StopWhenIdle::check);
    connect(idle, &GpuIdleTracker::stoppedBeingIdle, this, [this](const QString &id) {
        m_graceUntil.remove(id); // busy again: the pending stop is off
        m_keptRun.remove(id);
    });
}

void StopWhenIdle::setNotifier(ActionNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (notifier)
        connect(notifier, &ActionNotifier::actionInvoked, this, &StopWhenIdle::onAction);
}

void StopWhenIdle::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void StopWhenIdle::setIdleMinutes(const QString &id, int minutes)
{
    minutes = qMax(0, minutes);
    if (m_minutes.value(id) == minutes)
        return;
    if (minutes == 0) {
        m_minutes.remove(id);
        if (m_graceUntil.remove(id) > 0 && m_notifier) // its warning no longer holds
            m_notifier->withdraw(kTagPrefix + id);
        m_idle->forgetWarning(IdleWarning::StopWarning, id);
    } else {
        m_keptRun.remove(id); // a new choice: an earlier "Keep running" is over
        m_idle->forgetWarning(IdleWarning::KeptRunning, id);
        m_minutes.insert(id, minutes);
    }
    emit idleMinutesChanged(id, minutes);
    // Already idle that long: the warning goes out now, not at the next tick,
    // and the stop only after the whole grace from now.
    if (minutes > 0)
        check();
}

qint64 StopWhenIdle::idleSecs(const QString &id) const
{
    const Instance *i = m_store->instance(id);
    const QDateTime since = m_idle->idleSince(id);
    if (!i || i->state != InstanceState::Running || !since.isValid())
        return -1;
    return qMax<qint64>(0, since.secsTo(m_now()));
}

int StopWhenIdle::trackerWindowSecs() const
{
    return m_idle->windowSeconds();
}

QString StopWhenIdle::whyNot(const Instance &instance)
{
    if (instance.isSpot())
        return tr("Spot instances can only be force stopped, and stop when idle never force "
                  "stops.");
    return {};
}

void StopWhenIdle::check()
{
    const QDateTime now = m_now();
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
        const QString &id = it.key();
        const Instance *i = m_store->instance(id);
        const QDateTime since = m_idle->idleSince(id);
        if (!i || !whyNot(*i).isEmpty() || i->state != InstanceState::Running || !since.isValid()) {
            m_graceUntil.remove(id);
            continue;
        }
        // The user said "Keep running" for this idle run (in this run of the
        // console, or before a restart).
        if (m_keptRun.value(id) != since &&
            m_idle->warnedAt(IdleWarning::KeptRunning, id).isValid())
            m_keptRun.insert(id, since);
        if (m_keptRun.value(id) == since)
            continue;
        if (since.secsTo(now) < qint64(it.value()) * 60) {
            if (m_graceUntil.remove(id) > 0 && m_notifier) // a longer choice was made meanwhile
                m_notifier->withdraw(kTagPrefix + id);
            continue;
        }
        // Warned about this idle run before a restart: no second warning; the
        // grace runs on from that warning (the stop goes out when it is over).
        if (const QDateTime warned = m_idle->warnedAt(IdleWarning::StopWarning, id);
            warned.isValid() && !m_graceUntil.contains(id))
            m_graceUntil.insert(id, warned.addSecs(kGraceSecs));
        const auto grace = m_graceUntil.constFind(id);
        if (grace == m_graceUntil.constEnd()) {
            m_graceUntil.insert(id, now.addSecs(kGraceSecs));
            m_idle->noteWarned(IdleWarning::StopWarning, id);
            const QString name = i->name.isEmpty() ? i->id : i->name;
            //: %1 instance name, %2 the grace, e.g. "2 min"
            const QString title =
                tr("%1 will stop in %2").arg(name, AutoStopText::duration(kGraceSecs));
            const QString body = tr("Its GPUs have been idle for %1 minutes. Choose Keep running "
                                    "to leave it on.")
                                     .arg(since.secsTo(now) / 60);
            if (m_notifier)
                m_notifier->show(kTagPrefix + id, title, body, {{kKeep, tr("Keep running")}});
            emit warned(id, title, body);
            continue;
        }
        if (now < grace.value())
            continue;
        m_graceUntil.remove(id);
        m_keptRun.insert(id, since); // one stop per idle run
        StopDecision decision;
        decision.id = id;
        decision.ref = i->ref();
        decision.force = ForceStop::No;
        if (m_operations->stop({decision}) > 0)
            emit stopSent(id);
    }
}

void StopWhenIdle::onAction(const QString &tag, const QString &key)
{
    if (!tag.startsWith(kTagPrefix) || key != kKeep)
        return;
    const QString id = tag.mid(kTagPrefix.size());
    m_graceUntil.remove(id);
    m_keptRun.insert(id, m_idle->idleSince(id));
    m_idle->noteWarned(IdleWarning::KeptRunning, id);
}

} // namespace compshare

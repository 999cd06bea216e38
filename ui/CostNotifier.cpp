// SPDX-License-Identifier: MIT
#include "ui/CostNotifier.h"

#include "base/Logging.h"
#include "domain/BillingRules.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "text/CostText.h"
#include "work/DesktopNotifications.h"
#include "work/RefreshScheduler.h"

#include <QTimer>

namespace compshare::ui {

namespace {
const QString kStopAction = QStringLiteral("stop");
const QString kStartAction = QStringLiteral("start");
const QString kDetailsAction = QStringLiteral("details");
} // namespace

CostNotifier::CostNotifier(ConsoleSession *session, ConsoleSettings *settings,
                           DesktopNotifications *notifications, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_notifications(notifications)
    , m_minute(new QTimer(this))
{
    GpuIdleTracker *idle = session->idleTracker();
    connect(idle, &GpuIdleTracker::becameIdle, this,
            [this](const QString &id, const QDateTime &) { onBecameIdle(id); });
    connect(idle, &GpuIdleTracker::stoppedBeingIdle, this,
            [this](const QString &id) { m_notifications->close(idleKey(id)); });
    connect(session->scheduler(), &RefreshScheduler::refreshSucceeded, this,
            &CostNotifier::checkReclaims);
    connect(notifications, &DesktopNotifications::actionInvoked, this, &CostNotifier::onAction);
    m_minute->setInterval(60 * 1000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        m_session->model()->refreshCostColumns();
        checkReclaims();
    });
    m_minute->start();
}

void CostNotifier::onBecameIdle(const QString &id)
{
    const Instance *i = m_session->model()->instance(id);
    if (!i)
        return;
    // Idle GPUs cost extra only where time is paid by the hour now.
    if (BillingRules::costNow(*i).kind != CostNow::Kind::Running)
        return;
    // Once per idle run, also across a restart (the run carries over).
    GpuIdleTracker *idle = m_session->idleTracker();
    if (idle->warnedAt(IdleWarning::Notice, id).isValid())
        return;
    idle->noteWarned(IdleWarning::Notice, id);
    const QDateTime now = idle->now();
    notify(idleKey(id), tr("GPU idle"),
           CostText::idleNotification(*i, m_session->idleTracker()->idleSince(id), now,
                                      m_session->model()->priceCheck(id)),
           {{DesktopNotifications::kDefaultAction, tr("Details")},
            {kStopAction, tr("Stop…")},
            {kDetailsAction, tr("Details")}},
           false);
}

void CostNotifier::checkReclaims()
{
    const QDateTime now = m_session->now(); // the session clock: one "now" for every text
    QSet<QString> soon;
    for (const Instance &i : m_session->model()->instances()) {
        if (!BillingRules::reclaimSoon(i, now))
            continue;
        soon.insert(i.id);
        if (m_reclaimNotified.contains(i.id))
            continue; // one notification per instance and stopped period
        notify(reclaimKey(i.id), CostText::reclaimNotificationTitle(),
               CostText::reclaimNotification(i, now),
               {{DesktopNotifications::kDefaultAction, tr("Details")},
                {kStartAction, tr("Start")},
                {kDetailsAction, tr("Details")}},
               true);
    }
    m_reclaimNotified = soon;
}

void CostNotifier::notify(const QString &key, const QString &title, const QString &text,
                          const QList<QPair<QString, QString>> &actions, bool warning)
{
    m_lastNotification = title + QLatin1String(": ") + text;
    emit notified(key, title, text);
    qCInfo(lcUi) << "cost notification:" << key.section(QLatin1Char(':'), 0, 0);
    if (!m_settings->desktopNotifications())
        return;
    DesktopNotification n;
    n.key = key;
    n.summary = title;
    n.body = text;
    n.actions = actions;
    n.urgency =
        warning ? DesktopNotification::Urgency::Critical : DesktopNotification::Urgency::Normal;
    m_notifications->show(n);
}

void CostNotifier::onAction(const QString &key, const QString &action)
{
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    const QString id = key.section(QLatin1Char(':'), 1);
    if (id.isEmpty() || (kind != QLatin1String("idle") && kind != QLatin1String("reclaim")))
        return; // another notifier's
    if (action == kStopAction && kind == QLatin1String("idle"))
        emit stopRequested(id);
    else if (action == kStartAction && kind == QLatin1String("reclaim"))
        emit startRequested(id);
    else
        emit showInstanceRequested(id);
}

} // namespace compshare::ui

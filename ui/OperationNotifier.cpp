// SPDX-License-Identifier: MIT
#include "ui/OperationNotifier.h"

#include "core/ConsoleSession.h"
#include "core/ConsoleSettings.h"
#include "core/Logging.h"
#include "model/InstanceTableModel.h"
#include "notifications/DesktopNotifications.h"
#include "polling/RefreshScheduler.h"

namespace compshare::ui {

namespace {
QString operationName(StopController::Operation op)
{
    switch (op) {
    case StopController::Operation::Stop:
        return OperationNotifier::tr("Stop");
    case StopController::Operation::Start:
        return OperationNotifier::tr("Start");
    case StopController::Operation::Reboot:
        return OperationNotifier::tr("Reboot");
    }
    return {};
}
} // namespace

namespace {
const QString kKeyPrefix = QStringLiteral("operation:");
const QString kShowAction = QStringLiteral("show");
} // namespace

QString OperationNotifier::keyFor(const QString &instanceId)
{
    return kKeyPrefix + instanceId;
}

OperationNotifier::OperationNotifier(ConsoleSession *session, ConsoleSettings *settings,
                                     DesktopNotifications *notifications, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_notifications(notifications)
{
    connect(notifications, &DesktopNotifications::actionInvoked, this,
            [this](const QString &key, const QString &action) {
                if (!key.startsWith(kKeyPrefix))
                    return; // another feature's notification
                if (action == kShowAction || action == DesktopNotifications::kDefaultAction)
                    emit showInstanceRequested(key.mid(kKeyPrefix.size()));
            });
    StopController *stop = session->stopController();
    connect(
        stop, &StopController::operationFailed, this,
        [this](const QString &id, StopController::Operation op, const MutationResult &r) {
            //: %1 operation (Stop/Start), %2 instance name, %3 what went wrong
            const QString line =
                tr("%1 of %2 failed: %3").arg(operationName(op), nameOf(id), r.error.toString());
            m_failures.insert(id, line);
            m_details.insert(id, r.error.details());
            m_notes.remove(id);
            emit failuresChanged();
            notify(id, tr("%1 failed").arg(operationName(op)), line, true);
        });
    connect(
        stop, &StopController::operationNote, this,
        [this](const QString &id, StopController::Operation op, const QString &text, bool warning) {
            m_failures.remove(id);
            m_details.remove(id);
            m_notes.insert(id, text);
            m_noteWarning = warning;
            emit failuresChanged();
            if (warning)
                notify(id, tr("%1: check the instance").arg(operationName(op)), text, true);
        });
    connect(stop, &StopController::operationAccepted, this,
            [this](const QString &id, StopController::Operation) {
                m_details.remove(id);
                if (m_failures.remove(id) > 0)
                    emit failuresChanged();
            });
    connect(stop, &StopController::operationSkipped, this,
            [this](const QString &id, StopController::Operation op, const QString &why) {
                m_failures.insert(
                    id, tr("%1 of %2 not sent: %3").arg(operationName(op), nameOf(id), why));
                emit failuresChanged();
            });
    RefreshScheduler *scheduler = session->scheduler();
    connect(scheduler, &RefreshScheduler::instanceStateChanged, this,
            [this](const Instance &i, InstanceState previous, bool watched) {
                const QString name = i.name.isEmpty() ? i.id : i.name;
                if (watched && i.state == InstanceState::Stopped) {
                    notify(i.id, tr("Instance stopped"), tr("%1 has stopped.").arg(name), false);
                } else if (!watched && i.isSpot() && previous == InstanceState::Running &&
                           i.state == InstanceState::Stopped) {
                    notify(i.id, tr("Spot instance reclaimed"),
                           tr("CompShare reclaimed the spot instance %1; it is now stopped. Its "
                              "data is kept for 7 days and it can be started again.")
                               .arg(name),
                           true);
                } else if (watched && i.state == InstanceState::Running) {
                    notify(i.id, tr("Instance running"), tr("%1 is running.").arg(name), false);
                }
            });
    connect(scheduler, &RefreshScheduler::watchStuck, this, [this](const QString &id) {
        notify(id, tr("Still changing state"),
               tr("%1 is still changing state after 10 minutes. The console keeps checking, "
                  "less often.")
                   .arg(nameOf(id)),
               true);
    });
}

OperationNotifier::~OperationNotifier() = default;

QString OperationNotifier::failureDetails() const
{
    QStringList blocks;
    for (const QString &d : m_details) {
        if (!d.isEmpty())
            blocks << d;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

void OperationNotifier::clearFailures()
{
    m_failures.clear();
    m_details.clear();
    m_notes.clear();
    emit failuresChanged();
}

QString OperationNotifier::nameOf(const QString &id) const
{
    const Instance *i = m_session->model()->instance(id);
    return i && !i->name.isEmpty() ? i->name : id;
}

void OperationNotifier::notify(const QString &id, const QString &title, const QString &text,
                               bool warning)
{
    m_lastNotification = title + QLatin1String(": ") + text;
    emit notified(title, text);
    qCInfo(lcUi) << "notification:" << title;
    if (!m_settings->desktopNotifications())
        return;
    DesktopNotification n;
    n.key = keyFor(id);
    n.summary = title;
    n.body = text;
    //: Action button on a desktop notification: bring the console to the front on this instance
    n.actions = {{DesktopNotifications::kDefaultAction, tr("Show")}, {kShowAction, tr("Show")}};
    n.urgency =
        warning ? DesktopNotification::Urgency::Critical : DesktopNotification::Urgency::Normal;
    m_notifications->show(n);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/OperationNotifier.h"

#include "core/ConsoleSession.h"
#include "core/ConsoleSettings.h"
#include "core/Logging.h"
#include "model/InstanceTableModel.h"
#include "notifications/DesktopNotifications.h"
#include "polling/RefreshScheduler.h"
#include "stop/OperationTracker.h"
#include "ui/OperationSentences.h"

namespace compshare::ui {

namespace {
using S = OperationOutcome::Severity;
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
    connect(session->operations(), &OperationTracker::outcome, this, &OperationNotifier::onOutcome);
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
}

OperationNotifier::~OperationNotifier() = default;

void OperationNotifier::onOutcome(const OperationOutcome &o)
{
    if (o.gone) {
        // A release ended: the row goes, so the news stays as a note (Info)
        // and a desktop notification, with what CompShare said of the recycle bin.
        Note note;
        note.text = OperationSentences::line(o, nameOf(o.instanceId));
        m_notes.insert(o.instanceId, note);
        emit failuresChanged();
        notify(o.instanceId, OperationSentences::title(o), note.text, false);
        return;
    }
    if (o.withdraws()) {
        // The list shows the end: earlier news about this operation is over.
        if (m_notes.remove(o.instanceId) > 0)
            emit failuresChanged();
        return;
    }
    Note note;
    note.severity = o.severity();
    note.text = OperationSentences::line(o, nameOf(o.instanceId));
    if (o.error.isError())
        note.details = o.error.details();
    m_notes.insert(o.instanceId, note);
    emit failuresChanged();
    if (note.severity != S::Info && o.kind != OperationOutcome::Kind::NotSent)
        notify(o.instanceId, OperationSentences::title(o), note.text, true);
}

QStringList OperationNotifier::lines() const
{
    QStringList out;
    // The gravest first, so the banner's first line is the one to act on.
    for (const S severity : {S::Error, S::Warning, S::Info}) {
        for (const Note &n : m_notes) {
            if (n.severity == severity)
                out << n.text;
        }
    }
    return out;
}

OperationOutcome::Severity OperationNotifier::severity() const
{
    OperationOutcome::Severity worst = OperationOutcome::Severity::Info;
    for (const Note &n : m_notes)
        worst = qMax(worst, n.severity);
    return worst;
}

QString OperationNotifier::details() const
{
    QStringList blocks;
    for (const Note &n : m_notes) {
        if (!n.details.isEmpty())
            blocks << n.details;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

void OperationNotifier::clearFailures()
{
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
    // One action: "default" is what clicking the notification runs, and servers
    // that show it as a button label it; a second "Show" would be a duplicate.
    n.actions = {{DesktopNotifications::kDefaultAction, tr("Show")}};
    n.urgency =
        warning ? DesktopNotification::Urgency::Critical : DesktopNotification::Urgency::Normal;
    m_notifications->show(n);
}

} // namespace compshare::ui

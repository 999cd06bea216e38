// SPDX-License-Identifier: MIT
#include "ui/OperationNotifier.h"

#include "base/Logging.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"
#include "ui/text/OperationSentences.h"
#include "work/DesktopNotifications.h"

#include <algorithm>

namespace compshare::ui {

namespace {
using S = OperationOutcome::Severity;
using K = OperationOutcome::Kind;
const QString kKeyPrefix = QStringLiteral("operation:");
const QString kShowAction = QStringLiteral("show");

// Which fact a note states: the same fact keeps its key (a closed note stays
// closed), another one (a new attempt, another kind, the network back) gets
// a new one.
QString noteKey(const OperationOutcome &o)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(o.instanceId)
        .arg(o.serial)
        .arg(int(o.kind))
        .arg(o.listedSince ? 1 : 0)
        .arg(o.watching ? 1 : 0)
        .arg(int(o.listed));
}
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
    OperationTracker *tracker = session->operations();
    connect(tracker, &OperationTracker::outcome, this, &OperationNotifier::onOutcome);
    // Whatever changes a fact the notes are computed from: the owner's state,
    // the listing, and (while a note depends on it) the clock.
    connect(tracker, &OperationTracker::changed, this, &OperationNotifier::recheck);
    InstanceStore *store = session->store();
    connect(store, &InstanceStore::changed, this, &OperationNotifier::recheck);
    connect(store, &InstanceStore::removed, this, &OperationNotifier::recheck);
    connect(store, &InstanceStore::added, this, &OperationNotifier::recheck);
    connect(store, &InstanceStore::cachedChanged, this, &OperationNotifier::recheck);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OperationNotifier::recheck);
}

OperationNotifier::~OperationNotifier() = default;

QList<OperationNotifier::Note>
OperationNotifier::notesOf(const OperationTracker &tracker, const InstanceStore &store,
                           const std::function<QString(const OperationOutcome &)> &nameOf)
{
    const QList<OperationOutcome> standing =
        tracker.standing([&store](const QString &id) { return store.instance(id); });
    QList<Note> notes;
    for (const OperationOutcome &o : standing) {
        Note n;
        n.severity = o.severity();
        n.text = OperationSentences::line(o, nameOf(o));
        if (n.text.isEmpty())
            continue;
        if (o.error.isError())
            n.details = o.error.details();
        n.key = noteKey(o);
        n.instanceId = o.instanceId;
        notes << n;
    }
    // The gravest first, so the banner's first line is the one to act on;
    // then by instance, so the order does not jump between refreshes.
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.instanceId < b.instanceId;
    });
    return notes;
}

QList<OperationNotifier::Note> OperationNotifier::notes() const
{
    QList<Note> all = notesOf(*m_session->operations(), *m_session->store(),
                              [this](const OperationOutcome &o) { return nameOf(o); });
    all.erase(std::remove_if(all.begin(), all.end(),
                             [this](const Note &n) { return m_dismissed.contains(n.key); }),
              all.end());
    return all;
}

QStringList OperationNotifier::lines() const
{
    QStringList out;
    for (const Note &n : notes())
        out << n.text;
    return out;
}

OperationOutcome::Severity OperationNotifier::severity() const
{
    S worst = S::Info;
    for (const Note &n : notes())
        worst = qMax(worst, n.severity);
    return worst;
}

QString OperationNotifier::details() const
{
    QStringList blocks;
    for (const Note &n : notes()) {
        if (!n.details.isEmpty())
            blocks << n.details;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

void OperationNotifier::clearFailures()
{
    for (const Note &n : notes())
        m_dismissed.insert(n.key);
    recheck();
}

void OperationNotifier::recheck()
{
    const QList<Note> now = notes();
    QStringList shown;
    for (const Note &n : now)
        shown << n.key + QLatin1Char('\n') + n.text;
    // Only the clock can make a note appear or go without another signal.
    if (m_session->operations()->hasTimedNotes())
        m_tick.start();
    else
        m_tick.stop();
    if (shown == m_shown)
        return;
    m_shown = shown;
    emit failuresChanged();
}

void OperationNotifier::onOutcome(const OperationOutcome &o)
{
    recheck();
    const QString name = nameOf(o);
    if (o.gone) {
        // A release ended: the row goes; the note stays (standing()).
        notify(o.instanceId, OperationSentences::title(o), OperationSentences::line(o, name),
               false);
        return;
    }
    switch (o.kind) {
    case K::ReachedFinal:
    case K::TookEffect:
        // "Has stopped" only from the owner's final word, with its cause: ours.
        if (o.operation == OperationKind::Stop && o.listed == InstanceState::Stopped)
            notify(o.instanceId, tr("Instance stopped"), tr("%1 has stopped.").arg(name), false);
        else if ((o.operation == OperationKind::Start || o.operation == OperationKind::Reboot) &&
                 o.listed == InstanceState::Running && o.kind == K::ReachedFinal)
            notify(o.instanceId, tr("Instance running"), tr("%1 is running.").arg(name), false);
        return;
    case K::StoppedOutside:
        // A spot instance that stopped while we had sent nothing: reclaimed.
        // (A schedule's stop is told by StopReminder; another cause is not
        // known, so nothing is claimed.)
        if (o.cause == StopCause::SpotReclaim)
            notify(o.instanceId, tr("Spot instance reclaimed"),
                   tr("CompShare reclaimed the spot instance %1; it is now stopped. Its data is "
                      "kept for 7 days and it can be started again.")
                       .arg(name),
                   true);
        return;
    case K::NotSent:     // the user is looking: the banner says it
    case K::AnswerLost:  // the re-read follows at once; its result is the news
    case K::NoAnswerYet: // (never emitted: a standing note only)
        return;
    default:
        break;
    }
    if (o.severity() != S::Info)
        notify(o.instanceId, OperationSentences::title(o), OperationSentences::line(o, name), true);
}

QString OperationNotifier::nameOf(const OperationOutcome &o) const
{
    const Instance *i = m_session->model()->instance(o.instanceId);
    if (i && !i->name.isEmpty())
        return i->name;
    return o.name.isEmpty() ? o.instanceId : o.name;
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

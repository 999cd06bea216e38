// SPDX-License-Identifier: MIT
// Tells the user how operations go. The operations banner's notes are a view
// of what holds now: each time they are asked for, they are computed from the
// operation owner (OperationTracker::standing) and the listing (the store),
// and worded by OperationSentences. Nothing is kept that must be withdrawn:
// when a fact changes (the list shows Stopped, a lock runs out, the network
// works again), its note changes or goes. The only thing kept is which notes
// the user closed. Desktop notifications are events: one when the owner's
// final outcome says an instance stopped (or is running), when a spot
// instance was reclaimed while we had sent nothing, or when an outcome needs
// the user. They go through DesktopNotifications, one per instance (key
// "operation:<id>").
#pragma once

#include "domain/OperationOutcome.h"
#include "wire/CompShareClient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace compshare {
class ConsoleSession;
class ConsoleSettings;
class DesktopNotifications;
class InstanceStore;
class OperationTracker;
} // namespace compshare

namespace compshare::ui {

class OperationNotifier final : public QObject
{
    Q_OBJECT

public:
    OperationNotifier(ConsoleSession *session, ConsoleSettings *settings,
                      DesktopNotifications *notifications, QObject *parent = nullptr);

    static QString keyFor(const QString &instanceId);
    ~OperationNotifier() override;

    struct Note
    {
        OperationOutcome::Severity severity = OperationOutcome::Severity::Info;
        QString text;
        QString details; // what the gateway said (ApiError::details()), if anything
        QString key;     // which fact it states: the user's "close" hides that one
        QString instanceId;
    };
    // The notes that hold now and the user has not closed, gravest first.
    QList<Note> notes() const;
    // The same, for any owner and listing: what a banner would say (tests
    // drive this without a window). `nameOf` names an instance by id.
    static QList<Note> notesOf(const OperationTracker &tracker, const InstanceStore &store,
                               const std::function<QString(const OperationOutcome &)> &nameOf);
    QStringList lines() const;
    OperationOutcome::Severity severity() const; // the gravest note's
    QString details() const;
    // The user closed the banner: the notes shown now stay hidden; a new
    // fact (another outcome) is shown again.
    void clearFailures();
    // The last notification shown (title, text), for tests.
    QString lastNotification() const { return m_lastNotification; }

signals:
    // What notes() returns has changed.
    void failuresChanged();
    void notified(const QString &title, const QString &text);
    // The user clicked a notification or its "Show" action.
    void showInstanceRequested(const QString &instanceId);

private:
    void onOutcome(const OperationOutcome &outcome);
    // Computes the notes again; tells when they changed.
    void recheck();
    void notify(const QString &id, const QString &title, const QString &text, bool warning);
    QString nameOf(const OperationOutcome &o) const;

    ConsoleSession *m_session;
    ConsoleSettings *m_settings;
    DesktopNotifications *m_notifications;
    QSet<QString> m_dismissed; // keys of the notes the user closed
    QStringList m_shown;       // keys and texts last told, to tell only changes
    QTimer m_tick;             // while a note depends on the clock (no answer yet, a lock)
    QString m_lastNotification;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// Tells the user how operations went. The operation owner reports outcomes
// as data; this turns each into its sentence (OperationSentences), keeps one
// note per instance for the operations banner (a newer outcome replaces the
// older, and the list showing the final state withdraws it), and sends a
// desktop notification when an instance reaches Stopped, a spot instance is
// reclaimed, or an outcome needs the user. Notifications go through
// DesktopNotifications, one per instance (key "operation:<id>").
#pragma once

#include "api/CompShareClient.h"
#include "stop/OperationOutcome.h"

#include <QMap>
#include <QObject>

namespace compshare {
class ConsoleSession;
class ConsoleSettings;
class DesktopNotifications;
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
    };
    // The notes since the user last dismissed them, one per instance.
    QList<Note> notes() const { return m_notes.values(); }
    QStringList lines() const;
    OperationOutcome::Severity severity() const; // the gravest note's
    QString details() const;
    void clearFailures();
    // The last notification shown (title, text), for tests.
    QString lastNotification() const { return m_lastNotification; }

signals:
    void failuresChanged();
    void notified(const QString &title, const QString &text);
    // The user clicked a notification or its "Show" action.
    void showInstanceRequested(const QString &instanceId);

private:
    void onOutcome(const OperationOutcome &outcome);
    void notify(const QString &id, const QString &title, const QString &text, bool warning);
    QString nameOf(const QString &id) const;

    ConsoleSession *m_session;
    ConsoleSettings *m_settings;
    DesktopNotifications *m_notifications;
    QMap<QString, Note> m_notes; // instance id -> its latest note
    QString m_lastNotification;
};

} // namespace compshare::ui

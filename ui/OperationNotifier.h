// SPDX-License-Identifier: MIT
// Tells the user how operations ended: a desktop notification when an
// instance reaches Stopped (or a spot instance is reclaimed, or a stop
// fails), and a per-instance summary for the operations banner. The
// notifications go through DesktopNotifications, one per instance (key
// "operation:<id>", a newer one replaces the older) with a "Show" action.
#pragma once

#include "api/CompShareClient.h"
#include "stop/StopController.h"

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

    // Failures since the user last dismissed them, one line per instance.
    QStringList failureLines() const { return m_failures.values(); }
    // What the gateway said for those failures (RetCode, message, request id).
    QString failureDetails() const;
    // News about operations (lost answers, "accepted but still shows"), one per instance.
    QStringList noteLines() const { return m_notes.values(); }
    bool notesAreWarnings() const { return m_noteWarning; }
    void clearFailures();
    // The last notification shown (title, text), for tests.
    QString lastNotification() const { return m_lastNotification; }

signals:
    void failuresChanged();
    void notified(const QString &title, const QString &text);
    // The user clicked a notification or its "Show" action.
    void showInstanceRequested(const QString &instanceId);

private:
    void notify(const QString &id, const QString &title, const QString &text, bool warning);
    QString nameOf(const QString &id) const;

    ConsoleSession *m_session;
    ConsoleSettings *m_settings;
    DesktopNotifications *m_notifications;
    QMap<QString, QString> m_failures; // id -> line
    QMap<QString, QString> m_details;  // id -> ApiError::details()
    QMap<QString, QString> m_notes;    // id -> line
    bool m_noteWarning = false;
    QString m_lastNotification;
};

} // namespace compshare::ui

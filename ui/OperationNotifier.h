// SPDX-License-Identifier: MIT
// Tells the user how operations ended: a desktop notification when an
// instance reaches Stopped (or a spot instance is reclaimed, or a stop
// fails), and a per-instance summary for the operations banner.
#pragma once

#include "api/CompShareClient.h"
#include "stop/StopController.h"

#include <QMap>
#include <QObject>

class QSystemTrayIcon;

namespace compshare {
class ConsoleSession;
class ConsoleSettings;
} // namespace compshare

namespace compshare::ui {

class OperationNotifier final : public QObject
{
    Q_OBJECT

public:
    OperationNotifier(ConsoleSession *session, ConsoleSettings *settings, QObject *parent = nullptr);
    ~OperationNotifier() override;

    // Failures since the user last dismissed them, one line per instance.
    QStringList failureLines() const { return m_failures.values(); }
    void clearFailures();
    // The last notification shown (title, text), for tests.
    QString lastNotification() const { return m_lastNotification; }

signals:
    void failuresChanged();
    void notified(const QString &title, const QString &text);

private:
    void notify(const QString &title, const QString &text, bool warning);
    QString nameOf(const QString &id) const;

    ConsoleSession *m_session;
    ConsoleSettings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QMap<QString, QString> m_failures; // id -> line
    QString m_lastNotification;
};

} // namespace compshare::ui

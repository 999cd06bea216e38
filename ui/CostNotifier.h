// SPDX-License-Identifier: MIT
// Tells the user about money that is being wasted or about to be lost:
// - one notification per idle period of a paying instance ("llama3-finetune:
//   GPU idle 30 min, ¥2.18/h — Stop…"), with Stop… (the normal stop flow)
//   and Details actions; withdrawn when the instance stops being idle;
// - one notification when a stopped pay-as-you-go instance has under 24
//   hours before CompShare reclaims it, with Start and Details actions.
// It also ticks once a minute so the countdowns and idle minutes repaint.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace compshare {
class ConsoleSession;
class ConsoleSettings;
class DesktopNotifications;
} // namespace compshare

namespace compshare::ui {

class CostNotifier final : public QObject
{
    Q_OBJECT

public:
    CostNotifier(ConsoleSession *session, ConsoleSettings *settings,
                 DesktopNotifications *notifications, QObject *parent = nullptr);

    static QString idleKey(const QString &id) { return QStringLiteral("idle:") + id; }
    static QString reclaimKey(const QString &id) { return QStringLiteral("reclaim:") + id; }

    // Re-reads the reclaim deadlines (on each listing and each minute).
    void checkReclaims();
    // The last notification (title: text), for tests and screenshots.
    QString lastNotification() const { return m_lastNotification; }

signals:
    void notified(const QString &key, const QString &title, const QString &text);
    void stopRequested(const QString &instanceId);  // "Stop…": open the normal stop flow
    void startRequested(const QString &instanceId); // "Start"
    void showInstanceRequested(const QString &instanceId);

private:
    void onBecameIdle(const QString &id);
    void notify(const QString &key, const QString &title, const QString &text,
                const QList<QPair<QString, QString>> &actions, bool warning);
    void onAction(const QString &key, const QString &action);

    ConsoleSession *m_session;
    ConsoleSettings *m_settings;
    DesktopNotifications *m_notifications;
    QTimer *m_minute;
    QSet<QString> m_reclaimNotified; // ids told about, until they leave the last day
    QString m_lastNotification;
};

} // namespace compshare::ui

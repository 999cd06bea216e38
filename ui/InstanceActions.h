// SPDX-License-Identifier: MIT
// The instance actions (Refresh, Stop, Force stop, Start, Reboot, Copy SSH
// command) as QActions shared by the toolbar, the menus, the context menu
// and the row buttons, and the confirm-then-send flow behind them.
#pragma once

#include "work/StopController.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QWidget;

namespace compshare {
class ConsoleSession;
class ConsoleSettings;
} // namespace compshare

namespace compshare::ui {

class PromptService;

class InstanceActions final : public QObject
{
    Q_OBJECT

public:
    InstanceActions(ConsoleSession *session, PromptService *prompts, ConsoleSettings *settings,
                    QWidget *window);

    // Where the selection comes from (the table view); re-read on every use.
    void setSelectionSource(std::function<QStringList()> selectedIds);

    QAction *refreshAction() const { return m_refresh; }
    QAction *stopAction() const { return m_stop; }
    QAction *startAction() const { return m_start; }
    QAction *rebootAction() const { return m_reboot; }
    // 无卡开机: only for one stopped instance whose SupportWithoutGpuStart is true.
    QAction *startWithoutGpuAction() const { return m_startWithoutGpu; }
    QAction *copySshAction() const { return m_copySsh; }
    QList<QAction *> instanceActions() const;

    // The row button of an instance was pressed.
    void triggerRowAction(const QString &id);
    void stopInstances(const QStringList &ids);
    void startInstance(const QString &id);
    // One stopped instance starts at once; several ask first (they cost money).
    void startInstances(const QStringList &ids);
    void rebootInstance(const QString &id);

    // Why Stop/Start/Reboot are disabled for the selection (empty: they are not).
    QString blockedReason() const { return m_blockedReason; }

signals:
    // A sentence for the status bar (e.g. why Refresh did nothing).
    void statusMessage(const QString &text);

public slots:
    void updateEnabled();

private:
    QStringList runningIds(const QStringList &ids) const;
    void explainWhenDisabled(QAction *action, const QString &toolTip);

    ConsoleSession *m_session;
    PromptService *m_prompts;
    ConsoleSettings *m_settings;
    QWidget *m_window;
    std::function<QStringList()> m_selectedIds;
    QAction *m_refresh;
    QAction *m_stop;
    QAction *m_start;
    QAction *m_reboot;
    QAction *m_startWithoutGpu;
    QAction *m_copySsh;
    QString m_blockedReason;
    QHash<QAction *, QString> m_baseToolTips;
};

} // namespace compshare::ui

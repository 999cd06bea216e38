// SPDX-License-Identifier: MIT
// "Schedule stop…" (Ctrl+Shift+T) for the selected instances: opens
// ScheduleStopDialog, sends its choice through StopScheduleController and
// reports each outcome (confirmed, not confirmed, refused, skipped) as one
// line for the status bar or, for problems, the operations banner. Also
// "Stop when idle…" (Ctrl+Shift+I) and its warning, said in the status bar.
#pragma once

#include "work/StopScheduleController.h"

#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QWidget;

namespace compshare {
class ConsoleSession;
}

namespace compshare::ui {

class ScheduleStopDialog;

class ScheduleStopActions final : public QObject
{
    Q_OBJECT

public:
    ScheduleStopActions(ConsoleSession *session, QWidget *window);

    void setSelectionSource(std::function<QStringList()> selectedIds);
    QAction *scheduleAction() const { return m_schedule; }
    QAction *stopWhenIdleAction() const { return m_stopWhenIdle; }
    void openDialog(const QStringList &ids);
    // One line about an outcome, for the user.
    QString describe(const ScheduleOutcome &outcome) const;
    // Stop when idle has warned about `id`: one sentence for the status bar.
    QString idleWarning(const QString &id) const;

public slots:
    void updateEnabled();

signals:
    void dialogOpened(compshare::ui::ScheduleStopDialog *dialog);
    void message(const QString &text, bool problem);

private:
    ConsoleSession *m_session;
    QWidget *m_window;
    std::function<QStringList()> m_selectedIds;
    QAction *m_schedule;
    QAction *m_stopWhenIdle;
};

} // namespace compshare::ui

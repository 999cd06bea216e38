// SPDX-License-Identifier: MIT
#include "ui/ScheduleStopActions.h"

#include "base/Bounds.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "text/ActionVerdictText.h"
#include "text/AutoStopText.h"
#include "text/CostText.h"
#include "ui/FocusReturn.h"
#include "ui/dialogs/ScheduleStopDialog.h"
#include "ui/dialogs/StopWhenIdleDialog.h"
#include "ui/text/ScheduleSentences.h"
#include "work/StopWhenIdle.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace compshare::ui {

ScheduleStopActions::ScheduleStopActions(ConsoleSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_selectedIds([] { return QStringList(); })
{
    m_schedule = new QAction(QIcon::fromTheme(QStringLiteral("alarm-symbolic"),
                                              QIcon::fromTheme(QStringLiteral("appointment-new"))),
                             tr("Sc&hedule stop…"), this);
    //: Toolbar text (no mnemonic)
    m_schedule->setIconText(tr("Schedule stop…"));
    m_schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_schedule->setObjectName(QStringLiteral("actionScheduleStop"));
    m_schedule->setToolTip(tr("Let CompShare stop the selected instances at a set time, even "
                              "when the console is closed (Ctrl+Shift+T)"));
    connect(m_schedule, &QAction::triggered, this, [this] { openDialog(m_selectedIds()); });
    m_stopWhenIdle = new QAction(tr("Stop when &idle…"), this);
    m_stopWhenIdle->setObjectName(QStringLiteral("actionStopWhenIdle"));
    // I for idle; no other action or standard key of the console uses Ctrl+Shift+I.
    m_stopWhenIdle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_stopWhenIdle->setToolTip(tr("Stop the selected instance after its GPUs have been idle for "
                                  "a while (only while the console runs) (Ctrl+Shift+I)"));
    connect(m_stopWhenIdle, &QAction::triggered, this, [this] {
        const QStringList ids = m_selectedIds();
        const Instance *i = ids.size() == 1 ? m_session->model()->instance(ids.first()) : nullptr;
        if (!i)
            return;
        StopWhenIdle *idle = m_session->stopWhenIdle();
        StopWhenIdleDialog::IdleFacts facts;
        facts.idleSecs = idle->idleSecs(i->id);
        facts.trackerWindowSecs = idle->trackerWindowSecs();
        auto *dialog = new StopWhenIdleDialog(*i, idle->idleMinutes(i->id), facts, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StopWhenIdleDialog::chosen, idle,
                [idle](const QString &id, int minutes) { idle->setIdleMinutes(id, minutes); });
        returnFocusWhenClosed(dialog);
        dialog->open();
    });
    // The idle-stop warning is also said in the window (the notification may be
    // switched off), with the way to keep the instance running.
    connect(session->stopWhenIdle(), &StopWhenIdle::warned, this,
            [this](const QString &id) { emit message(idleWarning(id), false); });
    // A saved list shown, or live again.
    connect(session->model(), &InstanceTableModel::totalsChanged, this,
            &ScheduleStopActions::updateEnabled);
    connect(session->stopSchedules(), &StopScheduleController::outcome, this,
            [this](const ScheduleOutcome &o) {
                const bool problem = o.result != ScheduleOutcome::Result::Confirmed;
                emit message(describe(o), problem);
            });
    updateEnabled();
}

void ScheduleStopActions::setSelectionSource(std::function<QStringList()> selectedIds)
{
    m_selectedIds = std::move(selectedIds);
    updateEnabled();
}

void ScheduleStopActions::updateEnabled()
{
    // A list saved earlier on screen: nothing is scheduled from it.
    const bool cached = m_session->model()->cachedSince().isValid();
    const QString why = cached ? ActionVerdictText::cachedListReason() : QString();
    m_schedule->setEnabled(!cached && !m_selectedIds().isEmpty());
    m_stopWhenIdle->setEnabled(!cached && m_selectedIds().size() == 1);
    m_schedule->setStatusTip(why);
    m_stopWhenIdle->setStatusTip(why);
}

void ScheduleStopActions::openDialog(const QStringList &ids)
{
    QList<Instance> instances;
    for (const QString &id : ids) {
        if (const Instance *i = m_session->model()->instance(id))
            instances.append(*i);
    }
    if (instances.isEmpty())
        return;
    auto *dialog = new ScheduleStopDialog(instances, m_session->stopSchedules()->now(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    StopScheduleController *schedules = m_session->stopSchedules();
    connect(dialog, &ScheduleStopDialog::extendRequested, schedules,
            [schedules](const QStringList &list, int secs) { schedules->extend(list, secs); });
    connect(dialog, &ScheduleStopDialog::scheduleRequested, schedules,
            [schedules](const QStringList &list, const QDateTime &at) {
                schedules->schedule(list, at);
            });
    connect(dialog, &ScheduleStopDialog::cancelRequested, schedules,
            [schedules](const QStringList &list) { schedules->cancel(list); });
    returnFocusWhenClosed(dialog);
    dialog->open();
    emit dialogOpened(dialog);
}

QString ScheduleStopActions::idleWarning(const QString &id) const
{
    const Instance *i = m_session->model()->instance(id);
    const QString name = i && !i->name.isEmpty() ? i->name : id;
    const qint64 idle = m_session->stopWhenIdle()->idleSecs(id);
    //: status bar; %1 instance, %2 the grace ("2 min"), %3 how long it has been idle ("45 min")
    return tr("%1 will stop in %2: its GPUs have been idle for %3. To keep it running, choose "
              "Keep running on the notification or switch off Stop when idle (Ctrl+Shift+I).")
        .arg(name, CostText::duration(bounds::kStopWhenIdleGraceSecs),
             CostText::duration(qMax<qint64>(0, idle)));
}

QString ScheduleStopActions::describe(const ScheduleOutcome &o) const
{
    const Instance *i = m_session->model()->instance(o.id);
    const QString name = i && !i->name.isEmpty() ? i->name : o.id;
    const QDateTime now = m_session->stopSchedules()->now();
    const QString seen = o.seen.isValid() ? AutoStopText::clockTime(o.seen, now) : tr("none");
    const bool cancel = o.kind == ScheduleOutcome::Kind::Cancel;
    switch (o.result) {
    case ScheduleOutcome::Result::Confirmed:
        return cancel ? tr("Scheduled stop of %1 cancelled (confirmed).").arg(name)
                      //: %1 instance, %2 time like 18:00
                      : tr("%1 will stop at %2 (confirmed).").arg(name, seen);
    case ScheduleOutcome::Result::NotConfirmed:
        //: %1 instance, %2 what the instance shows now, %3 the error if any
        return tr("The scheduled stop of %1 is not confirmed: the instance shows %2. %3")
            .arg(name, seen, o.error.isError() ? o.error.toString() : QString())
            .trimmed();
    case ScheduleOutcome::Result::Rejected:
        if (o.error.neverSent())
            //: %1 instance name, %2 why, a whole sentence
            return tr("The scheduled stop of %1 did not change. %2").arg(name, o.error.toString());
        //: %1 instance name, %2 CompShare's error, a whole sentence
        return tr("CompShare refused the scheduled stop of %1. %2").arg(name, o.error.toString());
    case ScheduleOutcome::Result::Skipped:
        return ScheduleSentences::notSent(o.blocker, name);
    }
    return {};
}

} // namespace compshare::ui

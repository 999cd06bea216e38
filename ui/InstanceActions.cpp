// SPDX-License-Identifier: MIT
#include "ui/InstanceActions.h"

#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/OperationTracker.h"
#include "text/ActionVerdictText.h"
#include "text/InstanceText.h"
#include "ui/PromptService.h"
#include "work/RefreshScheduler.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QPointer>
#include <QWidget>
#include <algorithm>

namespace compshare::ui {

namespace {
// The desktop theme's icon where there is one, else ours (embedded SVG).
QIcon themedIcon(const char *themeName, const char *ours)
{
    return QIcon::fromTheme(
        QString::fromLatin1(themeName),
        QIcon(QStringLiteral(":/icons/action-%1.svg").arg(QLatin1String(ours))));
}
} // namespace

InstanceActions::InstanceActions(ConsoleSession *session, PromptService *prompts,
                                 ConsoleSettings *settings, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_prompts(prompts)
    , m_settings(settings)
    , m_window(window)
    , m_selectedIds([] { return QStringList(); })
{
    m_refresh = new QAction(themedIcon("view-refresh", "refresh"), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh); // F5
    //: Toolbar text (no mnemonic)
    m_refresh->setIconText(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("actionRefresh"));
    m_refresh->setToolTip(tr("Refresh the instance list (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (!m_session->isConnected()) {
            emit statusMessage(tr("Nothing to refresh: no API key is in use. Add one with "
                                  "Account → Add API key…, or try the demo cloud."));
            return;
        }
        m_session->scheduler()->refreshNow();
    });

    m_stop = new QAction(themedIcon("process-stop", "stop"), tr("&Stop…"), this);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_stop->setObjectName(QStringLiteral("actionStop"));
    m_stop->setToolTip(tr("Stop the selected running instances (Ctrl+Shift+S)"));
    connect(m_stop, &QAction::triggered, this, [this] { stopInstances(m_selectedIds()); });

    m_start = new QAction(themedIcon("media-playback-start", "start"), tr("S&tart"), this);
    //: Toolbar text (no mnemonic)
    m_start->setIconText(tr("Start"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_start->setObjectName(QStringLiteral("actionStart"));
    m_start->setToolTip(tr("Start the selected stopped instance (Ctrl+Shift+O)"));
    connect(m_start, &QAction::triggered, this, [this] { startInstances(m_selectedIds()); });

    //: 无卡开机: start the instance without its GPU (cheaper, for data work)
    m_startWithoutGpu = new QAction(tr("Start &without GPU"), this);
    m_startWithoutGpu->setObjectName(QStringLiteral("actionStartWithoutGpu"));
    m_startWithoutGpu->setToolTip(
        tr("Start the selected stopped instance without its GPU (offered where CompShare "
           "supports it)"));
    connect(m_startWithoutGpu, &QAction::triggered, this, [this] {
        const QStringList ids = m_selectedIds();
        if (ids.size() == 1)
            m_session->stopController()->start(ids.first(), true);
    });

    m_reboot = new QAction(themedIcon("system-reboot", "reboot"), tr("Re&boot…"), this);
    //: Toolbar text (no mnemonic)
    m_reboot->setIconText(tr("Reboot…"));
    m_reboot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reboot->setObjectName(QStringLiteral("actionReboot"));
    connect(m_reboot, &QAction::triggered, this, [this] {
        const QStringList ids = m_selectedIds();
        if (ids.size() == 1)
            rebootInstance(ids.first());
    });

    m_copySsh = new QAction(themedIcon("edit-copy", "copy"), tr("&Copy SSH command"), this);
    m_copySsh->setObjectName(QStringLiteral("actionCopySsh"));
    connect(m_copySsh, &QAction::triggered, this, [this] {
        const QStringList ids = m_selectedIds();
        const Instance *i = ids.size() == 1 ? m_session->model()->instance(ids.first()) : nullptr;
        if (i && !i->sshLoginCommand.isEmpty())
            QGuiApplication::clipboard()->setText(i->sshLoginCommand);
    });

    m_reboot->setToolTip(tr("Reboot the selected running instance (Ctrl+Shift+R)"));
    for (QAction *a : {m_stop, m_start, m_reboot})
        explainWhenDisabled(a, a->toolTip());

    InstanceTableModel *model = m_session->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &InstanceActions::updateEnabled);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InstanceActions::updateEnabled);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InstanceActions::updateEnabled);
    updateEnabled();
}

void InstanceActions::explainWhenDisabled(QAction *action, const QString &toolTip)
{
    // updateEnabled() appends the selection's blocking reason to this tooltip
    // (DisabledActionExplainer answers the shortcut of a disabled action).
    m_baseToolTips.insert(action, toolTip);
}

void InstanceActions::setSelectionSource(std::function<QStringList()> selectedIds)
{
    m_selectedIds = std::move(selectedIds);
    updateEnabled();
}

QList<QAction *> InstanceActions::instanceActions() const
{
    return {m_stop, m_start, m_startWithoutGpu, m_reboot, m_copySsh};
}

void InstanceActions::updateEnabled()
{
    const QStringList ids = m_selectedIds();
    const InstanceTableModel *model = m_session->model();
    const OperationTracker *owner = m_session->operations();
    const auto allowed = [owner](const Instance *i, OperationKind kind) {
        return i && owner->verdict(i, kind).allowed();
    };
    int stoppable = 0;
    int startable = 0;
    int spots = 0;
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (allowed(i, OperationKind::Stop)) {
            ++stoppable;
            spots += i->isSpot() ? 1 : 0;
        } else if (allowed(i, OperationKind::Start)) {
            ++startable;
        }
    }
    m_stop->setEnabled(stoppable > 0);
    if (stoppable > 1) {
        m_stop->setText(tr("&Stop %n instances…", nullptr, stoppable));
        //: Toolbar text (no mnemonic)
        m_stop->setIconText(tr("Stop %n instances…", nullptr, stoppable));
    } else if (spots == 1) {
        m_stop->setText(tr("&Force stop…"));
        //: Toolbar text (no mnemonic)
        m_stop->setIconText(tr("Force stop…"));
    } else {
        m_stop->setText(tr("&Stop…"));
        //: Toolbar text (no mnemonic)
        m_stop->setIconText(tr("Stop…"));
    }
    m_start->setEnabled(startable > 0);
    const Instance *one = ids.size() == 1 ? model->instance(ids.first()) : nullptr;
    m_reboot->setEnabled(allowed(one, OperationKind::Reboot));
    m_startWithoutGpu->setEnabled(allowed(one, OperationKind::Start) &&
                                  one->supportWithoutGpuStart);
    m_copySsh->setEnabled(one && !one->sshLoginCommand.isEmpty());

    // The reason a selected row refuses operations, shown on the actions.
    m_blockedReason.clear();
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (i && !model->actionEnabled(*i, &m_blockedReason))
            break;
        m_blockedReason.clear();
    }
    // Each action says why it is disabled in its own words (a disabled Start
    // never says "cannot be stopped"): the verdict on that very operation.
    for (auto it = m_baseToolTips.constBegin(); it != m_baseToolTips.constEnd(); ++it) {
        const OperationKind kind = it.key() == m_stop    ? OperationKind::Stop
                                   : it.key() == m_start ? OperationKind::Start
                                                         : OperationKind::Reboot;
        QString why;
        if (!it.key()->isEnabled() && !m_blockedReason.isEmpty()) {
            for (const QString &id : ids) {
                const Instance *i = model->instance(id);
                why = i ? ActionVerdictText::reason(owner->verdict(i, kind)) : QString();
                if (!why.isEmpty())
                    break;
            }
        }
        it.key()->setToolTip(why.isEmpty() ? it.value() : it.value() + QLatin1Char('\n') + why);
        it.key()->setStatusTip(why);
    }
}

QStringList InstanceActions::runningIds(const QStringList &ids) const
{
    QStringList out;
    const InstanceTableModel *model = m_session->model();
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (i && m_session->operations()->verdict(i, OperationKind::Stop).allowed())
            out << id;
    }
    return out;
}

void InstanceActions::triggerRowAction(const QString &id)
{
    const Instance *i = m_session->model()->instance(id);
    if (!i)
        return;
    if (i->state == InstanceState::Running)
        stopInstances({id});
    else if (i->state == InstanceState::Stopped)
        startInstance(id);
}

void InstanceActions::stopInstances(const QStringList &ids)
{
    const QStringList candidates = runningIds(ids);
    // What the selection holds that cannot be stopped, each with its reason.
    QStringList skipped;
    const InstanceTableModel *model = m_session->model();
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (!i || candidates.contains(id))
            continue;
        const QString why =
            ActionVerdictText::reason(m_session->operations()->verdict(i, OperationKind::Stop));
        //: one skipped instance: %1 name, %2 why it is skipped
        skipped << tr("%1 — %2").arg(i->name.isEmpty() ? i->id : i->name, why);
    }
    if (candidates.isEmpty()) {
        if (!skipped.isEmpty())
            emit statusMessage(tr("Nothing to stop. %1").arg(skipped.join(QStringLiteral("; "))));
        return;
    }
    if (candidates.size() == 1 && !skipped.isEmpty())
        emit statusMessage(tr("Skipped. %1").arg(skipped.join(QStringLiteral("; "))));
    QList<Instance> instances;
    for (const QString &id : candidates)
        instances << *m_session->model()->instance(id);
    // "Don't ask again" holds whatever the image status says: an unknown one
    // is a note the dialog gives once (PromptService), not a reason to ask.
    const bool skip = !m_settings->askBeforeOrdinaryStop();
    QPointer<ConsoleSession> session(m_session);
    m_prompts->confirmStop(
        m_window, instances, skip,
        [this, session](const StopConfirmation &answer) {
            if (!session || !answer.accepted)
                return;
            if (answer.dontAskAgain)
                m_settings->setAskBeforeOrdinaryStop(false);
            // Re-read now: rows may have changed while the dialog was open;
            // StopController checks each instance again before sending.
            session->stopController()->stop(answer.decisions);
        },
        skipped);
}

void InstanceActions::startInstance(const QString &id)
{
    m_session->stopController()->start(id);
}

void InstanceActions::startInstances(const QStringList &ids)
{
    const InstanceTableModel *model = m_session->model();
    QList<Instance> startable;
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (i && m_session->operations()->verdict(i, OperationKind::Start).allowed())
            startable << *i;
    }
    if (startable.size() == 1) {
        startInstance(startable.first().id);
        return;
    }
    if (startable.isEmpty())
        return;
    QStringList startIds;
    for (const Instance &i : startable)
        startIds << i.id;
    QPointer<ConsoleSession> session(m_session);
    m_prompts->confirmStartMany(m_window, startable, [session, startIds](bool accepted) {
        if (!session || !accepted)
            return;
        for (const QString &id : startIds)
            session->stopController()->start(id); // re-checked there before sending
    });
}

void InstanceActions::rebootInstance(const QString &id)
{
    const Instance *i = m_session->model()->instance(id);
    if (!i)
        return;
    QPointer<ConsoleSession> session(m_session);
    m_prompts->confirmReboot(m_window, *i, [session, id](bool accepted) {
        if (session && accepted)
            session->stopController()->reboot(id);
    });
}

} // namespace compshare::ui

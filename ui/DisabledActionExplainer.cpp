// SPDX-License-Identifier: MIT
#include "ui/DisabledActionExplainer.h"

#include "models/InstanceTableModel.h"
#include "text/ActionVerdictText.h"
#include "ui/InstanceActions.h"

#include <QAction>
#include <QShortcut>
#include <QWidget>

namespace compshare::ui {

DisabledActionExplainer::DisabledActionExplainer(InstanceActions *actions,
                                                 InstanceTableModel *model,
                                                 std::function<QStringList()> selectedIds,
                                                 QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_selectedIds(std::move(selectedIds))
{
    watch(actions->stopAction(), Kind::Stop, window);
    watch(actions->startAction(), Kind::Start, window);
    watch(actions->rebootAction(), Kind::Reboot, window);
}

void DisabledActionExplainer::watch(QAction *action, Kind kind, QWidget *window)
{
    // A disabled QAction ignores its shortcut; this one takes the same keys
    // only while the action is disabled, so the two never compete.
    auto *shortcut = new QShortcut(action->shortcut(), window);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setEnabled(!action->isEnabled());
    connect(action, &QAction::changed, shortcut,
            [shortcut, action] { shortcut->setEnabled(!action->isEnabled()); });
    connect(shortcut, &QShortcut::activated, this, [this, kind] {
        const QString why = reason(kind, m_selectedIds());
        if (!why.isEmpty())
            emit explained(why);
    });
}

QString DisabledActionExplainer::rowReason(const QModelIndex &index)
{
    const QModelIndex action = index.siblingAtColumn(InstanceTableModel::ActionColumn);
    return action.data(InstanceTableModel::ActionDisabledReasonRole).toString();
}

QString DisabledActionExplainer::reason(Kind kind, const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("Select an instance first.");
    if (kind == Kind::Reboot && ids.size() > 1)
        return tr("Reboot works on one instance at a time.");
    const QString id = ids.first();
    const Instance *i = m_model->instance(id);
    if (!i)
        return {};
    const QString name = i->name.isEmpty() ? i->id : i->name;
    // The operation owner's verdict on this very action, in its one sentence.
    const OperationKind op = kind == Kind::Stop    ? OperationKind::Stop
                             : kind == Kind::Start ? OperationKind::Start
                                                   : OperationKind::Reboot;
    const ActionVerdict verdict = m_model->verdictOf(*i, op);
    if (verdict.allowed())
        return {};
    const QString why = ActionVerdictText::reason(verdict);
    switch (kind) {
    case Kind::Stop:
        //: %1 instance name, %2 a whole sentence saying why
        return tr("%1 cannot be stopped now. %2").arg(name, why);
    case Kind::Start:
        //: %1 instance name, %2 a whole sentence saying why
        return tr("%1 cannot be started now. %2").arg(name, why);
    case Kind::Reboot:
        //: %1 instance name, %2 a whole sentence saying why
        return tr("%1 cannot be rebooted now. %2").arg(name, why);
    }
    return {};
}

} // namespace compshare::ui

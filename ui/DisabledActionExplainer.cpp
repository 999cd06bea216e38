// SPDX-License-Identifier: MIT
#include "ui/DisabledActionExplainer.h"

#include "model/InstanceTableModel.h"
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
    QString why = action.data(InstanceTableModel::ActionDisabledReasonRole).toString();
    if (why.isEmpty() && action.data(InstanceTableModel::BusyRole).toBool())
        why = tr("A request for this instance is in progress.");
    return why;
}

QString DisabledActionExplainer::reason(Kind kind, const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("Select an instance first.");
    if (kind == Kind::Reboot && ids.size() > 1)
        return tr("Reboot works on one instance at a time.");
    const QString id = ids.first();
    const int row = m_model->rowOf(id);
    const Instance *i = m_model->instance(id);
    if (row < 0 || !i)
        return {};
    const QString name = i->name.isEmpty() ? i->id : i->name;
    const QString why = rowReason(m_model->index(row, InstanceTableModel::ActionColumn));
    switch (kind) {
    case Kind::Stop:
        if (!why.isEmpty())
            //: %1 instance name, %2 why (an image is being made, another operation holds it, ...)
            return tr("Cannot stop %1: %2").arg(name, why);
        return tr("Cannot stop %1: it is not running.").arg(name);
    case Kind::Start:
        if (!why.isEmpty())
            return tr("Cannot start %1: %2").arg(name, why);
        return tr("Cannot start %1: it is not stopped.").arg(name);
    case Kind::Reboot:
        if (!why.isEmpty())
            return tr("Cannot reboot %1: %2").arg(name, why);
        return tr("Cannot reboot %1: it is not running.").arg(name);
    }
    return {};
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "text/ActionVerdictText.h"

#include "text/InstanceText.h"

#include <QLocale>

namespace compshare {

namespace {
QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}
} // namespace

QString ActionVerdictText::cachedListReason()
{
    ActionVerdict v;
    v.blocker = ActionVerdict::Blocker::CachedList;
    return reason(v);
}

QString ActionVerdictText::reason(const ActionVerdict &v)
{
    using B = ActionVerdict::Blocker;
    const QString state = InstanceText::state(v.listed, v.rawState);
    switch (v.blocker) {
    case B::None:
        return {};
    case B::CachedList:
        return tr("This list was saved earlier; wait for CompShare's answer.");
    case B::NotListed:
        return tr("The instance is no longer in the list.");
    case B::Sending:
        return tr("A request for this instance is on its way; wait for the answer.");
    case B::AwaitingList:
        //: %1 is a time such as 14:02
        return tr("CompShare accepted the request at %1; waiting for the list to show it.")
            .arg(shortTime(v.at));
    case B::CheckingLost:
        return tr("The answer to the last request was lost; waiting for the list to show "
                  "whether it took effect.");
    case B::CheckingAnswer:
        return tr("CompShare's answer to the last request did not say whether it was applied; "
                  "waiting for the list to show whether it took effect.");
    case B::UnderWay:
        return tr("An operation on this instance is under way.");
    case B::LockedByOther:
        //: %1 is a time such as 14:12
        return tr("Another operation holds this instance until %1 at the latest.")
            .arg(shortTime(v.at));
    case B::Transitional:
        //: %1 is a state such as "Stopping"
        return tr("The instance is %1; wait until that finishes.").arg(state);
    case B::UnknownState:
        return tr("The instance's state is not known right now; refresh to try again.");
    case B::NoAction:
        //: %1 is a state such as "Install Fail"
        return tr("Nothing to do while the instance is %1.").arg(state);
    case B::WrongState:
        switch (v.kind) {
        case OperationKind::Stop:
            //: %1 is a state such as "Stopped"
            return tr("Only a running instance can be stopped; this one is %1.").arg(state);
        case OperationKind::Start:
            //: %1 is a state such as "Running"
            return tr("Only a stopped instance can be started; this one is %1.").arg(state);
        case OperationKind::Reboot:
            //: %1 is a state such as "Stopped"
            return tr("Only a running instance can be rebooted; this one is %1.").arg(state);
        case OperationKind::Release:
            //: %1 is a state such as "Running". Release = delete the instance (释放/删除)
            return tr("Only a stopped instance can be released; stop it first. This one is %1.")
                .arg(state);
        }
        break;
    }
    return {};
}

QString ActionVerdictText::requested(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Stop:
        return tr("Stop requested");
    case OperationKind::Start:
        return tr("Start requested");
    case OperationKind::Reboot:
        return tr("Reboot requested");
    case OperationKind::Release:
        return tr("Release requested");
    }
    return {};
}

} // namespace compshare

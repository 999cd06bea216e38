// SPDX-License-Identifier: MIT
#include "ui/text/ScheduleSentences.h"

#include "base/Bounds.h"

namespace compshare::ui {

QString ScheduleSentences::never(ScheduleBlocker blocker)
{
    if (blocker == ScheduleBlocker::Spot)
        return tr("Spot instances cannot have a scheduled stop: the platform may reclaim them "
                  "at any time, and CompShare refuses a schedule for them.");
    return {};
}

QString ScheduleSentences::notSent(ScheduleBlocker blocker, const QString &name)
{
    switch (blocker) {
    case ScheduleBlocker::None:
        break;
    case ScheduleBlocker::NotListed:
        //: %1 instance name. Nothing was sent.
        return tr("The scheduled stop of %1 was not sent: the instance is no longer listed.")
            .arg(name);
    case ScheduleBlocker::Spot:
        //: %1 instance name. Nothing was sent.
        return tr("The scheduled stop of %1 was not sent: it is a spot instance. The platform "
                  "may reclaim it at any time, and CompShare refuses a schedule for it.")
            .arg(name);
    case ScheduleBlocker::AlreadyStopped:
        //: %1 instance name. Nothing was sent.
        return tr("The scheduled stop of %1 was not sent: it is stopped already, so there is "
                  "nothing to stop. Start it first, then schedule its stop.")
            .arg(name);
    case ScheduleBlocker::NoProject:
        //: %1 instance name. Nothing was sent.
        return tr("The scheduled stop of %1 was not sent: CompShare needs a project "
                  "for it, and none is known because the project list could "
                  "not be read. Choose or enter a project in the Project box of the "
                  "toolbar, then try again.")
            .arg(name);
    case ScheduleBlocker::ChangeUnderWay:
        //: %1 instance name. Nothing was sent.
        return tr("The scheduled stop of %1 was not sent: a change of its schedule is still "
                  "under way. Wait for its answer, then try again.")
            .arg(name);
    case ScheduleBlocker::TooSoon:
        //: %1 instance name, %2 the shortest lead in minutes. Nothing was sent.
        return tr("The scheduled stop of %1 was not sent: a scheduled stop must be at least "
                  "%2 minutes from now.")
            .arg(name)
            .arg(bounds::kScheduleMinLeadSecs / 60);
    }
    return {};
}

} // namespace compshare::ui

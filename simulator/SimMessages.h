// SPDX-License-Identifier: MIT
// The RetCodes and messages the simulator answers with. The client recognises
// some of them by message tokens (InstanceOperationInProgress, Image task
// exists, SpotInstanceNeedsForce, InstanceStateNotAllowed): keep them exact.
// They are protocol text, not UI text, hence not translated.
#pragma once

#include <QString>

namespace compshare::sim {

inline constexpr int kRetMissingAction = 160;
inline constexpr int kRetActionNotFound = 161;
inline constexpr int kRetSignature = 171;
inline constexpr int kRetUserNotExists = 172;
inline constexpr int kRetMissingParams = 230;
inline constexpr int kRetInstanceNotFound = 8039;
inline constexpr int kRetSpotNeedsForce = 8435;
inline constexpr int kRetStateNotAllowed = 8436;
inline constexpr int kRetOperationInProgress = 8437;
inline constexpr int kRetWithoutGpuNotSupported = 8438;
inline constexpr int kRetSpotNoSchedule = 8439;
inline constexpr int kRetImageTaskExists = 226605;

inline QString missingActionMessage()
{
    return QStringLiteral("Missing Action");
}
inline QString actionNotFoundMessage(const QString &action)
{
    return QStringLiteral("Action [%1] Not Found").arg(action);
}
inline QString signatureMessage()
{
    return QStringLiteral("Signature VerifyAC Error");
}
inline QString userNotExistsMessage()
{
    return QStringLiteral("User Not Exists");
}
inline QString missingParamsMessage(const QString &name)
{
    return QStringLiteral("Missing params [%1]").arg(name);
}
inline QString invalidParamMessage(const QString &name)
{
    return QStringLiteral("Params [%1] not available").arg(name);
}
inline QString instanceNotFoundMessage(const QString &id, const QString &zone)
{
    return QStringLiteral("InstanceNotFound: instance %1 does not exist in zone %2").arg(id, zone);
}
inline QString operationInProgressMessage(const QString &id)
{
    return QStringLiteral("InstanceOperationInProgress: another operation on %1 is in progress, "
                          "retry after it finishes")
        .arg(id);
}
inline QString makingImageMessage(const QString &id)
{
    return QStringLiteral("Image task exists: instance %1 is making an image and cannot be stopped")
        .arg(id);
}
inline QString spotNeedsForceMessage(const QString &id)
{
    return QStringLiteral("SpotInstanceNeedsForce: spot instance %1 can only be stopped with "
                          "Force=true")
        .arg(id);
}
inline QString stateNotAllowedMessage(const QString &id, const QString &state,
                                      const QString &required)
{
    return QStringLiteral("InstanceStateNotAllowed: instance %1 is %2, operation needs %3")
        .arg(id, state.isEmpty() ? QStringLiteral("Unknown") : state, required);
}
inline QString withoutGpuNotSupportedMessage(const QString &id)
{
    return QStringLiteral("WithoutGpuNotSupported: instance %1 cannot start without GPU").arg(id);
}

inline QString spotNoScheduleMessage(const QString &id)
{
    return QStringLiteral("SpotInstanceNotSupported: spot instance %1 cannot have a scheduled stop")
        .arg(id);
}
inline QString stopTimeTooSoonMessage()
{
    return QStringLiteral("Params [SchedulerStopTime] not available: it must be at least 300 "
                          "seconds from now");
}

// The documented business codes (compshareerrorcode.md), used when a fault
// injects a RetCode without its own message.
QString documentedMessage(int retCode);

} // namespace compshare::sim

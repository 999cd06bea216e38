// SPDX-License-Identifier: MIT
// Instances built in code, for suites that need one without the simulator.
#pragma once

#include "domain/Instance.h"

namespace compshare::test {

inline Instance makeInstance(const QString &id, const QString &name, ChargeType charge,
                             double price = 2.5)
{
    Instance i;
    i.id = id;
    i.name = name;
    i.zone = QStringLiteral("cn-wlcb-01");
    i.region = QStringLiteral("cn-wlcb");
    i.state = InstanceState::Running;
    i.rawState = QStringLiteral("Running");
    i.chargeType = charge;
    i.rawChargeType = chargeTypeToApi(charge);
    i.gpuType = QStringLiteral("RTX 4090");
    i.gpuCount = 2;
    i.gpuMemoryGb = 24;
    i.cpu = 16;
    i.memoryMb = 65536;
    i.instancePrice = price;
    // Every other part known, and nothing: the figures are the instance price.
    i.imagePrice = 0.0;
    i.diskPrices = {{chargeTypeToApi(charge), true, 0.0}};
    return i;
}

} // namespace compshare::test

// SPDX-License-Identifier: MIT
// Scenario JSON (format in docs/SIMULATOR.md): parsed and checked as a whole
// before anything is applied, so a bad file leaves the simulator unchanged.
#pragma once

#include "simulator/SimInstanceStore.h"
#include "simulator/SimPrices.h"
#include "simulator/SimProjects.h"
#include "simulator/Simulator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>
#include <utility>

namespace compshare::sim {

struct ScenarioData
{
    QHash<QString, QString> accounts; // public key -> private key
    QList<ZoneInfo> zones;
    qint64 transitionMs = 3000;
    qint64 lockMs = qint64(10) * 60 * 1000;
    qint64 acceptLagMs = 0;
    bool stripRegion = false;
    int maxPageSize = 100;
    QList<FaultRule> faults;
    std::optional<quint32> seed;
    QList<std::pair<QJsonObject, QString>> instances; // completed instance, region
    QList<ProjectInfo> projects;                      // empty: the default project
    bool subAccount = false;                          // instance calls need ProjectId
    QHash<QString, QByteArray> fixedAnswers;          // action -> answer body, as is
    SimPrices prices;                                 // GetCompShareInstancePrice's table
};

bool parseScenario(const QJsonObject &scenario, quint32 seed, ScenarioData *out, QString *error);

QJsonObject builtInDemoScenario();
// A scenario built into the simulator's resources (":/sim/NAME.json").
QJsonObject builtInScenario(const QString &resource);
QJsonObject generateScenario(int count, const QStringList &regions, quint32 seed);

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
// Fault injection: which rule fires for a request, with a seeded RNG so a
// run can be repeated; rules from the command line and from scenario JSON.
#pragma once

#include "simulator/Simulator.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <optional>

namespace compshare::sim {

struct FaultDecision
{
    int delayMs = 0;                // total added latency
    std::optional<FaultRule> fault; // the first non-latency rule that fired
};

class SimFaults final
{
public:
    void setSeed(quint32 seed) { m_random.seed(seed); }
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Rolls every rule that applies to action; consumes `remaining`.
    FaultDecision decide(const QString &action);

    // Does a rule for `ruleAction` apply to `action`? Empty: every action;
    // "mutation": Stop, Start, Reboot, Terminate and ModifyCompShareInstanceName.
    static bool matches(const QString &ruleAction, const QString &action);
    // "ACTION:TYPE:RATE[:ARG[:COUNT]]" (ACTION "*" or empty = every action, "mutation"
    // = every mutation).
    // TYPE: latency (ARG ms), http (ARG status), hang, close, malformed,
    // retcode (ARG code), drop (applied, then the connection closes unanswered),
    // http-applied / retcode-applied (applied, then that error).
    static bool parseSpec(const QString &spec, FaultRule *rule, QString *error);
    // {"action", "type", "rate", "status", "latencyMs", "jitterMs", "retCode", "message", "count",
    //  "applied"}
    static bool fromJson(const QJsonObject &object, FaultRule *rule, QString *error);
    // Journal verdict for a fired fault: "fault:http503", "fault:hang", ...
    static QString verdict(const FaultRule &rule);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_random{1u};
};

} // namespace compshare::sim

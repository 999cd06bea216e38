// SPDX-License-Identifier: MIT
#include "simulator/SimFaults.h"

#include "simulator/SimMessages.h"

namespace compshare::sim {
namespace {

bool typeFromName(const QString &name, FaultRule::Type *type, bool *applied = nullptr)
{
    // "http-applied", "retcode-applied": the request takes effect, then the error.
    static const QString kApplied = QStringLiteral("-applied");
    if (applied && name.toLower().endsWith(kApplied)) {
        const QString base = name.toLower().chopped(kApplied.size());
        if (base != QLatin1String("http") && base != QLatin1String("retcode"))
            return false;
        *applied = true;
        return typeFromName(base, type);
    }
    static const QList<std::pair<QString, FaultRule::Type>> names = {
        {QStringLiteral("latency"), FaultRule::Type::Latency},
        {QStringLiteral("http"), FaultRule::Type::HttpStatus},
        {QStringLiteral("hang"), FaultRule::Type::Hang},
        {QStringLiteral("close"), FaultRule::Type::CloseMidBody},
        {QStringLiteral("malformed"), FaultRule::Type::MalformedJson},
        {QStringLiteral("retcode"), FaultRule::Type::RetCode},
        {QStringLiteral("drop"), FaultRule::Type::DropAnswer},
    };
    for (const auto &[text, value] : names) {
        if (text == name.toLower()) {
            *type = value;
            return true;
        }
    }
    return false;
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

QString documentedMessage(int retCode)
{
    switch (retCode) {
    case 226601:
        return QStringLiteral("The instance is in arrears. Please go to Order Management to pay "
                              "the unpaid order.");
    case 226602:
        return QStringLiteral("The instance has expired. Please go to Renewal Management to renew "
                              "the instance.");
    case 226603:
        return QStringLiteral("gpu type is not support current image, You can try another gpu "
                              "type");
    case 226604:
        return QStringLiteral("Resource not enough, Please try again later");
    case 226605:
        return QStringLiteral("Update image use time task exist.");
    case 226606:
        return QStringLiteral("The account has not been verified.");
    case 8433:
        return QStringLiteral("service error, please contact technical support");
    default:
        return QStringLiteral("Simulated error %1").arg(retCode);
    }
}

bool SimFaults::matches(const QString &ruleAction, const QString &action)
{
    if (ruleAction.isEmpty() || ruleAction == action)
        return true;
    // "mutation": every request that changes an instance (a "refuse the
    // first N mutations" rule needs no list of actions).
    static const QStringList mutations = {
        QStringLiteral("StopCompShareInstance"), QStringLiteral("StartCompShareInstance"),
        QStringLiteral("RebootCompShareInstance"), QStringLiteral("TerminateCompShareInstance"),
        QStringLiteral("ModifyCompShareInstanceName")};
    return ruleAction == QLatin1String("mutation") && mutations.contains(action);
}

FaultDecision SimFaults::decide(const QString &action)
{
    FaultDecision decision;
    for (FaultRule &rule : m_rules) {
        if (!matches(rule.action, action))
            continue;
        if (rule.remaining == 0)
            continue;
        if (decision.fault && rule.type != FaultRule::Type::Latency)
            continue; // one failure per request; latency still adds up
        if (rule.rate < 1.0 && m_random.generateDouble() >= rule.rate)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        if (rule.type == FaultRule::Type::Latency) {
            decision.delayMs += rule.latencyMs;
            if (rule.latencyJitterMs > 0)
                decision.delayMs += int(m_random.bounded(rule.latencyJitterMs + 1));
        } else {
            decision.fault = rule;
        }
    }
    return decision;
}

bool SimFaults::parseSpec(const QString &spec, FaultRule *rule, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.size() > 5)
        return setError(
            error,
            QStringLiteral("fault \"%1\": expected ACTION:TYPE:RATE[:ARG[:COUNT]]").arg(spec));
    FaultRule parsed;
    parsed.action = parts.at(0) == QLatin1String("*") ? QString() : parts.at(0);
    if (!typeFromName(parts.at(1), &parsed.type, &parsed.applied))
        return setError(error,
                        QStringLiteral("fault \"%1\": unknown type \"%2\"").arg(spec, parts.at(1)));
    bool ok = false;
    parsed.rate = parts.at(2).toDouble(&ok);
    if (!ok || parsed.rate < 0.0 || parsed.rate > 1.0)
        return setError(error, QStringLiteral("fault \"%1\": rate must be 0..1").arg(spec));
    int arg = 0;
    const bool hasArg = parts.size() >= 4 && !parts.at(3).isEmpty();
    if (hasArg) {
        arg = parts.at(3).toInt(&ok);
        if (!ok || arg < 0)
            return setError(error, QStringLiteral("fault \"%1\": bad argument").arg(spec));
    }
    if (parts.size() == 5) { // only the first COUNT matching requests, e.g. mutation:http:1:503:1
        parsed.remaining = parts.at(4).toInt(&ok);
        if (!ok || parsed.remaining < 1)
            return setError(error, QStringLiteral("fault \"%1\": bad count").arg(spec));
    }
    switch (parsed.type) {
    case FaultRule::Type::Latency:
        parsed.latencyMs = hasArg ? arg : 1000;
        break;
    case FaultRule::Type::HttpStatus:
        parsed.httpStatus = hasArg ? arg : 503;
        break;
    case FaultRule::Type::RetCode:
        parsed.retCode = hasArg ? arg : 8433;
        break;
    default:
        break;
    }
    *rule = parsed;
    return true;
}

bool SimFaults::fromJson(const QJsonObject &object, FaultRule *rule, QString *error)
{
    FaultRule parsed;
    parsed.action = object.value(QStringLiteral("action")).toString();
    if (parsed.action == QLatin1String("*"))
        parsed.action.clear();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (!typeFromName(type, &parsed.type))
        return setError(error, QStringLiteral("unknown fault type \"%1\"").arg(type));
    parsed.rate = object.value(QStringLiteral("rate")).toDouble(1.0);
    if (parsed.rate < 0.0 || parsed.rate > 1.0)
        return setError(error, QStringLiteral("fault rate must be 0..1"));
    parsed.httpStatus = object.value(QStringLiteral("status")).toInt(503);
    parsed.latencyMs = object.value(QStringLiteral("latencyMs")).toInt(0);
    parsed.latencyJitterMs = object.value(QStringLiteral("jitterMs")).toInt(0);
    parsed.retCode = object.value(QStringLiteral("retCode")).toInt(8433);
    parsed.message = object.value(QStringLiteral("message")).toString();
    parsed.remaining = object.value(QStringLiteral("count")).toInt(-1);
    parsed.applied =
        object.value(QStringLiteral("applied")).toBool(false) &&
        (parsed.type == FaultRule::Type::HttpStatus || parsed.type == FaultRule::Type::RetCode);
    *rule = parsed;
    return true;
}

QString SimFaults::verdict(const FaultRule &rule)
{
    switch (rule.type) {
    case FaultRule::Type::Latency:
        return QStringLiteral("fault:latency");
    case FaultRule::Type::HttpStatus:
        return rule.applied ? QStringLiteral("fault:http%1:applied").arg(rule.httpStatus)
                            : QStringLiteral("fault:http%1").arg(rule.httpStatus);
    case FaultRule::Type::Hang:
        return QStringLiteral("fault:hang");
    case FaultRule::Type::CloseMidBody:
        return QStringLiteral("fault:close");
    case FaultRule::Type::MalformedJson:
        return QStringLiteral("fault:malformed");
    case FaultRule::Type::RetCode:
        return rule.applied ? QStringLiteral("fault:retcode:%1:applied").arg(rule.retCode)
                            : QStringLiteral("fault:retcode:%1").arg(rule.retCode);
    case FaultRule::Type::DropAnswer:
        return QStringLiteral("fault:drop");
    }
    return QStringLiteral("fault");
}

} // namespace compshare::sim

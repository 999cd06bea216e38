// SPDX-License-Identifier: MIT
#include "simulator/SimScenario.h"

#include "simulator/SimFaults.h"
#include "simulator/SimInstanceDefaults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <cmath>

namespace compshare::sim {
namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QString knownZoneName(const QString &zone)
{
    if (zone == QLatin1String("cn-wlcb-01"))
        return QStringLiteral("华北二(乌兰察布)");
    if (zone == QLatin1String("cn-sh2-02"))
        return QStringLiteral("华东(上海)");
    if (zone == QLatin1String("hk-02"))
        return QStringLiteral("香港");
    return zone;
}

bool parseInstances(const QJsonArray &array, quint32 seed, ScenarioData *out, QString *error)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("instances[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(error, where + QStringLiteral(": not an object"));
        const QJsonObject raw = array.at(i).toObject();
        const QString id = raw.value(QStringLiteral("UHostId")).toString();
        const QString zone = raw.value(QStringLiteral("Zone")).toString();
        if (id.isEmpty())
            return fail(error, where + QStringLiteral(": missing UHostId (a string)"));
        if (zone.isEmpty())
            return fail(error, where + QStringLiteral(": missing Zone (a string)"));
        if (seen.contains(id))
            return fail(error, where + QStringLiteral(": duplicate UHostId %1").arg(id));
        const QJsonValue state = raw.value(QStringLiteral("State"));
        if (!state.isUndefined() && !state.isString())
            return fail(error, where + QStringLiteral(": State must be a string"));
        seen.insert(id);
        const QString region = raw.value(QStringLiteral("Region")).toString();
        out->instances.append({completedInstance(raw, seed, int(i)), region});
    }
    return true;
}

} // namespace

bool parseScenario(const QJsonObject &scenario, quint32 seed, ScenarioData *out, QString *error)
{
    ScenarioData data;
    if (scenario.contains(QStringLiteral("seed")))
        data.seed = quint32(scenario.value(QStringLiteral("seed")).toInteger());
    const quint32 instanceSeed = data.seed.value_or(seed);

    if (scenario.contains(QStringLiteral("accounts"))) {
        const QJsonArray accounts = scenario.value(QStringLiteral("accounts")).toArray();
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const QJsonObject account = accounts.at(i).toObject();
            const QString pub = account.value(QStringLiteral("publicKey")).toString();
            const QString priv = account.value(QStringLiteral("privateKey")).toString();
            if (pub.isEmpty() || priv.isEmpty())
                return fail(error, QStringLiteral("accounts[%1]: publicKey and privateKey must be "
                                                  "non-empty strings")
                                       .arg(i));
            data.accounts.insert(pub, priv);
        }
    } else {
        data.accounts.insert(Simulator::demoPublicKey(), Simulator::demoPrivateKey());
    }

    const QJsonValue instances = scenario.value(QStringLiteral("instances"));
    if (!instances.isUndefined() && !instances.isArray())
        return fail(error, QStringLiteral("instances: must be an array"));
    if (!parseInstances(instances.toArray(), instanceSeed, &data, error))
        return false;

    const QJsonArray zones = scenario.value(QStringLiteral("zones")).toArray();
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QJsonObject zone = zones.at(i).toObject();
        ZoneInfo info{zone.value(QStringLiteral("region")).toString(),
                      zone.value(QStringLiteral("zone")).toString(),
                      zone.value(QStringLiteral("describe")).toString()};
        if (info.region.isEmpty() || info.zone.isEmpty())
            return fail(error, QStringLiteral("zones[%1]: region and zone are required").arg(i));
        if (info.describe.isEmpty())
            info.describe = knownZoneName(info.zone);
        data.zones.append(info);
    }
    if (data.zones.isEmpty()) { // derive them from the instances
        QSet<QString> seen;
        for (const auto &[instance, region] : std::as_const(data.instances)) {
            const QString zone = instance.value(QStringLiteral("Zone")).toString();
            if (seen.contains(zone))
                continue;
            seen.insert(zone);
            data.zones.append(
                {region.isEmpty() ? regionFromZone(zone) : region, zone, knownZoneName(zone)});
        }
    }

    const QJsonObject delays = scenario.value(QStringLiteral("delays")).toObject();
    data.transitionMs = delays.value(QStringLiteral("transitionMs")).toInteger(data.transitionMs);
    data.lockMs = delays.value(QStringLiteral("lockMs")).toInteger(data.lockMs);
    data.acceptLagMs = delays.value(QStringLiteral("acceptLagMs")).toInteger(data.acceptLagMs);
    data.stripRegion = scenario.value(QStringLiteral("stripRegion")).toBool(false);
    data.maxPageSize = scenario.value(QStringLiteral("maxPageSize")).toInt(100);
    if (data.transitionMs < 0 || data.lockMs < 0 || data.acceptLagMs < 0)
        return fail(error, QStringLiteral("delays: must not be negative"));

    const QJsonArray faults = scenario.value(QStringLiteral("faults")).toArray();
    for (qsizetype i = 0; i < faults.size(); ++i) {
        FaultRule rule;
        QString why;
        if (!SimFaults::fromJson(faults.at(i).toObject(), &rule, &why))
            return fail(error, QStringLiteral("faults[%1]: %2").arg(i).arg(why));
        data.faults.append(rule);
    }
    const QJsonArray projects = scenario.value(QStringLiteral("projects")).toArray();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QJsonObject p = projects.at(i).toObject();
        ProjectInfo info{p.value(QStringLiteral("ProjectId")).toString(),
                         p.value(QStringLiteral("ProjectName")).toString(),
                         p.value(QStringLiteral("IsDefault")).toBool()};
        if (info.id.isEmpty())
            return fail(error, QStringLiteral("projects[%1]: ProjectId is required").arg(i));
        data.projects.append(info);
    }
    data.subAccount = scenario.value(QStringLiteral("subAccount")).toBool();
    const QJsonObject fixed = scenario.value(QStringLiteral("fixedAnswers")).toObject();
    for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it) {
        if (!it.value().isObject())
            return fail(error, QStringLiteral("fixedAnswers.%1: must be an object").arg(it.key()));
        data.fixedAnswers.insert(it.key(), QJsonDocument(it.value().toObject()).toJson());
    }
    const QJsonValue prices = scenario.value(QStringLiteral("prices"));
    if (!prices.isUndefined() && !prices.isObject())
        return fail(error, QStringLiteral("prices: must be an object"));
    if (!SimPrices::fromJson(prices.toObject(), &data.prices, error))
        return false;
    *out = std::move(data);
    return true;
}

QJsonObject builtInScenario(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("compshare_sim: the built-in scenario resource %s is missing", qPrintable(resource));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject builtInDemoScenario()
{
    return builtInScenario(QStringLiteral(":/sim/demo.json"));
}

QJsonObject generateScenario(int count, const QStringList &regions, quint32 seed)
{
    struct Gpu
    {
        const char *type;
        int memoryGb;
        double price;
    };
    static const Gpu gpus[] = {{"4090", 24, 2.18},
                               {"3090", 24, 1.58},
                               {"A100", 80, 9.8},
                               {"L40S", 48, 5.8},
                               {"H20", 96, 7.4}};
    static const char *charges[] = {"Postpay", "Postpay", "Postpay", "Dynamic", "Spot",
                                    "Spot",    "Day",     "Month",   "Postpay", "Dynamic"};
    static const char *states[] = {"Running", "Running", "Running", "Running", "Running",
                                   "Running", "Stopped", "Stopped", "Stopped", "Install Fail"};
    const QStringList used =
        regions.isEmpty()
            ? QStringList{QStringLiteral("cn-wlcb"), QStringLiteral("cn-sh2"), QStringLiteral("hk")}
            : regions;
    QJsonArray zones;
    QStringList zoneIds;
    for (const QString &region : used) {
        QString zone = region + QStringLiteral("-01");
        if (region == QLatin1String("cn-sh2"))
            zone = QStringLiteral("cn-sh2-02");
        else if (region == QLatin1String("hk"))
            zone = QStringLiteral("hk-02");
        zoneIds.append(zone);
        zones.append(QJsonObject{{QStringLiteral("region"), region},
                                 {QStringLiteral("zone"), zone},
                                 {QStringLiteral("describe"), knownZoneName(zone)}});
    }
    QRandomGenerator random(seed);
    QJsonArray instances;
    bool nearRelease = false; // one stopped pay-as-you-go instance within 24 h of release
    bool expiring = false;    // one prepaid instance expiring in 2 days, no auto-renew
    for (int i = 0; i < count; ++i) {
        const Gpu &gpu = gpus[random.bounded(int(std::size(gpus)))];
        const int gpuCount = 1 << random.bounded(3);
        const QString &zone = zoneIds.at(i % zoneIds.size());
        const QString name = (i % 3 == 0) ? QStringLiteral("训练任务-%1").arg(i)
                                          : QStringLiteral("worker-%1").arg(i);
        instances.append(QJsonObject{
            {QStringLiteral("UHostId"),
             QStringLiteral("uhost-g%1").arg(i, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("Name"), name},
            {QStringLiteral("Zone"), zone},
            {QStringLiteral("Region"), used.at(i % used.size())},
            {QStringLiteral("State"),
             QLatin1String(states[random.bounded(int(std::size(states)))])},
            {QStringLiteral("ChargeType"),
             QLatin1String(charges[random.bounded(int(std::size(charges)))])},
            {QStringLiteral("GpuType"), QLatin1String(gpu.type)},
            {QStringLiteral("GPU"), gpuCount},
            {QStringLiteral("CPU"), 16 * gpuCount},
            {QStringLiteral("Memory"), QString::number(65536 * gpuCount)},
            {QStringLiteral("GraphicsMemory"),
             QJsonObject{{QStringLiteral("Value"), gpu.memoryGb}, {QStringLiteral("Rate"), 0}}},
            {QStringLiteral("InstancePrice"), gpu.price * gpuCount}, // per hour; see below
            {QStringLiteral("CreateTime"), qint64(1735689600) + qint64(i) * 60},
        });
        // Cost cases (issue 14): stopped pay-as-you-go instances at various
        // ages, one within 24 h of release; a prepaid one expiring in 2 days
        // without auto-renew; idle or busy GPUs come from the defaults.
        // Varied by a hash, not the generator's RNG, so the rest stays as it was.
        QJsonObject last = instances.last().toObject();
        const quint32 vary = stableHash(last.value(QStringLiteral("UHostId")).toString(), seed);
        const QString state = last.value(QStringLiteral("State")).toString();
        const QString charge = last.value(QStringLiteral("ChargeType")).toString();
        if (state == QLatin1String("Stopped")) {
            const bool near = !nearRelease && charge == QLatin1String("Postpay");
            nearRelease = nearRelease || near;
            last.insert(QStringLiteral("StopTimeAgo"),
                        near ? qint64(6) * 86400 + 7 * 3600
                             : qint64(1 + vary % (6 * 24 - 1)) * 3600);
        }
        // A prepaid period's price is for that period, as a real listing's is.
        if (charge == QLatin1String("Month") || charge == QLatin1String("Day"))
            last.insert(
                QStringLiteral("InstancePrice"),
                std::round(gpu.price * gpuCount * (charge == QLatin1String("Day") ? 22 : 490)));
        if (charge == QLatin1String("Month") || charge == QLatin1String("Day")) {
            const bool soon = !expiring;
            expiring = true;
            last.insert(QStringLiteral("ExpireTimeIn"),
                        soon ? qint64(2) * 86400 : qint64(3 + vary % 57) * 86400);
            last.insert(QStringLiteral("AutoRenew"),
                        soon ? QStringLiteral("No") : QStringLiteral("Yes"));
        }
        instances[instances.size() - 1] = last;
    }
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("generated")},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("zones"), zones},
        {QStringLiteral("accounts"),
         QJsonArray{QJsonObject{{QStringLiteral("publicKey"), Simulator::demoPublicKey()},
                                {QStringLiteral("privateKey"), Simulator::demoPrivateKey()}}}},
        {QStringLiteral("instances"), instances}};
}

} // namespace compshare::sim

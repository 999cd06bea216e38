// SPDX-License-Identifier: MIT
#include "wire/InstanceParser.h"

#include "base/BackgroundTask.h"
#include "wire/JsonDecoder.h"
#include "wire/ListSanity.h"

#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace compshare {

namespace {

// The documented example returns strings as numbers and numbers as strings:
// every reader accepts both and falls back to a neutral value.
QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

double number(const QJsonValue &v)
{
    double result = 0;
    if (v.isDouble()) {
        result = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        result = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            result = 0;
    } else if (v.isObject()) {
        return number(v.toObject().value(QStringLiteral("Value")));
    }
    return std::isfinite(result) ? result : 0;
}

// A number, or a string that reads as one: the field carries a figure.
bool isNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return std::isfinite(v.toDouble());
    if (v.isObject())
        return isNumber(v.toObject().value(QStringLiteral("Value")));
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return v.isString() && ok && std::isfinite(d);
}

int integer(const QJsonValue &v)
{
    const double d = number(v);
    if (d > 2147483647.0 || d < -2147483648.0)
        return 0;
    return int(d);
}

qint64 integer64(const QJsonValue &v)
{
    const double d = number(v);
    if (std::fabs(d) > 9.0e15)
        return 0;
    return qint64(d);
}

bool flag(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1");
}

QDateTime unixTime(const QJsonValue &v)
{
    const qint64 secs = integer64(v);
    if (secs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

QList<IpAddress> ipSet(const QJsonValue &v)
{
    QList<IpAddress> ips;
    const QJsonArray array = v.toArray();
    for (const auto &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        ips.append({text(o.value(QStringLiteral("IP"))), text(o.value(QStringLiteral("Type"))),
                    text(o.value(QStringLiteral("IPMode")))});
    }
    return ips;
}

// "Yes"/"No" (the API), or a bool/number; known is false when missing or odd.
bool yesNo(const QJsonValue &v, bool *known)
{
    const QString s = v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                      : v.isDouble()
                          ? (v.toDouble() != 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                          : v.toString().trimmed().toLower();
    const bool yes =
        s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("1");
    const bool no =
        s == QLatin1String("no") || s == QLatin1String("false") || s == QLatin1String("0");
    *known = yes || no;
    return yes;
}

// A percentage given as a number or a string ("12.5", "12.5%"); -1 when absent
// or unreadable, so "no data" is never read as 0 % (idle).
double rate(const QJsonValue &v)
{
    double d = -1;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        QString s = v.toString().trimmed();
        if (s.endsWith(QLatin1Char('%')))
            s.chop(1);
        bool ok = false;
        d = s.trimmed().toDouble(&ok);
        if (!ok)
            d = -1;
    }
    if (!std::isfinite(d) || d < 0)
        return -1;
    return qMin(d, 100.0);
}

// A price: a number (or a string that reads as one) from 0 to
// kMaxPlausiblePrice. Missing, unreadable, negative or absurd: not given,
// never 0 (a negative price would lower the burn, a missing one hide a part).
std::optional<double> price(const QJsonValue &v)
{
    if (!isNumber(v))
        return std::nullopt;
    const double d = number(v);
    if (!(d >= 0) || d > kMaxPlausiblePrice)
        return std::nullopt;
    return d;
}

QList<PricedResource> pricedResources(const QJsonValue &v)
{
    QList<PricedResource> list;
    const QJsonArray array = v.toArray();
    for (const auto &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        PricedResource r;
        r.chargeType = text(o.value(QStringLiteral("ChargeType")));
        r.isBoot = flag(o.value(QStringLiteral("IsBoot")));
        r.price = price(o.value(QStringLiteral("Price")));
        list.append(r);
    }
    return list;
}

QList<Disk> diskSet(const QJsonValue &v)
{
    QList<Disk> list;
    const QJsonArray array = v.toArray();
    for (const auto &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        Disk d;
        d.id = text(o.value(QStringLiteral("DiskId")));
        d.type = text(o.value(QStringLiteral("DiskType")));
        d.isBoot = flag(o.value(QStringLiteral("IsBoot")));
        d.sizeGb = qMax(0, integer(o.value(QStringLiteral("Size"))));
        list.append(d);
    }
    return list;
}

MonitorSample monitorMessages(const QJsonValue &v)
{
    MonitorSample m;
    if (!v.isObject())
        return m;
    const QJsonObject o = v.toObject();
    m.cpuRate = rate(o.value(QStringLiteral("CpuUsageRate")));
    m.memoryRate = rate(o.value(QStringLiteral("MemUsageRate")));
    const QJsonArray gpus = o.value(QStringLiteral("GpuInfo")).toArray();
    for (const auto &item : gpus) {
        if (!item.isObject())
            continue;
        const QJsonObject g = item.toObject();
        m.gpus.append({text(g.value(QStringLiteral("GPU"))),
                       rate(g.value(QStringLiteral("GpuUsageRate"))),
                       rate(g.value(QStringLiteral("MemoryUsageRate")))});
    }
    // An empty object says nothing: no data, no claim.
    m.present = m.cpuRate >= 0 || m.memoryRate >= 0 || !m.gpus.isEmpty();
    return m;
}

// A string anywhere in the record holds U+FFFD: where JsonDecoder put it
// for bytes that were not UTF-8 (only asked when it did).
bool hasRepairedText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().contains(QChar::ReplacementCharacter);
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(),
                           [](const QJsonValue &x) { return hasRepairedText(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return std::any_of(o.begin(), o.end(),
                           [](const QJsonValue &x) { return hasRepairedText(x); });
    }
    return false;
}

QString translateMalformed(const char *source)
{
    return QCoreApplication::translate("ApiError", source);
}

} // namespace

bool InstanceParser::parseRecord(const QJsonObject &r, Instance *instance)
{
    const QString id = text(r.value(QStringLiteral("UHostId"))).trimmed();
    if (id.isEmpty())
        return false;
    Instance i;
    i.id = id;
    i.name = text(r.value(QStringLiteral("Name")));
    i.zone = text(r.value(QStringLiteral("Zone")));
    i.region = text(r.value(QStringLiteral("Region")));
    if (i.region.isEmpty())
        i.region = regionFromZone(i.zone);
    i.rawState = text(r.value(QStringLiteral("State")));
    i.state = stateFromApi(i.rawState);
    i.rawChargeType = text(r.value(QStringLiteral("ChargeType")));
    i.chargeType = chargeTypeFromApi(i.rawChargeType);
    i.gpuType = text(r.value(QStringLiteral("GpuType")));
    i.gpuCount = integer(r.value(QStringLiteral("GPU")));
    i.gpuMemoryGb = number(r.value(QStringLiteral("GraphicsMemory")));
    i.cpu = integer(r.value(QStringLiteral("CPU")));
    i.memoryMb = integer64(r.value(QStringLiteral("Memory")));
    i.instancePrice = price(r.value(QStringLiteral("InstancePrice")));
    i.imageId = text(r.value(QStringLiteral("CompShareImageId")));
    i.imageName = text(r.value(QStringLiteral("CompShareImageName")));
    i.imageStatus = text(r.value(QStringLiteral("CompShareImageStatus")));
    i.imageType = text(r.value(QStringLiteral("CompShareImageType")));
    i.ips = ipSet(r.value(QStringLiteral("IPSet")));
    i.created = unixTime(r.value(QStringLiteral("CreateTime")));
    i.expires = unixTime(r.value(QStringLiteral("ExpireTime")));
    i.autoRenew = yesNo(r.value(QStringLiteral("AutoRenew")), &i.autoRenewKnown);
    i.isExpired = flag(r.value(QStringLiteral("IsExpire")));
    i.osName = text(r.value(QStringLiteral("OsName")));
    i.remark = text(r.value(QStringLiteral("Remark")));
    i.tag = text(r.value(QStringLiteral("Tag")));
    i.sshLoginCommand = text(r.value(QStringLiteral("SshLoginCommand")));
    i.supportWithoutGpuStart = flag(r.value(QStringLiteral("SupportWithoutGpuStart")));
    i.hasWithoutGpuSpec = r.value(QStringLiteral("WithoutGpuSpec")).isObject();
    i.started = unixTime(r.value(QStringLiteral("StartTime")));
    i.stopped = unixTime(r.value(QStringLiteral("StopTime")));
    i.updated = unixTime(r.value(QStringLiteral("UpdateTime")));
    i.releaseTime = unixTime(r.value(QStringLiteral("ReleaseTime")));
    // The CLI reads (and confirms its writes through) SchedulerStopTime, the
    // SDK documents StopSchedulerTime: the CLI's name wins whenever it is
    // sent, 0 (none) included; the SDK's only stands in when it is absent.
    const QString cliName = QStringLiteral("SchedulerStopTime");
    i.scheduledStop = unixTime(r.contains(cliName) ? r.value(cliName)
                                                   : r.value(QStringLiteral("StopSchedulerTime")));
    i.powerOffBilling = pricedResources(r.value(QStringLiteral("PostPayPowerOffBillingResource")));
    i.diskPrices = pricedResources(r.value(QStringLiteral("DiskPriceInfo")));
    i.imagePrice = price(r.value(QStringLiteral("CompShareImagePrice")));
    i.disks = diskSet(r.value(QStringLiteral("DiskSet")));
    i.monitor = monitorMessages(r.value(QStringLiteral("MonitorMessages")));
    // "Password" is deliberately never read.
    *instance = i;
    return true;
}

InstanceParser::Result InstanceParser::parseBody(const QJsonObject &body, int offset,
                                                 bool textRepaired)
{
    Result result;
    const QJsonValue total = body.value(QStringLiteral("TotalCount"));
    const QJsonValue set = body.value(QStringLiteral("UHostSet"));
    const auto absent = [](const QJsonValue &v) {
        return v.isUndefined() || v.isNull();
    };
    if (absent(total) && absent(set)) {
        // {"RetCode":0} alone says nothing about the account: not an empty one.
        result.error = ApiError::malformed(translateMalformed(
            QT_TRANSLATE_NOOP("ApiError", "the answer has neither TotalCount nor UHostSet")));
        return result;
    }
    result.error = ListSanity::readTotalCount(total, &result.totalCount);
    if (result.error)
        return result;
    if (absent(set)) {
        // An empty account may omit the set; one that claims instances may not.
        if (result.totalCount > 0)
            result.error = ApiError::malformed(
                translateMalformed(QT_TRANSLATE_NOOP("ApiError", "the answer has no UHostSet")));
        return result;
    }
    if (!set.isArray()) {
        result.error = ApiError::malformed(
            translateMalformed(QT_TRANSLATE_NOOP("ApiError", "UHostSet is not a list")));
        return result;
    }
    const QJsonArray records = set.toArray();
    result.instances.reserve(records.size());
    int position = offset;
    for (const auto &record : records) {
        ++position;
        Instance instance;
        if (record.isObject() && parseRecord(record.toObject(), &instance)) {
            if (textRepaired && hasRepairedText(record.toObject()))
                result.problems.append(
                    {RecordProblem::Kind::TextRepaired, position, instance.id, instance.name});
            result.instances.append(instance);
            continue;
        }
        ++result.skippedRecords;
        const QJsonObject o = record.toObject();
        result.problems.append(
            {record.isObject() ? RecordProblem::Kind::NoId : RecordProblem::Kind::NotAnObject,
             position, QString(), text(o.value(QStringLiteral("Name")))});
    }
    return result;
}

InstanceParser::Result InstanceParser::parseRaw(const QByteArray &raw)
{
    const JsonDecoder::Result decoded = JsonDecoder::decodeNow(raw);
    if (!decoded.error.isEmpty()) {
        Result r;
        r.error = ApiError::malformed(decoded.error);
        return r;
    }
    return parseBody(decoded.object, 0, decoded.textRepaired);
}

void InstanceParser::parseAsync(const QJsonObject &body, qsizetype rawSize, QObject *context,
                                std::function<void(const Result &)> done, int offset,
                                bool textRepaired)
{
    if (rawSize <= kOffThreadParseBytes) {
        done(parseBody(body, offset, textRepaired));
        return;
    }
    runInBackground<Result>(
        context, [body, offset, textRepaired] { return parseBody(body, offset, textRepaired); },
        std::move(done));
}

ZoneResult InstanceParser::parseZones(const QJsonObject &body)
{
    ZoneResult result;
    const QJsonValue info = body.value(QStringLiteral("ZoneInfo"));
    if (!info.isArray()) {
        result.error = ApiError::malformed(
            translateMalformed(QT_TRANSLATE_NOOP("ApiError", "ZoneInfo is not a list")));
        return result;
    }
    const QJsonArray array = info.toArray();
    for (const auto &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        Zone z;
        z.zone = text(o.value(QStringLiteral("Zone")));
        z.region = text(o.value(QStringLiteral("Region")));
        if (z.region.isEmpty())
            z.region = regionFromZone(z.zone);
        if (z.zone.isEmpty() && z.region.isEmpty())
            continue;
        z.zoneName = text(o.value(QStringLiteral("Describe")));
        if (z.zoneName.isEmpty())
            z.zoneName = text(o.value(QStringLiteral("ZoneName")));
        z.regionName = text(o.value(QStringLiteral("RegionName")));
        result.zones.append(z);
    }
    return result;
}

} // namespace compshare

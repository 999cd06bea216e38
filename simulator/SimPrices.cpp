// SPDX-License-Identifier: MIT
#include "simulator/SimPrices.h"

#include "simulator/SimActions.h"
#include "simulator/SimMessages.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace compshare::sim {
namespace {

using Params = QMap<QString, QString>;

// The modes answered when ChargeType is not sent: the page's enumeration,
// in its order. Year is accepted when asked for (the SDK documents it).
const QStringList kEveryMode = {QStringLiteral("Month"), QStringLiteral("Day"),
                                QStringLiteral("Dynamic"), QStringLiteral("Postpay"),
                                QStringLiteral("Spot")};

bool knownMode(const QString &mode)
{
    return kEveryMode.contains(mode) || mode == QLatin1String("Year");
}

// Hours in one period of a mode (a month is 30 days here: an assumption).
double hoursOf(const QString &mode)
{
    if (mode == QLatin1String("Year"))
        return 8760;
    if (mode == QLatin1String("Month"))
        return 720;
    if (mode == QLatin1String("Day"))
        return 24;
    return 1;
}

// Quantity buys that many periods of a prepaid mode; pay-as-you-go and spot
// are quoted per hour whatever it says.
bool isPrepaid(const QString &mode)
{
    return mode == QLatin1String("Year") || mode == QLatin1String("Month") ||
           mode == QLatin1String("Day") || mode == QLatin1String("Dynamic");
}

double cents(double yuan)
{
    return std::round(yuan * 100) / 100;
}

bool positiveInteger(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return false;
    *out = value;
    return true;
}

struct AskedDisk
{
    bool isBoot = false;
    QString type;
    qint64 sizeGb = 0;
};

QJsonObject refuse(const QString &name)
{
    return errorResponse(kPriceAction, kRetMissingParams, invalidParamMessage(name));
}

QJsonObject missing(const QString &name)
{
    return errorResponse(kPriceAction, kRetMissingParams, missingParamsMessage(name));
}

// Disks.N.IsBoot / Type / Size, in index order. An error answer, or empty.
QJsonObject readDisks(const Params &params, QList<AskedDisk> *out)
{
    static const QRegularExpression key(QStringLiteral("^Disks\\.(\\d+)\\.(IsBoot|Type|Size)$"));
    QMap<int, AskedDisk> disks;
    QMap<int, QSet<QString>> given;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QRegularExpressionMatch m = key.match(it.key());
        if (!m.hasMatch())
            continue;
        const int index = m.captured(1).toInt();
        const QString field = m.captured(2);
        AskedDisk &disk = disks[index];
        given[index].insert(field);
        if (field == QLatin1String("IsBoot")) {
            if (it.value() != QLatin1String("true") && it.value() != QLatin1String("false"))
                return refuse(it.key());
            disk.isBoot = it.value() == QLatin1String("true");
        } else if (field == QLatin1String("Type")) {
            disk.type = it.value();
        } else if (!positiveInteger(it.value(), &disk.sizeGb)) {
            return refuse(it.key());
        }
    }
    int boots = 0;
    for (auto it = disks.cbegin(); it != disks.cend(); ++it) {
        const QString prefix = QStringLiteral("Disks.%1.").arg(it.key());
        if (it->type.isEmpty())
            return missing(prefix + QLatin1String("Type"));
        if (!given.value(it.key()).contains(QStringLiteral("Size")))
            return missing(prefix + QLatin1String("Size"));
        boots += it->isBoot ? 1 : 0;
        out->append(*it);
    }
    // The SDK: exactly one of the disks is the system disk.
    if (!out->isEmpty() && boots != 1)
        return refuse(QStringLiteral("Disks"));
    return {};
}

// Volumes.N.Type / Size: checked, not priced (no part of the answer names them).
QJsonObject checkVolumes(const Params &params)
{
    static const QRegularExpression size(QStringLiteral("^Volumes\\.\\d+\\.Size$"));
    qint64 gb = 0;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (size.match(it.key()).hasMatch() && !positiveInteger(it.value(), &gb))
            return refuse(it.key());
    }
    return {};
}

} // namespace

SimPrices::SimPrices()
{
    // Per GPU: an hour for Postpay / Dynamic / Spot, one period for Day /
    // Month / Year. Made up, in the shape of the page's example (4090: 1068
    // a month).
    const auto row = [](double postpay, double dynamic, double spot, double day, double month,
                        double year) {
        return QHash<QString, double>{
            {QStringLiteral("Postpay"), postpay}, {QStringLiteral("Dynamic"), dynamic},
            {QStringLiteral("Spot"), spot},       {QStringLiteral("Day"), day},
            {QStringLiteral("Month"), month},     {QStringLiteral("Year"), year}};
    };
    m_instance.insert(QStringLiteral("4090"), row(2.18, 2.30, 1.50, 48, 1068, 11520));
    m_instance.insert(QStringLiteral("3090"), row(1.58, 1.70, 0.95, 34, 780, 8400));
    m_instance.insert(QStringLiteral("A100"), row(9.80, 10.20, 5.90, 210, 4800, 51840));
    m_instance.insert(QStringLiteral("L40S"), row(5.80, 6.00, 3.50, 125, 2800, 30240));
    m_instance.insert(QStringLiteral("H20"), row(3.70, 3.90, 2.20, 80, 1800, 19440));
    m_disks.insert(QStringLiteral("CLOUD_SSD"), 0.0003);
    m_disks.insert(QStringLiteral("CLOUD_RSSD"), 0.0005);
    m_disks.insert(QStringLiteral("CLOUD_NORMAL"), 0.0001);
}

void SimPrices::setInstancePrice(const QString &gpuType, const QString &chargeType, double perGpu)
{
    m_instance[gpuType].insert(chargeType, perGpu);
}

void SimPrices::setImagePrice(const QString &imageId, double perGpuPerHour)
{
    m_images.insert(imageId, perGpuPerHour);
}

void SimPrices::setDiskPrice(const QString &diskType, double perGbPerHour)
{
    m_disks.insert(diskType, perGbPerHour);
}

void SimPrices::setDiscount(double factor, int discountType)
{
    m_discount = factor;
    m_discountType = discountType;
}

bool SimPrices::fromJson(const QJsonObject &json, SimPrices *out, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = QStringLiteral("prices: ") + text;
        return false;
    };
    SimPrices prices;
    const QJsonObject instance = json.value(QStringLiteral("instance")).toObject();
    for (auto gpu = instance.constBegin(); gpu != instance.constEnd(); ++gpu) {
        const QJsonObject modes = gpu.value().toObject();
        for (auto mode = modes.constBegin(); mode != modes.constEnd(); ++mode) {
            if (!knownMode(mode.key()) || !mode.value().isDouble())
                return fail(QStringLiteral("instance.%1.%2: a charge type with a number")
                                .arg(gpu.key(), mode.key()));
            prices.setInstancePrice(gpu.key(), mode.key(), mode.value().toDouble());
        }
    }
    for (const QString &part : {QStringLiteral("images"), QStringLiteral("disks")}) {
        const QJsonObject table = json.value(part).toObject();
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            if (!it.value().isDouble())
                return fail(QStringLiteral("%1.%2: must be a number").arg(part, it.key()));
            if (part == QLatin1String("images"))
                prices.setImagePrice(it.key(), it.value().toDouble());
            else
                prices.setDiskPrice(it.key(), it.value().toDouble());
        }
    }
    prices.setDiscount(json.value(QStringLiteral("discount")).toDouble(1.0),
                       json.value(QStringLiteral("discountType")).toInt(0));
    if (prices.m_discount <= 0)
        return fail(QStringLiteral("discount: must be above 0"));
    const QJsonObject refusal = json.value(QStringLiteral("refusal")).toObject();
    prices.m_refusal.retCode = refusal.value(QStringLiteral("retCode")).toInt(0);
    prices.m_refusal.message = refusal.value(QStringLiteral("message")).toString();
    prices.m_refusal.httpStatus = refusal.value(QStringLiteral("httpStatus")).toInt(0);
    if (prices.m_refusal.httpStatus != 0 &&
        (prices.m_refusal.httpStatus < 400 || prices.m_refusal.httpStatus > 599))
        return fail(QStringLiteral("refusal.httpStatus: must be 400-599"));
    *out = prices;
    return true;
}

QJsonObject SimPrices::answer(const Params &params, const SimInstanceStore &store) const
{
    if (m_refusal.retCode != 0)
        return errorResponse(kPriceAction, m_refusal.retCode,
                             m_refusal.message.isEmpty() ? documentedMessage(m_refusal.retCode)
                                                         : m_refusal.message);
    for (const QString &name :
         {QStringLiteral("Region"), QStringLiteral("Zone"), QStringLiteral("GpuType"),
          QStringLiteral("Gpu"), QStringLiteral("Cpu"), QStringLiteral("Memory")}) {
        if (params.value(name).isEmpty())
            return missing(name);
    }
    qint64 gpu = 0;
    qint64 number = 0;
    if (!positiveInteger(params.value(QStringLiteral("Gpu")), &gpu))
        return refuse(QStringLiteral("Gpu"));
    for (const QString &name : {QStringLiteral("Cpu"), QStringLiteral("Memory")}) {
        if (!positiveInteger(params.value(name), &number))
            return refuse(name);
    }
    const QString region = params.value(QStringLiteral("Region"));
    const QString zone = params.value(QStringLiteral("Zone"));
    bool zoneKnown = false;
    for (const ZoneInfo &info : store.zones())
        zoneKnown = zoneKnown || (info.zone == zone && info.region == region);
    if (!zoneKnown)
        return refuse(QStringLiteral("Zone"));
    const QString asked = params.value(QStringLiteral("ChargeType"));
    if (!asked.isEmpty() && !knownMode(asked))
        return refuse(QStringLiteral("ChargeType"));
    qint64 quantity = 1;
    if (params.contains(QStringLiteral("Quantity")) &&
        !positiveInteger(params.value(QStringLiteral("Quantity")), &quantity))
        return refuse(QStringLiteral("Quantity"));
    QList<AskedDisk> disks;
    QJsonObject refused = readDisks(params, &disks);
    if (refused.isEmpty())
        refused = checkVolumes(params);
    if (!refused.isEmpty())
        return refused;
    for (qsizetype i = 0; i < disks.size(); ++i) {
        if (!m_disks.contains(disks.at(i).type))
            return refuse(QStringLiteral("Disks.%1.Type").arg(i));
    }
    const auto rates = m_instance.constFind(params.value(QStringLiteral("GpuType")));
    if (rates == m_instance.constEnd())
        return refuse(QStringLiteral("GpuType"));

    // The image: the table's price, else the listing's CompShareImagePrice
    // shared out over the GPUs of the first instance that has that image.
    const QString imageId = params.value(QStringLiteral("CompShareImageId"));
    double imagePerGpu = -1;
    if (!imageId.isEmpty()) {
        const QJsonObject listed = store.storedWith(QStringLiteral("CompShareImageId"), imageId);
        if (m_images.contains(imageId))
            imagePerGpu = m_images.value(imageId);
        else if (!listed.isEmpty())
            imagePerGpu = listed.value(QStringLiteral("CompShareImagePrice")).toDouble() /
                          qMax(1, listed.value(QStringLiteral("GPU")).toInt(1));
        else
            return refuse(QStringLiteral("CompShareImageId"));
    }

    QJsonArray original;
    QJsonArray discounted;
    for (const QString &mode : asked.isEmpty() ? kEveryMode : QStringList{asked}) {
        if (!rates->contains(mode))
            continue; // a GPU type a test priced for some modes only
        const double periods = isPrepaid(mode) ? double(quantity) : 1.0;
        const double hours = hoursOf(mode) * periods;
        const double compute = rates->value(mode) * double(gpu) * periods;
        double system = -1;
        double data = -1;
        for (const AskedDisk &disk : std::as_const(disks)) {
            double &part = disk.isBoot ? system : data;
            part = qMax(0.0, part) + m_disks.value(disk.type) * double(disk.sizeGb) * hours;
        }
        const auto detail = [&](double factor) {
            QJsonObject d{{QStringLiteral("ChargeType"), mode},
                          {QStringLiteral("Instance"), cents(compute * factor)}};
            // A part that was not asked about is left out (the page's example
            // has no Disks and no CompShareImage).
            if (system >= 0)
                d.insert(QStringLiteral("SystemDisks"), cents(system * factor));
            if (data >= 0)
                d.insert(QStringLiteral("Disks"), cents(data * factor));
            if (imagePerGpu >= 0)
                d.insert(QStringLiteral("CompShareImage"),
                         std::round(imagePerGpu * factor * 10000) / 10000);
            if (m_discountType != 0)
                d.insert(QStringLiteral("InstanceDiscountType"), m_discountType);
            return d;
        };
        original.append(detail(1.0));
        discounted.append(detail(m_discount));
    }
    QJsonObject response{{QStringLiteral("Action"), kPriceAction + QLatin1String("Response")},
                         {QStringLiteral("RetCode"), 0}};
    response.insert(QStringLiteral("PriceDetails"), discounted);
    response.insert(QStringLiteral("OriginalPriceDetails"), original);
    response.insert(QStringLiteral("ListPriceDetails"), original);
    return response;
}

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
// CompShareClient: GetCompShareInstancePrice (a read: the transport may retry
// it). Its answer is read by PriceQuote::fromJson, part by part.
#include "wire/ApiTransport.h"
#include "wire/CompShareClient.h"

#include <QJsonArray>
#include <QPointer>

namespace compshare {
namespace {

RequestParams paramsOf(const PriceRequest &request)
{
    RequestParams params;
    params.set(QStringLiteral("Region"), request.region);
    params.set(QStringLiteral("Zone"), request.zone);
    params.set(QStringLiteral("GpuType"), request.gpuType);
    params.set(QStringLiteral("Gpu"), request.gpuCount);
    params.set(QStringLiteral("Cpu"), request.cpu);
    params.set(QStringLiteral("Memory"), request.memoryMb);
    if (request.chargeType != ChargeType::Unknown)
        params.set(QStringLiteral("ChargeType"), chargeTypeToApi(request.chargeType));
    for (qsizetype i = 0; i < request.disks.size(); ++i) {
        const PriceDisk &disk = request.disks.at(i);
        const QString prefix = QStringLiteral("Disks.%1.").arg(i);
        params.set(prefix + QLatin1String("IsBoot"), disk.isBoot);
        params.set(prefix + QLatin1String("Type"), disk.type);
        params.set(prefix + QLatin1String("Size"), disk.sizeGb);
    }
    if (!request.imageId.isEmpty())
        params.set(QStringLiteral("CompShareImageId"), request.imageId);
    return params;
}

// The page and the official CLI read "PriceDetails"; the SDK's schema loads
// "PriceDetail". Either is taken; anything but a list of objects gives nothing.
QList<PriceQuote> readList(const QJsonObject &body, const QString &name)
{
    QJsonValue value = body.value(name + QLatin1Char('s'));
    if (!value.isArray())
        value = body.value(name);
    QList<PriceQuote> quotes;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject())
            quotes.append(PriceQuote::fromJson(item.toObject()));
    }
    return quotes;
}

PriceAnswer parse(const ApiResponse &response)
{
    PriceAnswer answer;
    answer.error = response.error;
    answer.requestId = response.requestId;
    if (response.error.isError())
        return answer;
    answer.details = readList(response.body, QStringLiteral("PriceDetail"));
    answer.original = readList(response.body, QStringLiteral("OriginalPriceDetail"));
    answer.list = readList(response.body, QStringLiteral("ListPriceDetail"));
    return answer;
}

} // namespace

void CompShareClient::instancePrice(const PriceRequest &request, QObject *context,
                                    std::function<void(const PriceAnswer &)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_transport->call(QStringLiteral("GetCompShareInstancePrice"), paramsOf(request), this,
                      [guard, hasContext, done = std::move(done)](const ApiResponse &response) {
                          if (!hasContext || guard)
                              done(parse(response));
                      });
}

} // namespace compshare

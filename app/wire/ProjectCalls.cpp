// SPDX-License-Identifier: MIT
// CompShareClient: GetProjectList and the stop-scheduler actions.
#include "wire/ApiTransport.h"
#include "wire/CompShareClient.h"

#include <QJsonArray>
#include <QPointer>

namespace compshare {
namespace {

QString regionOf(const InstanceRef &ref)
{
    return ref.region.isEmpty() ? regionFromZone(ref.zone) : ref.region;
}

bool isTrue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().toLower();
    return s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1");
}

} // namespace

void CompShareClient::listProjects(QObject *context,
                                   std::function<void(const ProjectListResult &)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_transport->call(QStringLiteral("GetProjectList"), RequestParams(), this,
                      [guard, hasContext, done = std::move(done)](const ApiResponse &response) {
                          if (hasContext && !guard)
                              return;
                          ProjectListResult result;
                          result.error = response.error;
                          const QJsonArray set =
                              response.body.value(QStringLiteral("ProjectSet")).toArray();
                          for (const QJsonValue &item : set) {
                              const QJsonObject o = item.toObject();
                              Project p;
                              p.id = o.value(QStringLiteral("ProjectId")).toString();
                              p.name = o.value(QStringLiteral("ProjectName")).toString();
                              p.isDefault = isTrue(o.value(QStringLiteral("IsDefault")));
                              if (!p.id.isEmpty())
                                  result.projects.append(p);
                          }
                          done(result);
                      });
}

void CompShareClient::updateStopScheduler(const InstanceRef &ref, qint64 stopTimeSecs,
                                          QObject *context,
                                          std::function<void(const ApiError &)> done)
{
    RequestParams params;
    params.set(QStringLiteral("Region"), regionOf(ref));
    params.set(QStringLiteral("Zone"), ref.zone);
    params.set(QStringLiteral("UHostId"), ref.id);
    params.set(QStringLiteral("SchedulerStopTime"), stopTimeSecs);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_transport->call(QStringLiteral("UpdateCompShareStopScheduler"), params, this,
                      [guard, hasContext, done = std::move(done)](const ApiResponse &response) {
                          if (!hasContext || guard)
                              done(response.error);
                      });
}

void CompShareClient::deleteStopScheduler(const InstanceRef &ref, QObject *context,
                                          std::function<void(const ApiError &)> done)
{
    RequestParams params;
    params.set(QStringLiteral("Region"), regionOf(ref));
    params.set(QStringLiteral("UHostId"), ref.id);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_transport->call(QStringLiteral("DeleteCompShareStopScheduler"), params, this,
                      [guard, hasContext, done = std::move(done)](const ApiResponse &response) {
                          if (!hasContext || guard)
                              done(response.error);
                      });
}

} // namespace compshare

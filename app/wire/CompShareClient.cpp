// SPDX-License-Identifier: MIT
#include "wire/CompShareClient.h"

#include "wire/ApiTransport.h"
#include "wire/InstanceLister.h"
#include "wire/InstanceParser.h"
#include "wire/MutationRecovery.h"

#include <QMap>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace compshare {

namespace {

constexpr int kMaxIdsPerRequest = 100;

RequestParams instanceParams(const InstanceRef &ref)
{
    RequestParams params;
    params.set(QStringLiteral("Region"),
               ref.region.isEmpty() ? regionFromZone(ref.zone) : ref.region);
    params.set(QStringLiteral("Zone"), ref.zone);
    params.set(QStringLiteral("UHostId"), ref.id);
    return params;
}

// Collects the answers of the per-region requests of one describeInstances.
struct DescribeBatch
{
    int pending = 0;
    bool finished = false;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const ListResult &)> done;
    ListResult result;

    void deliver()
    {
        finished = true;
        if (result.error)
            result.instances.clear();
        result.totalCount = int(result.instances.size());
        if (!hasContext || context)
            done(result);
    }
};

} // namespace

CompShareClient::CompShareClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

CompShareClient::~CompShareClient() = default;

void CompShareClient::setMaxPagesInFlight(int n)
{
    m_maxPagesInFlight = qMax(1, n);
}

void CompShareClient::listAllInstances(QObject *context,
                                       std::function<void(const ListResult &)> done)
{
    QPointer<CompShareClient> self(this);
    auto remember = [self, done = std::move(done)](const ListResult &result) {
        if (self && !result.error.isError())
            self->m_lastTotalCount = result.totalCount;
        done(result);
    };
    auto *lister =
        new InstanceLister(m_transport, m_maxPagesInFlight, context, std::move(remember), this);
    lister->setExpectedTotal(m_lastTotalCount);
    lister->start();
}

void CompShareClient::describeInstances(const QList<InstanceRef> &refs, QObject *context,
                                        std::function<void(const ListResult &)> done)
{
    auto batch = std::make_shared<DescribeBatch>();
    batch->context = context;
    batch->hasContext = context != nullptr;
    batch->done = std::move(done);

    // One request per region, each with at most 100 UHostIds.N.
    QMap<QString, QStringList> idsByRegion;
    for (const InstanceRef &ref : refs) {
        const QString region = ref.region.isEmpty() ? regionFromZone(ref.zone) : ref.region;
        QStringList &ids = idsByRegion[region];
        if (!ids.contains(ref.id))
            ids.append(ref.id);
    }
    QList<RequestParams> requests;
    for (auto it = idsByRegion.cbegin(); it != idsByRegion.cend(); ++it) {
        for (qsizetype first = 0; first < it.value().size(); first += kMaxIdsPerRequest) {
            const QStringList chunk = it.value().mid(first, kMaxIdsPerRequest);
            RequestParams params;
            if (!it.key().isEmpty())
                params.set(QStringLiteral("Region"), it.key());
            params.setArray(QStringLiteral("UHostIds"), chunk);
            params.set(QStringLiteral("Limit"), int(chunk.size()));
            params.set(QStringLiteral("Offset"), 0);
            requests.append(params);
        }
    }
    if (requests.isEmpty()) {
        QTimer::singleShot(0, this, [batch] { batch->deliver(); });
        return;
    }
    batch->pending = int(requests.size());
    for (const RequestParams &params : std::as_const(requests)) {
        m_transport->call(QStringLiteral("DescribeCompShareInstance"), params, this,
                          [this, batch](const ApiResponse &response) {
                              batch->result.requests += response.attempts;
                              batch->result.bytes += response.bytes;
                              if (batch->finished)
                                  return;
                              if (response.error) {
                                  batch->result.error = response.error;
                                  batch->deliver();
                                  return;
                              }
                              InstanceParser::parseAsync(
                                  response.body, response.raw.size(), this,
                                  [batch](const InstanceParser::Result &parsed) {
                                      if (batch->finished)
                                          return;
                                      if (parsed.error) {
                                          batch->result.error = parsed.error;
                                          batch->deliver();
                                          return;
                                      }
                                      batch->result.instances.append(parsed.instances);
                                      batch->result.skippedRecords += parsed.skippedRecords;
                                      batch->result.problems.append(parsed.problems);
                                      if (--batch->pending == 0)
                                          batch->deliver();
                                  },
                                  0, response.textRepaired);
                          });
    }
}

void CompShareClient::stopInstance(const InstanceRef &ref, ForceStop force, QObject *context,
                                   std::function<void(const MutationResult &)> done)
{
    RequestParams params = instanceParams(ref);
    // Force only from the confirmed force-stop path; otherwise no Force at all.
    if (force == ForceStop::UserConfirmed)
        params.set(QStringLiteral("Force"), true);
    auto *op = new MutationRecovery(this, MutationRecovery::Kind::Stop, ref, params, context,
                                    std::move(done));
    op->start();
}

void CompShareClient::startInstance(const InstanceRef &ref, bool withoutGpu,
                                    const QString &withoutGpuSpec, QObject *context,
                                    std::function<void(const MutationResult &)> done)
{
    RequestParams params = instanceParams(ref);
    // Both: the documented parameter, and the one the CLI sends, so a gateway
    // that honours only one still boots without GPU. The listing is checked
    // afterwards (OperationTracker: GpuStillAttached).
    if (withoutGpu)
        params.set(QStringLiteral("WithoutGpu"), true);
    if (withoutGpu && !withoutGpuSpec.isEmpty())
        params.set(QStringLiteral("WithoutGpuSpec"), withoutGpuSpec);
    auto *op = new MutationRecovery(this, MutationRecovery::Kind::Start, ref, params, context,
                                    std::move(done));
    op->start();
}

void CompShareClient::rebootInstance(const InstanceRef &ref, QObject *context,
                                     std::function<void(const MutationResult &)> done)
{
    auto *op = new MutationRecovery(this, MutationRecovery::Kind::Reboot, ref, instanceParams(ref),
                                    context, std::move(done));
    op->start();
}

void CompShareClient::terminateInstance(const InstanceRef &ref, bool releaseDataDisks,
                                        QObject *context,
                                        std::function<void(const MutationResult &)> done)
{
    RequestParams params = instanceParams(ref);
    params.set(QStringLiteral("ReleaseUDisk"), releaseDataDisks);
    auto *op = new MutationRecovery(this, MutationRecovery::Kind::Terminate, ref, params, context,
                                    std::move(done));
    op->start();
}

void CompShareClient::renameInstance(const InstanceRef &ref, const QString &name, QObject *context,
                                     std::function<void(const RenameResult &)> done)
{
    RequestParams params = instanceParams(ref);
    params.set(QStringLiteral("Name"), name);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // A mutation: ApiTransport sends it once and never retries it.
    m_transport->call(QStringLiteral("ModifyCompShareInstanceName"), params, this,
                      [guard, hasContext, done = std::move(done)](const ApiResponse &response) {
                          if (hasContext && !guard)
                              return;
                          RenameResult result;
                          result.error = response.error;
                          result.requestId = response.requestId;
                          done(result);
                      });
}

void CompShareClient::describeSupportZones(const QString &region, QObject *context,
                                           std::function<void(const ZoneResult &)> done)
{
    RequestParams params;
    if (!region.isEmpty())
        params.set(QStringLiteral("Region"), region);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_transport->call(QStringLiteral("DescribeCompShareSupportZone"), params, this,
                      [guard, hasContext, done = std::move(done)](const ApiResponse &response) {
                          if (hasContext && !guard)
                              return;
                          ZoneResult result;
                          if (response.error)
                              result.error = response.error;
                          else
                              result = InstanceParser::parseZones(response.body);
                          done(result);
                      });
}

} // namespace compshare

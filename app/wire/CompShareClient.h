// SPDX-License-Identifier: MIT
// Typed CompShare operations on top of ApiTransport. Every call is
// asynchronous: the callback runs later on the thread that made the call,
// and only if `context` is still alive (Qt's usual rule for functors).
#pragma once

#include "domain/ApiError.h"
#include "domain/Instance.h"
#include "domain/PriceQuote.h"
#include "domain/RecordProblem.h"
#include "domain/StopDecision.h"

#include <QObject>
#include <functional>

namespace compshare {

class ApiTransport;

struct Credentials
{
    QString publicKey;
    QString privateKey; // held in memory only; handed to the signer
    bool isValid() const { return !publicKey.isEmpty() && !privateKey.isEmpty(); }
};

struct ListResult
{
    QList<Instance> instances; // complete, de-duplicated by id
    int skippedRecords = 0;    // malformed records skipped while parsing
    // Each record dropped (skippedRecords of them) or kept with repaired text.
    QList<RecordProblem> problems;
    int totalCount = 0; // TotalCount reported by the API
    int requests = 0;   // HTTP requests this operation sent (retries included)
    qint64 bytes = 0;   // response bytes received
    ApiError error;     // set when the list is not complete; then instances is empty
    QString requestId;  // of the answer that announced totalCount (a full listing)
    // Announced by TotalCount but never delivered, once every page was read
    // (ListSanity): the list is shown with a warning naming both numbers.
    int undelivered() const { return qMax(0, totalCount - int(instances.size()) - skippedRecords); }
};

struct Zone
{
    QString region;
    QString zone;
    QString regionName; // display name from the API
    QString zoneName;
};

struct ZoneResult
{
    QList<Zone> zones;
    ApiError error;
};

struct MutationResult
{
    enum class Outcome
    {
        // Each is what ApiError::certainty() makes of the answer.
        Accepted,   // Applied: RetCode 0
        Rejected,   // NotApplied: a refusal (see error), or it never left this computer
        Rereading,  // Unknown: the answer does not say; the instance is being re-read.
                    // Delivered first; AnswerLost follows with the re-read.
        AnswerLost, // Unknown, re-read: `reread` when the re-read worked; whether it took
                    // effect is OperationTracker's call, from the listing
    };
    Outcome outcome = Outcome::AnswerLost;
    InstanceRef instance;
    ApiError error; // the error of the mutation call, if any
    bool haveReread = false;
    Instance reread; // the instance as re-read after a transport failure
    // The re-read after a lost answer worked and did not list the instance
    // (a release that took effect).
    bool rereadAbsent = false;
    QString inRecycle; // TerminateCompShareInstance's InRecycle ("Yes" / "No"), as sent
    QString requestId; // X-UCLOUD-REQUEST-UUID of the mutation's own answer, when one came
};

// ModifyCompShareInstanceName's answer.
struct RenameResult
{
    ApiError error;    // outcomeUnknown(): re-read to know whether the name changed
    QString requestId; // X-UCLOUD-REQUEST-UUID of the answer, when one came
};

struct Project
{
    QString id; // ProjectId
    QString name;
    bool isDefault = false;
    bool operator==(const Project &o) const
    {
        return id == o.id && name == o.name && isDefault == o.isDefault;
    }
};

struct ProjectListResult
{
    QList<Project> projects;
    ApiError error;
};

// GetCompShareInstanceMonitor: one metric of one resource, as answered
// (Data.List[].Metrics[].Results[]). `resource` is the GPU's bus id for the
// GPU metrics (TagMap gpu_bus_id), else the ResourceId.
struct MonitorSeries
{
    QString metricKey; // e.g. cloudwatch_gpu_util, cloudwatch_gpu_memory_usage
    QString resource;
    QList<QPair<qint64, double>> values; // (unix seconds, value)
};

struct MonitorResult
{
    QString instanceId;
    QList<MonitorSeries> series;
    ApiError error;
};

class CompShareClient final : public QObject
{
    Q_OBJECT

public:
    explicit CompShareClient(ApiTransport *transport, QObject *parent = nullptr);
    ~CompShareClient() override;

    ApiTransport *transport() const { return m_transport; }

    // Concurrent pages after the first (default 8).
    void setMaxPagesInFlight(int n);
    int maxPagesInFlight() const { return m_maxPagesInFlight; }
    // The account's size as far as known (set by every complete listing):
    // the next listing asks for that many first pages at once.
    void setListSizeHint(int totalCount) { m_lastTotalCount = qMax(0, totalCount); }
    int listSizeHint() const { return m_lastTotalCount; }

    // Every instance in every region: DescribeCompShareInstance without Region,
    // Limit=100, remaining pages fetched concurrently.
    void listAllInstances(QObject *context, std::function<void(const ListResult &)> done);
    // The given instances, one request per region (<= 100 ids each), for polling.
    void describeInstances(const QList<InstanceRef> &refs, QObject *context,
                           std::function<void(const ListResult &)> done);
    void stopInstance(const InstanceRef &ref, ForceStop force, QObject *context,
                      std::function<void(const MutationResult &)> done);
    // withoutGpu sends the API page's WithoutGpu=true, and the CLI's
    // WithoutGpuSpec when withoutGpuSpec is not empty.
    void startInstance(const InstanceRef &ref, bool withoutGpu, const QString &withoutGpuSpec,
                       QObject *context, std::function<void(const MutationResult &)> done);
    // The GPU-less spec the console asks for. The official CLI (v0.3.6) sends
    // WithoutGpuSpec "A" or "B" as its user chose, with no default, and no
    // page says what tells them apart; the listing describes one GPU-less
    // shape (WithoutGpuSpec {Cpu, Gpu, Memory}), so the first spec is asked for.
    static QString defaultWithoutGpuSpec() { return QStringLiteral("A"); }
    void rebootInstance(const InstanceRef &ref, QObject *context,
                        std::function<void(const MutationResult &)> done);
    // TerminateCompShareInstance: ReleaseUDisk is always sent (true deletes
    // the data disks as well), as the official CLI does.
    void terminateInstance(const InstanceRef &ref, bool releaseDataDisks, QObject *context,
                           std::function<void(const MutationResult &)> done);
    // ModifyCompShareInstanceName, sent once (the caller validates the name
    // first, InstanceName::check, and re-reads after).
    void renameInstance(const InstanceRef &ref, const QString &name, QObject *context,
                        std::function<void(const RenameResult &)> done);
    void describeSupportZones(const QString &region, QObject *context,
                              std::function<void(const ZoneResult &)> done);

    // GetCompShareInstanceMonitor for one instance over [start, end]
    // (MonitorCalls.cpp). Its page allows a time range for a single instance
    // only, and at most 10 queries at once (the caller keeps to that).
    void instanceMonitor(const InstanceRef &ref, const QDateTime &start, const QDateTime &end,
                         QObject *context, std::function<void(const MonitorResult &)> done);

    // GetCompShareInstancePrice for one configuration (PriceCalls.cpp): the
    // answer's parts, each optional (PriceQuote). A read: retried like one.
    void instancePrice(const PriceRequest &request, QObject *context,
                       std::function<void(const PriceAnswer &)> done);

    // GetProjectList (ProjectCalls.cpp).
    void listProjects(QObject *context, std::function<void(const ProjectListResult &)> done);
    // The stop scheduler (ProjectCalls.cpp). Mutations: sent exactly once;
    // `done` gets the gateway's answer (an error whose outcomeUnknown() may
    // still have taken effect: re-read to know). ProjectId comes from the
    // transport (setProjectId).
    void updateStopScheduler(const InstanceRef &ref, qint64 stopTimeSecs, QObject *context,
                             std::function<void(const ApiError &)> done);
    void deleteStopScheduler(const InstanceRef &ref, QObject *context,
                             std::function<void(const ApiError &)> done);

private:
    ApiTransport *m_transport;
    int m_maxPagesInFlight = 8;
    int m_lastTotalCount = 0; // of the last complete listing: a hint for the next one
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::ListResult)
Q_DECLARE_METATYPE(compshare::MutationResult)

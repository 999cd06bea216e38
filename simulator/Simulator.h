// SPDX-License-Identifier: MIT
// A faithful local double of the CompShare API gateway on Qt HttpServer:
// signature-checking, stateful, with an injectable clock, fault injection
// and a request journal. Used in-process by tests and by `--demo`, and
// out-of-process by the compshare-sim executable.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <memory>

namespace compshare::sim {

// One journal entry per request that reached the simulator.
struct JournalEntry
{
    qint64 atMs = 0;               // simulator clock
    QString method;                // "POST", "GET"
    QString action;                // Action parameter (empty if missing)
    QMap<QString, QString> params; // every parameter except Signature
    QString verdict;               // "ok", "retcode:171", "fault:http503", "fault:hang", ...
    int retCode = 0;
    int delayMs = 0;   // latency added by a fault before the answer
    QString requestId; // sent back in the X-UCLOUD-REQUEST-UUID header
    QString instanceId() const { return params.value(QStringLiteral("UHostId")); }
};

// Time the simulator runs on. Real by default; tests switch it to manual and
// advance it, so a 10-minute lock expires without waiting.
class SimClock
{
public:
    qint64 nowMs() const;
    void setManual(bool manual); // manual starts at the current real time
    bool isManual() const { return m_manual; }
    void advance(qint64 ms); // only in manual mode

private:
    bool m_manual = false;
    qint64 m_manualNowMs = 0;
};

// Fault switches, global (action empty) or per action.
struct FaultRule
{
    QString action;    // empty: every action
    double rate = 1.0; // probability per request, 0..1
    enum class Type
    {
        Latency,       // delay the answer by latencyMs (+ random up to latencyJitterMs)
        HttpStatus,    // answer httpStatus (500/502/503/429)
        Hang,          // never answer (the client times out)
        CloseMidBody,  // send headers and part of the body, then close
        MalformedJson, // answer 200 with a broken JSON body
        RetCode,       // answer RetCode retCode with message
        DropAnswer,    // apply the request, then close the connection without any answer
    } type = Type::HttpStatus;
    int httpStatus = 503;
    int latencyMs = 0;
    int latencyJitterMs = 0;
    int retCode = 0;
    QString message;
    int remaining = -1; // how many more times it may fire; -1 = unlimited
    // HttpStatus / RetCode only: apply the request first, then answer with
    // the error (a gateway that timed out after the backend acted; a
    // "service error" after the change was made). CLI types "http-applied",
    // "retcode-applied"; JSON "applied": true.
    bool applied = false;
};

// GetCompShareInstancePrice's refusal mode: every call answers this RetCode
// (with message, or the documented text) or, when httpStatus is set, that
// HTTP status. Neither set: prices are answered.
struct PriceRefusal
{
    int retCode = 0;
    QString message;
    int httpStatus = 0;
    bool isSet() const { return retCode != 0 || httpStatus != 0; }
};

class Simulator final : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on loopback. port 0 picks a free port.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT/

    // Scenario JSON (see docs/SIMULATOR.md). Replaces accounts, instances,
    // regions, delays and faults. Returns false and sets *error on bad input.
    bool loadScenario(const QJsonObject &scenario, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);
    // The built-in demo scenario (about 15 instances in cn-wlcb, cn-sh2, hk).
    static QJsonObject demoScenario();
    // The built-in price-shapes scenario (":/sim/prices.json"): every shape of
    // price a listing can take, for tests and `--scenario :/sim/prices.json`.
    static QJsonObject pricesScenario();
    // N generated instances spread over the given regions (deterministic per seed).
    static QJsonObject generatedScenario(int count, const QStringList &regions, quint32 seed);

    void addAccount(const QString &publicKey, const QString &privateKey);
    static QString demoPublicKey();
    static QString demoPrivateKey();

    SimClock &clock();
    void setSeed(quint32 seed);

    // Delays of the state machines (ms of simulator clock).
    void setTransitionDelayMs(qint64 ms); // Stopping->Stopped, Starting->Running, ...
    void setOperationLockMs(qint64 ms);   // per-instance lock, default 10 minutes
    // Eventual consistency: accepted operations keep listing the old state
    // for this long (default 0), then the transitional one, then the final.
    void setAcceptLagMs(qint64 ms);
    qint64 acceptLagMs() const;
    // Instance records carry `Region` by default; true strips it.
    void setStripRegion(bool strip);
    // At most `rows` records a page, whatever Limit asks (a gateway's own cap).
    void setMaxPageSize(int rows);
    // A gateway that accepts a GPU-less start and boots the GPUs anyway.
    void setIgnoreWithoutGpu(bool ignore);
    // Busy GPUs' use moves with the clock (listings and the monitor action).
    void setGpuUseVaries(bool varies);
    // GetCompShareInstanceMonitor answers this RetCode (210 or 230, as the
    // official CLI saw production do); 0 (the default) answers with data.
    void setMonitorRefusal(int retCode);
    // GetCompShareInstancePrice (SimPrices.h; scenario key "prices"): the
    // refusal mode, and the table the answers come from, so a test can make
    // the price action disagree with the listing. Instance prices are per GPU
    // and per period of the charge type (an hour for Dynamic, Postpay, Spot);
    // images per GPU per hour; disks per GB per hour.
    void setPriceRefusal(const PriceRefusal &refusal);
    void setInstancePrice(const QString &gpuType, const QString &chargeType, double perGpu);
    void setImagePrice(const QString &imageId, double perGpuPerHour);
    void setDiskPrice(const QString &diskType, double perGbPerHour);
    // PriceDetails = the original price x factor; discountType (1 night, 2
    // holiday) is sent as InstanceDiscountType, 0: not sent.
    void setPriceDiscount(double factor, int discountType = 0);
    // Send RetCode as a JSON string ("0"), which the official SDK accepts too.
    void setRetCodeAsString(bool asString);
    qint64 transitionDelayMs() const;
    qint64 operationLockMs() const;

    // A fixed answer: every signed request of `action` that would succeed is
    // answered with exactly these bytes (HTTP 200, JSON), e.g. the example
    // printed on the API's page. Empty removes it. Scenario key "fixedAnswers".
    void setFixedAnswer(const QString &action, const QByteArray &body);

    // Faults.
    void addFault(const FaultRule &rule);
    // "ACTION:TYPE:RATE[:ARG]", as compshare-sim's --fault takes it.
    bool addFault(const QString &spec, QString *error = nullptr);
    void clearFaults();

    // Instances (the simulator's truth).
    QList<QJsonObject> instances() const; // as DescribeCompShareInstance would return them
    QJsonObject instance(const QString &id) const;
    QString instanceState(const QString &id) const;
    bool setInstanceField(const QString &id, const QString &field, const QJsonValue &value);
    bool removeInstance(const QString &id);
    void addInstance(const QJsonObject &instance); // missing fields get defaults
    int instanceCount() const;
    QStringList regions() const; // of the scenario's zones, in order
    // The platform reclaims a spot instance: Running -> Stopped on its own.
    bool reclaimSpot(const QString &id);
    // TerminateCompShareInstance: InRecycle "Yes" (default) or "No".
    void setReleaseToRecycleBin(bool yes);
    // Instances released so far, each with its ReleaseUDisk.
    QHash<QString, bool> releasedInstances() const;

    // Projects (GetProjectList) and the sub-account mode, in which every
    // instance call without ProjectId is refused (docs/SIMULATOR.md).
    // Each entry: {"ProjectId", "ProjectName", "IsDefault"}; empty: the default one.
    void setProjects(const QList<QJsonObject> &projects);
    QList<QJsonObject> projects() const;
    void setSubAccountMode(bool on);
    bool isSubAccountMode() const;

    // Journal.
    // The most entries kept (oldest dropped first); 100,000 unless set.
    void setJournalLimit(qsizetype entries);
    QList<JournalEntry> journal() const;
    QList<JournalEntry> journal(const QString &action) const;
    // Requests of this action (for this instance, when given) that reached the simulator.
    int requestCount(const QString &action, const QString &instanceId = {}) const;
    void clearJournal();

signals:
    void requestHandled(const compshare::sim::JournalEntry &entry);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
#include "simulator/Simulator.h"

#include "simulator/SimActions.h"
#include "simulator/SimFaults.h"
#include "simulator/SimHttpServer.h"
#include "simulator/SimInstanceDefaults.h"
#include "simulator/SimInstanceStore.h"
#include "simulator/SimMessages.h"
#include "simulator/SimPrices.h"
#include "simulator/SimProjects.h"
#include "simulator/SimRequestParser.h"
#include "simulator/SimScenario.h"
#include "simulator/SimSignature.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace compshare::sim {
namespace {
constexpr qsizetype kJournalLimit = 100000;
} // namespace

struct Simulator::Private
{
    SimClock clock;
    SimInstanceStore store;
    SimFaults faults;
    SimProjects projects;
    SimPrices prices;
    QHash<QString, QString> accounts;
    QList<JournalEntry> journal;
    qsizetype journalLimit = kJournalLimit;
    quint32 seed = 1;
    std::unique_ptr<SimHttpServer> server;
    quint16 port = 0;
    bool retCodeAsString = false;
    QHash<QString, QByteArray> fixedAnswers;

    QJsonObject answer(const QMap<QString, QString> &params);
};

QJsonObject Simulator::Private::answer(const QMap<QString, QString> &params)
{
    const QString action = params.value(QStringLiteral("Action"));
    if (action.isEmpty())
        return errorResponse(action, kRetMissingAction, missingActionMessage());
    const auto account = accounts.constFind(params.value(QStringLiteral("PublicKey")));
    if (account == accounts.constEnd())
        return errorResponse(action, kRetUserNotExists, userNotExistsMessage());
    if (!signatureMatches(params, account.value()))
        return errorResponse(action, kRetSignature, signatureMessage());
    if (!isKnownAction(action))
        return errorResponse(action, kRetActionNotFound, actionNotFoundMessage(action));
    const QJsonObject refused = projects.refusal(action, params);
    if (!refused.isEmpty())
        return refused;
    if (action == QLatin1String("GetProjectList"))
        return projects.listResponse();
    if (action == kPriceAction)
        return prices.answer(params, store);
    store.fireDueStops(clock.nowMs());
    return runAction(action, params, store, clock.nowMs());
}

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->faults.setSeed(d->seed);
}

Simulator::~Simulator()
{
    d->server.reset(); // releases held sockets before the rest goes
}

bool Simulator::listen(quint16 port, const QHostAddress &address)
{
    auto handler = [this](const SimHttpRequest &request, QTcpSocket *socket) {
        const QMap<QString, QString> params =
            parseRequestParams(request.method, request.contentType, request.body, request.rawQuery);
        JournalEntry entry;
        entry.atMs = d->clock.nowMs();
        entry.method = QString::fromLatin1(request.method);
        entry.action = params.value(QStringLiteral("Action"));
        entry.params = params;
        entry.params.remove(QStringLiteral("Signature"));
        entry.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

        FaultDecision decision = d->faults.decide(entry.action);
        // The price action's refusal mode by HTTP status: as a gateway error,
        // after the fault rules (a fired rule wins).
        if (!decision.fault && entry.action == kPriceAction &&
            d->prices.refusal().httpStatus != 0) {
            FaultRule refusal;
            refusal.type = FaultRule::Type::HttpStatus;
            refusal.httpStatus = d->prices.refusal().httpStatus;
            decision.fault = refusal;
        }
        entry.delayMs = decision.delayMs;
        QJsonObject response;
        const bool errorFault =
            decision.fault && (decision.fault->type == FaultRule::Type::HttpStatus ||
                               decision.fault->type == FaultRule::Type::RetCode);
        // hang / close / drop / malformed, and the "-applied" errors: the
        // request did take effect.
        if (!errorFault || decision.fault->applied)
            response = d->answer(params);
        if (errorFault && decision.fault->type == FaultRule::Type::RetCode)
            response = errorResponse(entry.action, decision.fault->retCode,
                                     decision.fault->message.isEmpty()
                                         ? documentedMessage(decision.fault->retCode)
                                         : decision.fault->message);
        entry.retCode = response.value(QStringLiteral("RetCode")).toInt();
        if (decision.fault)
            entry.verdict = SimFaults::verdict(*decision.fault);
        else
            entry.verdict = entry.retCode == 0 ? QStringLiteral("ok")
                                               : QStringLiteral("retcode:%1").arg(entry.retCode);
        d->journal.append(entry);
        while (d->journal.size() > d->journalLimit) // a long run must not grow without end
            d->journal.removeFirst();

        if (d->retCodeAsString && response.contains(QStringLiteral("RetCode")))
            response.insert(QStringLiteral("RetCode"), QString::number(entry.retCode));
        const auto fixed = d->fixedAnswers.constFind(entry.action);
        const QByteArray body = entry.retCode == 0 && fixed != d->fixedAnswers.constEnd()
                                    ? fixed.value()
                                    : QJsonDocument(response).toJson(QJsonDocument::Compact);
        const std::optional<FaultRule> fault = decision.fault;
        QPointer<QTcpSocket> target(socket);
        const QByteArray requestId = entry.requestId.toLatin1();
        auto deliver = [this, target, body, fault, requestId]() {
            if (!target)
                return; // the client gave up meanwhile
            if (!fault || fault->type == FaultRule::Type::RetCode) {
                SimHttpServer::writeResponse(target, 200, body, requestId);
            } else if (fault->type == FaultRule::Type::HttpStatus) {
                SimHttpServer::writeResponse(target, fault->httpStatus,
                                             QByteArrayLiteral("simulated gateway error"),
                                             requestId, QByteArrayLiteral("text/plain"));
            } else if (fault->type == FaultRule::Type::MalformedJson) {
                SimHttpServer::writeResponse(target, 200, body.left(body.size() / 2) + "<html",
                                             requestId);
            } else if (fault->type == FaultRule::Type::CloseMidBody) {
                SimHttpServer::writeTruncated(target, body, requestId);
            } else if (fault->type == FaultRule::Type::DropAnswer) {
                target->disconnectFromHost(); // applied, but not a byte of answer
            } else if (d->server) {
                d->server->hold(target);
            }
        };
        if (decision.delayMs > 0)
            QTimer::singleShot(decision.delayMs, this, deliver);
        else
            deliver();
        emit requestHandled(entry);
    };
    d->server = std::make_unique<SimHttpServer>(handler);
    d->port = d->server->listen(address, port);
    if (d->port == 0) {
        d->server.reset();
        return false;
    }
    return true;
}

quint16 Simulator::port() const
{
    return d->port;
}

QUrl Simulator::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool Simulator::loadScenario(const QJsonObject &scenario, QString *error)
{
    ScenarioData data;
    if (!parseScenario(scenario, d->seed, &data, error))
        return false;
    if (data.seed)
        setSeed(*data.seed);
    d->accounts = data.accounts;
    d->store.clear();
    d->store.setZones(data.zones);
    d->store.setTransitionDelayMs(data.transitionMs);
    d->store.setOperationLockMs(data.lockMs);
    d->store.setAcceptLagMs(data.acceptLagMs);
    d->store.setStripRegion(data.stripRegion);
    d->store.setMaxPageSize(data.maxPageSize);
    for (const auto &[instance, region] : std::as_const(data.instances))
        d->store.add(withResolvedTimes(instance, d->clock.nowMs(), d->seed), region);
    d->faults.clear();
    for (const FaultRule &rule : std::as_const(data.faults))
        d->faults.add(rule);
    d->projects.setProjects(data.projects);
    d->projects.setSubAccount(data.subAccount);
    d->fixedAnswers = data.fixedAnswers;
    d->prices = data.prices;
    return true;
}

void Simulator::setFixedAnswer(const QString &action, const QByteArray &body)
{
    if (body.isEmpty())
        d->fixedAnswers.remove(action);
    else
        d->fixedAnswers.insert(action, body);
}

bool Simulator::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open scenario %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("scenario %1: invalid JSON at offset %2: %3")
                               .arg(path)
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : QStringLiteral("scenario %1: the top level must be an object").arg(path);
        return false;
    }
    QString why;
    if (!loadScenario(document.object(), &why)) {
        if (error)
            *error = QStringLiteral("scenario %1: %2").arg(path, why);
        return false;
    }
    return true;
}

QJsonObject Simulator::demoScenario()
{
    return builtInDemoScenario();
}

QJsonObject Simulator::pricesScenario()
{
    return builtInScenario(QStringLiteral(":/sim/prices.json"));
}

QJsonObject Simulator::generatedScenario(int count, const QStringList &regions, quint32 seed)
{
    return generateScenario(count, regions, seed);
}

void Simulator::addAccount(const QString &publicKey, const QString &privateKey)
{
    d->accounts.insert(publicKey, privateKey);
}

// Fixed demo strings, published on purpose (not secrets). They contain '+'
// and '/' like real keys do, so --demo exercises the client's encoding.
QString Simulator::demoPublicKey()
{
    return QStringLiteral("Demo+Pub/CompShareSim4kQz7Jx2Lr9Vn3Tb8Wm5Yc1Hp6Fs0Gd2Ke7Ua");
}

QString Simulator::demoPrivateKey()
{
    return QStringLiteral("Demo+Priv/NotASecretCompShareSimF3q8Zr1Lx5Vc9Nb2Mh7Jk4Tp6Wy0Sd");
}

SimClock &Simulator::clock()
{
    return d->clock;
}

void Simulator::setSeed(quint32 seed)
{
    d->seed = seed;
    d->faults.setSeed(seed);
}

void Simulator::setTransitionDelayMs(qint64 ms)
{
    d->store.setTransitionDelayMs(ms);
}

void Simulator::setOperationLockMs(qint64 ms)
{
    d->store.setOperationLockMs(ms);
}

void Simulator::setAcceptLagMs(qint64 ms)
{
    d->store.setAcceptLagMs(ms);
}

qint64 Simulator::acceptLagMs() const
{
    return d->store.acceptLagMs();
}

void Simulator::setRetCodeAsString(bool asString)
{
    d->retCodeAsString = asString;
}

void Simulator::setMaxPageSize(int rows)
{
    d->store.setMaxPageSize(rows);
}

void Simulator::setStripRegion(bool strip)
{
    d->store.setStripRegion(strip);
}

void Simulator::setGpuUseVaries(bool varies)
{
    d->store.setGpuUseVaries(varies);
}

void Simulator::setMonitorRefusal(int retCode)
{
    d->store.setMonitorRefusal(retCode);
}

void Simulator::setPriceRefusal(const PriceRefusal &refusal)
{
    d->prices.setRefusal(refusal);
}

void Simulator::setInstancePrice(const QString &gpuType, const QString &chargeType, double perGpu)
{
    d->prices.setInstancePrice(gpuType, chargeType, perGpu);
}

void Simulator::setImagePrice(const QString &imageId, double perGpuPerHour)
{
    d->prices.setImagePrice(imageId, perGpuPerHour);
}

void Simulator::setDiskPrice(const QString &diskType, double perGbPerHour)
{
    d->prices.setDiskPrice(diskType, perGbPerHour);
}

void Simulator::setPriceDiscount(double factor, int discountType)
{
    d->prices.setDiscount(factor, discountType);
}

void Simulator::setJournalLimit(qsizetype entries)
{
    d->journalLimit = qMax<qsizetype>(0, entries);
}

void Simulator::setIgnoreWithoutGpu(bool ignore)
{
    d->store.setIgnoreWithoutGpu(ignore);
}

qint64 Simulator::transitionDelayMs() const
{
    return d->store.transitionDelayMs();
}

qint64 Simulator::operationLockMs() const
{
    return d->store.operationLockMs();
}

void Simulator::addFault(const FaultRule &rule)
{
    d->faults.add(rule);
}

bool Simulator::addFault(const QString &spec, QString *error)
{
    FaultRule rule;
    if (!SimFaults::parseSpec(spec, &rule, error))
        return false;
    d->faults.add(rule);
    return true;
}

void Simulator::clearFaults()
{
    d->faults.clear();
}

QList<QJsonObject> Simulator::instances() const
{
    d->store.fireDueStops(d->clock.nowMs());
    return d->store.all(d->clock.nowMs());
}

QJsonObject Simulator::instance(const QString &id) const
{
    d->store.fireDueStops(d->clock.nowMs());
    return d->store.view(id, d->clock.nowMs());
}

QString Simulator::instanceState(const QString &id) const
{
    d->store.fireDueStops(d->clock.nowMs());
    return d->store.state(id, d->clock.nowMs());
}

bool Simulator::setInstanceField(const QString &id, const QString &field, const QJsonValue &value)
{
    return d->store.setField(id, field, value, d->clock.nowMs());
}

bool Simulator::removeInstance(const QString &id)
{
    return d->store.remove(id);
}

void Simulator::addInstance(const QJsonObject &instance)
{
    const QString region = instance.value(QStringLiteral("Region")).toString();
    d->store.add(withResolvedTimes(completedInstance(instance, d->seed, d->store.size()),
                                   d->clock.nowMs(), d->seed),
                 region);
}

int Simulator::instanceCount() const
{
    return d->store.size();
}

QStringList Simulator::regions() const
{
    QStringList result;
    for (const ZoneInfo &info : d->store.zones()) {
        if (!result.contains(info.region))
            result.append(info.region);
    }
    return result;
}

void Simulator::setReleaseToRecycleBin(bool yes)
{
    d->store.setReleaseToRecycleBin(yes);
}

QHash<QString, bool> Simulator::releasedInstances() const
{
    return d->store.released();
}

bool Simulator::reclaimSpot(const QString &id)
{
    return d->store.reclaimSpot(id, d->clock.nowMs());
}

void Simulator::setProjects(const QList<QJsonObject> &projects)
{
    QList<ProjectInfo> list;
    for (const QJsonObject &p : projects) {
        list.append({p.value(QStringLiteral("ProjectId")).toString(),
                     p.value(QStringLiteral("ProjectName")).toString(),
                     p.value(QStringLiteral("IsDefault")).toBool()});
    }
    d->projects.setProjects(list);
}

QList<QJsonObject> Simulator::projects() const
{
    QList<QJsonObject> result;
    for (const ProjectInfo &p : d->projects.projects()) {
        result.append({{QStringLiteral("ProjectId"), p.id},
                       {QStringLiteral("ProjectName"), p.name},
                       {QStringLiteral("IsDefault"), p.isDefault}});
    }
    return result;
}

void Simulator::setSubAccountMode(bool on)
{
    d->projects.setSubAccount(on);
}

bool Simulator::isSubAccountMode() const
{
    return d->projects.isSubAccount();
}

QList<JournalEntry> Simulator::journal() const
{
    return d->journal;
}

QList<JournalEntry> Simulator::journal(const QString &action) const
{
    QList<JournalEntry> result;
    for (const JournalEntry &entry : d->journal) {
        if (entry.action == action)
            result.append(entry);
    }
    return result;
}

int Simulator::requestCount(const QString &action, const QString &instanceId) const
{
    return int(std::count_if(d->journal.cbegin(), d->journal.cend(), [&](const JournalEntry &e) {
        return e.action == action && (instanceId.isEmpty() || e.instanceId() == instanceId);
    }));
}

void Simulator::clearJournal()
{
    d->journal.clear();
}

} // namespace compshare::sim

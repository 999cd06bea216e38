// SPDX-License-Identifier: MIT
#include "BenchCloud.h"

#include "wire/ApiTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

namespace compshare::bench {

QStringList benchRegions()
{
    return {QStringLiteral("cn-wlcb"), QStringLiteral("cn-sh2"), QStringLiteral("hk")};
}

Credentials generateCredentials()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    const auto random = [](int n) {
        QString s;
        for (int k = 0; k < n; ++k)
            s += QLatin1Char(
                alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
        return s;
    };
    return {QStringLiteral("BenchPub+") + random(40), QStringLiteral("BenchPriv/") + random(40)};
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Wakes the blocking processEvents now and then, so the deadline holds
    // even when nothing else happens.
    QTimer heartbeat;
    heartbeat.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        // No exec() is running, so deleteLater needs an explicit nudge.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

BenchCloud::BenchCloud(int instances, quint32 seed)
    : m_sim(std::make_unique<sim::Simulator>())
    , m_credentials(generateCredentials())
{
    m_sim->loadScenario(sim::Simulator::generatedScenario(instances, benchRegions(), seed));
    m_sim->addAccount(m_credentials.publicKey, m_credentials.privateKey);
    m_sim->listen();
}

BenchCloud::~BenchCloud() = default;

void BenchCloud::setDescribeLatencyMs(int ms)
{
    m_sim->clearFaults();
    if (ms <= 0)
        return;
    sim::FaultRule rule;
    rule.action = QStringLiteral("DescribeCompShareInstance");
    rule.type = sim::FaultRule::Type::Latency;
    rule.rate = 1.0;
    rule.latencyMs = ms;
    m_sim->addFault(rule);
}

int BenchCloud::describeRequests() const
{
    return int(m_sim->journal(QStringLiteral("DescribeCompShareInstance")).size());
}

namespace {
std::unique_ptr<ApiTransport> transportFor(const QUrl &url, const Credentials &credentials)
{
    auto transport = std::make_unique<ApiTransport>();
    transport->setEndpoint(url);
    transport->setCredentials(credentials);
    transport->setTimeoutMs(60000);
    return transport;
}
} // namespace

std::unique_ptr<ApiTransport> BenchCloud::newTransport() const
{
    return transportFor(url(), m_credentials);
}

SimProcess::SimProcess(const QString &program, int instances, const QStringList &extraArguments)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProgram(program);
    m_process->setArguments(QStringList{QStringLiteral("--generate"), QString::number(instances),
                                        QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--seed"), QStringLiteral("7")} +
                            extraArguments);
    m_process->start();
    QByteArray line;
    waitFor(
        [&] {
            line += m_process->readAllStandardOutput();
            return line.contains('\n') || m_process->state() == QProcess::NotRunning;
        },
        30000);
    const QUrl url(QString::fromLatin1(line.left(line.indexOf('\n')).trimmed()));
    if (url.isValid() && url.scheme() == QLatin1String("http"))
        m_url = url;
}

SimProcess::~SimProcess()
{
    m_process->kill();
    waitFor([&] { return m_process->state() == QProcess::NotRunning; }, 5000);
}

Credentials SimProcess::credentials()
{
    return {sim::Simulator::demoPublicKey(), sim::Simulator::demoPrivateKey()};
}

std::unique_ptr<ApiTransport> SimProcess::newTransport() const
{
    return transportFor(m_url, credentials());
}

} // namespace compshare::bench

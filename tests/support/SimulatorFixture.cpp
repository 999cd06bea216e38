// SPDX-License-Identifier: MIT
#include "support/SimulatorFixture.h"

#include "session/ConsoleSession.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace compshare::test {

Credentials generateCredentials()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    auto random = [](int n) {
        QString s;
        for (int k = 0; k < n; ++k)
            s += QLatin1Char(
                alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
        return s;
    };
    return {QStringLiteral("TestPub+") + random(40),
            QStringLiteral("TestPriv/") + random(40) + QStringLiteral("+=")};
}

void useFastTimings(ConsoleSession &session)
{
    session.transport()->setRetryBaseDelayMs(20);
    session.transport()->setTimeoutMs(3000);
    RefreshScheduler *s = session.scheduler();
    s->setPollIntervalMs(60);
    s->setSlowPollIntervalMs(200);
    s->setFollowPollIntervalMs(150);
    s->setMaxBackoffMs(300);
}

SimulatorFixture::SimulatorFixture(const QJsonObject &scenario)
    : m_sim(std::make_unique<sim::Simulator>())
    , m_credentials(generateCredentials())
{
    // A fixture that could not load its scenario or listen would let a suite
    // test an empty or unreachable simulator: stop the test binary instead,
    // in every build type (Q_ASSERT is compiled out of release builds).
    QString error;
    if (!m_sim->loadScenario(scenario.isEmpty() ? sim::Simulator::demoScenario() : scenario,
                             &error))
        qFatal("SimulatorFixture: the scenario did not load: %s", qPrintable(error));
    m_sim->addAccount(m_credentials.publicKey, m_credentials.privateKey);
    if (!m_sim->listen())
        qFatal("SimulatorFixture: the simulator could not listen on 127.0.0.1");
}

SimulatorFixture::~SimulatorFixture()
{
    m_session.reset(); // before the simulator goes
}

QUrl SimulatorFixture::url() const
{
    return m_sim->url();
}

ConsoleSession &SimulatorFixture::session()
{
    if (!m_session) {
        m_session = std::make_unique<ConsoleSession>();
        useFastTimings(*m_session);
        m_session->connectTo(url(), m_credentials);
    }
    return *m_session;
}

int SimulatorFixture::count(const QString &action) const
{
    return int(m_sim->journal(action).size());
}

QList<sim::JournalEntry> SimulatorFixture::entries(const QString &action) const
{
    return m_sim->journal(action);
}

QJsonObject smallScenario(const QList<QStringList> &instances)
{
    QJsonArray list;
    int n = 0;
    for (const QStringList &i : instances) {
        const QString region = i.value(1);
        QJsonObject o{{QStringLiteral("UHostId"), i.value(0)},
                      {QStringLiteral("Name"), QStringLiteral("test-") + i.value(0)},
                      {QStringLiteral("Zone"), region + QStringLiteral("-01")},
                      {QStringLiteral("State"), i.value(2)},
                      {QStringLiteral("ChargeType"), i.value(3)},
                      {QStringLiteral("GpuType"), QStringLiteral("4090")},
                      {QStringLiteral("GPU"), 1},
                      {QStringLiteral("CPU"), 16},
                      {QStringLiteral("Memory"), QStringLiteral("65536")},
                      {QStringLiteral("InstancePrice"), 2.0 + n},
                      {QStringLiteral("CreateTime"), 1740787200 + n}};
        if (i.value(4) == QLatin1String("making-image"))
            o.insert(QStringLiteral("CompShareImageStatus"), QStringLiteral("Making"));
        list.append(o);
        ++n;
    }
    QJsonArray zones;
    for (const char *r : {"cn-wlcb", "cn-sh2", "hk"}) {
        const QString region = QString::fromLatin1(r);
        zones.append(QJsonObject{{QStringLiteral("region"), region},
                                 {QStringLiteral("zone"), region + QStringLiteral("-01")}});
    }
    return {{QStringLiteral("name"), QStringLiteral("small")},
            {QStringLiteral("zones"), zones},
            {QStringLiteral("delays"), QJsonObject{{QStringLiteral("transitionMs"), 1000},
                                                   {QStringLiteral("lockMs"), 600000}}},
            {QStringLiteral("instances"), list}};
}

} // namespace compshare::test

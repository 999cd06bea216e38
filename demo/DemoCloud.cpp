// SPDX-License-Identifier: MIT
#include "demo/DemoCloud.h"

#include "simulator/Simulator.h"

namespace compshare {

DemoCloud::DemoCloud(QObject *parent)
    : QObject(parent)
{}

DemoCloud::~DemoCloud() = default;

DemoEndpoint *DemoCloud::startNew(int generatedInstances, QObject *parent, QString *error)
{
    auto demo = std::make_unique<DemoCloud>(parent);
    if (!demo->start(generatedInstances, error))
        return nullptr;
    return demo.release();
}

bool DemoCloud::start(int generatedInstances, QString *error)
{
    m_sim = std::make_unique<sim::Simulator>();
    const QJsonObject scenario =
        generatedInstances > 0
            ? sim::Simulator::generatedScenario(
                  generatedInstances,
                  {QStringLiteral("cn-wlcb"), QStringLiteral("cn-sh2"), QStringLiteral("hk")}, 7)
            : sim::Simulator::demoScenario();
    if (!m_sim->loadScenario(scenario, error))
        return false;
    m_sim->addAccount(sim::Simulator::demoPublicKey(), sim::Simulator::demoPrivateKey());
    m_sim->setGpuUseVaries(true); // the sparklines and the chart have something to show
    // Slow enough to watch Running -> Stopping -> Stopped, fast enough to wait for.
    m_sim->setTransitionDelayMs(6000);
    // Nobody reads the demo's journal; 100 requests per list of 10,000 would
    // otherwise hold over 100 MB at its default limit after a few hours.
    m_sim->setJournalLimit(1000);
    if (!m_sim->listen()) {
        if (error)
            *error = tr("Could not open a local port for the demo cloud.");
        return false;
    }
    return true;
}

QUrl DemoCloud::endpoint() const
{
    return m_sim ? m_sim->url() : QUrl();
}

Credentials DemoCloud::credentials() const
{
    return {sim::Simulator::demoPublicKey(), sim::Simulator::demoPrivateKey()};
}

} // namespace compshare

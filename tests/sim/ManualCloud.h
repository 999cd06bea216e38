// SPDX-License-Identifier: MIT
// A simulator on its manual clock, listening on 127.0.0.1, with a
// SimTestClient holding the demo keys, and the calls the state suites make
// on one instance (cn-wlcb-01). The simulator suites share it.
#pragma once

#include "SimTestClient.h"
#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace compshare::simtest {

class ManualCloud
{
public:
    // Loads the scenario (a scenario without accounts answers to the demo
    // keys), stops the clock and listens. False with *error when it cannot.
    bool start(const QJsonObject &scenario, QString *error)
    {
        m_sim = std::make_unique<sim::Simulator>();
        if (!m_sim->loadScenario(scenario, error))
            return false;
        m_sim->clock().setManual(true);
        if (!m_sim->listen()) {
            *error = QStringLiteral("the simulator did not listen");
            return false;
        }
        m_client = std::make_unique<SimTestClient>(m_sim->url(), sim::Simulator::demoPublicKey(),
                                                   sim::Simulator::demoPrivateKey());
        return true;
    }
    void stop()
    {
        m_client.reset();
        m_sim.reset();
    }
    sim::Simulator &sim() { return *m_sim; }
    SimTestClient &client() { return *m_client; }

    // An operation on one instance of cn-wlcb-01.
    Reply operate(const QString &action, const QString &id, Params extra = {})
    {
        extra.insert(QStringLiteral("Region"), QStringLiteral("cn-wlcb"));
        extra.insert(QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01"));
        extra.insert(QStringLiteral("UHostId"), id);
        return m_client->call(action, extra);
    }
    // What DescribeCompShareInstance lists for that id (empty: not listed).
    QJsonArray listed(const QString &id)
    {
        const Reply reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                                           {{QStringLiteral("UHostIds.0"), id}});
        return reply.json.value(QStringLiteral("UHostSet")).toArray();
    }
    QJsonObject listedRecord(const QString &id) { return listed(id).at(0).toObject(); }
    QString listedState(const QString &id)
    {
        return listedRecord(id).value(QStringLiteral("State")).toString();
    }

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
};

// One instance record of a scenario, in cn-wlcb-01.
inline QJsonObject scenarioInstance(const QString &id, const QString &state,
                                    const QString &charge = QStringLiteral("Postpay"),
                                    const QString &imageStatus = QStringLiteral("Normal"))
{
    return {{QStringLiteral("UHostId"), id},
            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
            {QStringLiteral("State"), state},
            {QStringLiteral("ChargeType"), charge},
            {QStringLiteral("CompShareImageStatus"), imageStatus}};
}

} // namespace compshare::simtest

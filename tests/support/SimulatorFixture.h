// SPDX-License-Identifier: MIT
// An in-process simulator on 127.0.0.1 with a test account whose keys are
// generated per run (no secret in any fixture), and a ConsoleSession wired
// to it with short intervals so the suites run fast.
#pragma once

#include "simulator/Simulator.h"
#include "wire/CompShareClient.h"

#include <QJsonObject>
#include <memory>

namespace compshare {
class ConsoleSession;
}

namespace compshare::test {

// Short timeouts, retries and poll intervals so the suites run fast
// (timeout 3 s, retry base 20 ms, poll 60 ms, slow poll 200 ms, backoff 300 ms).
void useFastTimings(ConsoleSession &session);

// A random key pair; the private key contains + / = so encoding is exercised.
Credentials generateCredentials();

class SimulatorFixture
{
public:
    // Loads the scenario (demo when empty), adds a generated account, listens.
    explicit SimulatorFixture(const QJsonObject &scenario = {});
    ~SimulatorFixture();

    sim::Simulator &sim() { return *m_sim; }
    const Credentials &credentials() const { return m_credentials; }
    QUrl url() const;

    // A session connected to the simulator (created on first use).
    ConsoleSession &session();

    // Journal entries of one action whose params contain name=value.
    int count(const QString &action) const;
    QList<sim::JournalEntry> entries(const QString &action) const;

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ConsoleSession> m_session;
    Credentials m_credentials;
};

// A small scenario: given instances as (id, region, state, chargeType).
QJsonObject smallScenario(const QList<QStringList> &instances);

} // namespace compshare::test

// SPDX-License-Identifier: MIT
// An in-process simulator with N generated instances over the three regions
// and a key pair generated per run, plus the event-loop wait the benchmarks
// use (it never sleeps, so it adds no gaps of its own to a stall probe).
#pragma once

#include "simulator/Simulator.h"
#include "wire/CompShareClient.h"

#include <QStringList>
#include <functional>
#include <memory>

class QProcess;

namespace compshare {
class ApiTransport;
}

namespace compshare::bench {

QStringList benchRegions(); // cn-wlcb, cn-sh2, hk
Credentials generateCredentials();

// Runs the event loop until done() is true or timeoutMs passed; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs);

class BenchCloud final
{
public:
    explicit BenchCloud(int instances, quint32 seed = 7);
    ~BenchCloud();

    sim::Simulator &sim() { return *m_sim; }
    const Credentials &credentials() const { return m_credentials; }
    QUrl url() const { return m_sim->url(); }

    // 0 removes the latency rule; otherwise every DescribeCompShareInstance
    // answer waits ms (a timer, so concurrent requests wait concurrently).
    void setDescribeLatencyMs(int ms);
    int describeRequests() const; // journal entries of DescribeCompShareInstance

    // A transport with its own connection pool, pointed at this simulator.
    std::unique_ptr<ApiTransport> newTransport() const;

private:
    std::unique_ptr<sim::Simulator> m_sim;
    Credentials m_credentials;
};

// compshare-sim in its own process (the generated scenario, published demo
// account), so its serving work runs on the other core.
class SimProcess final
{
public:
    SimProcess(const QString &program, int instances, const QStringList &extraArguments = {});
    ~SimProcess();
    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    static Credentials credentials(); // the demo key pair: public, not a secret
    std::unique_ptr<ApiTransport> newTransport() const;

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

} // namespace compshare::bench

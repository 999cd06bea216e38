// SPDX-License-Identifier: MIT
// The built-in demo cloud (Account ▸ Try the demo cloud, --demo): the
// simulator in-process on a random loopback port, with demo keys that never
// touch the keychain. AccountSession owns it once started; it is a library
// of its own (compshare_demo), so the core never links the simulator.
#pragma once

#include "session/DemoEndpoint.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace compshare::sim {
class Simulator;
}

namespace compshare {

class DemoCloud final : public QObject, public DemoEndpoint
{
    Q_OBJECT

public:
    explicit DemoCloud(QObject *parent = nullptr);
    ~DemoCloud() override;

    // A DemoStarter (AccountSession::setDemoStarter).
    static DemoEndpoint *startNew(int generatedInstances, QObject *parent, QString *error);

    // generatedInstances > 0: a generated cloud of that size instead of the demo set.
    bool start(int generatedInstances = 0, QString *error = nullptr);
    QUrl endpoint() const override;
    Credentials credentials() const override;
    sim::Simulator *simulator() const { return m_sim.get(); }

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

} // namespace compshare

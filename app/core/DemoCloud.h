// SPDX-License-Identifier: MIT
// The built-in demo cloud (Account ▸ Try the demo cloud, --demo): the
// simulator in-process on a random loopback port, with demo keys that never
// touch the keychain. AccountSession owns it once started.
#pragma once

#include "api/CompShareClient.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace compshare::sim {
class Simulator;
}

namespace compshare {

class DemoCloud final : public QObject
{
    Q_OBJECT

public:
    explicit DemoCloud(QObject *parent = nullptr);
    ~DemoCloud() override;

    // generatedInstances > 0: a generated cloud of that size instead of the demo set.
    bool start(int generatedInstances = 0, QString *error = nullptr);
    QUrl endpoint() const;
    Credentials credentials() const;
    sim::Simulator *simulator() const { return m_sim.get(); }

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

} // namespace compshare

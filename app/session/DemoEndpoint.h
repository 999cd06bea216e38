// SPDX-License-Identifier: MIT
// The built-in demo cloud as an account sees it: where it listens and the
// keys it takes. The demo itself (demo/DemoCloud: the simulator, in this
// process) is not part of the core library, which never links the
// simulator: whoever builds the console hands the account a way to start
// one (AccountSession::setDemoStarter; runConsole does).
#pragma once

#include "wire/CompShareClient.h" // Credentials

#include <QString>
#include <QUrl>
#include <functional>

class QObject;

namespace compshare {

class DemoEndpoint
{
public:
    virtual ~DemoEndpoint() = default;
    virtual QUrl endpoint() const = 0;
    virtual Credentials credentials() const = 0;
};

// Starts a demo cloud owned by parent (generatedInstances > 0: a generated
// cloud of that size instead of the demo set); null, with *error set, when
// it cannot.
using DemoStarter =
    std::function<DemoEndpoint *(int generatedInstances, QObject *parent, QString *error)>;

} // namespace compshare

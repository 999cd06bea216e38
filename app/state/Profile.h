// SPDX-License-Identifier: MIT
// A named API key profile as the settings know it: never the private key.
#pragma once

#include <QString>
#include <QUrl>

namespace compshare {

struct Profile
{
    QString name;
    QString publicKey;
    QUrl endpoint;                // empty: the default gateway
    bool fromEnvironment = false; // COMPSHARE_* variables: session only, never saved
    bool isValid() const { return !name.isEmpty() && !publicKey.isEmpty(); }
};

// Empty when the name is usable, else a translated sentence saying why not.
QString profileNameProblem(const QString &name);
// Empty when the endpoint is acceptable: https://, or http:// on a loopback
// host only (the simulator). An empty URL means the default gateway.
QString endpointProblem(const QUrl &endpoint);

} // namespace compshare

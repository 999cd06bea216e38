// SPDX-License-Identifier: MIT
#include "credentials/Profile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace compshare {

QString profileNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "Give the profile a name.");
    if (name != name.trimmed())
        return QCoreApplication::translate("Profile",
                                           "A profile name cannot start or end with a space.");
    if (name.size() > 64)
        return QCoreApplication::translate("Profile", "A profile name has at most 64 characters.");
    // "(" starts the reserved names such as the environment profile.
    if (name.startsWith(QLatin1Char('(')))
        return QCoreApplication::translate("Profile", "A profile name cannot start with \"(\".");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return QCoreApplication::translate(
                "Profile", "A profile name cannot contain slashes or control characters.");
    }
    return {};
}

QString endpointProblem(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return {};
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return QCoreApplication::translate("Profile", "The endpoint is not a valid address, e.g. "
                                                      "https://api.compshare.cn/.");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = endpoint.host();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            (!address.isNull() && address.isLoopback()))
            return {};
        //: http would send the signed requests in clear text over the network.
        return QCoreApplication::translate(
            "Profile", "Plain http is allowed only for this computer (127.0.0.1 or localhost); "
                       "use https:// for anything else.");
    }
    return QCoreApplication::translate("Profile", "The endpoint must start with https://.");
}

} // namespace compshare

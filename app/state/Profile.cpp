// SPDX-License-Identifier: MIT
#include "state/Profile.h"

#include "wire/EndpointPolicy.h"

#include <QCoreApplication>

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
    // One rule for the whole console: the transport refuses the same URLs.
    return EndpointPolicy::check(endpoint).explanation();
}

} // namespace compshare

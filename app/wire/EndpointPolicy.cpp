// SPDX-License-Identifier: MIT
#include "wire/EndpointPolicy.h"

#include <QHostAddress>

namespace compshare {

bool EndpointPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    // isLoopback covers 127.0.0.0/8, ::1 and ::ffff:127.x.
    return !address.isNull() && address.isLoopback();
}

bool EndpointPolicy::isForeign(const QUrl &endpoint)
{
    if (endpoint.isEmpty() || check(endpoint).isError())
        return false; // the default gateway, or refused before anything is sent
    if (isLoopbackHost(endpoint.host()))
        return false;
    const bool official =
        endpoint.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        endpoint.host().compare(QLatin1String("api.compshare.cn"), Qt::CaseInsensitive) == 0 &&
        (endpoint.port() == -1 || endpoint.port() == 443) && endpoint.userInfo().isEmpty();
    return !official;
}

ApiError EndpointPolicy::check(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty()) {
        //: %1 is the endpoint address the user or a setting gave
        return ApiError::policy(ApiError::tr("The API address \"%1\" is not a valid web address.")
                                    .arg(endpoint.toDisplayString()));
    }
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(endpoint.host()))
            return {};
        //: %1 is a host name; plain http would send the key signature unencrypted
        return ApiError::policy(
            ApiError::tr("Plain http:// is allowed only for this computer (127.0.0.1, ::1, "
                         "localhost), not for %1. Use an https:// address.")
                .arg(endpoint.host()));
    }
    //: %1 is a URL scheme such as ftp
    return ApiError::policy(
        ApiError::tr("The API address must start with https:// (not %1://).").arg(scheme));
}

} // namespace compshare

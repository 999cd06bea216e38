// SPDX-License-Identifier: MIT
// Which endpoints the client may talk to: https:// anywhere, plain http://
// only on loopback (the simulator). Checked before any request is sent.
#pragma once

#include "domain/ApiError.h"

#include <QUrl>

namespace compshare {

class EndpointPolicy final
{
public:
    // None when allowed; a Policy error naming the problem otherwise.
    static ApiError check(const QUrl &endpoint);
    static bool isLoopbackHost(const QString &host);
    // An allowed endpoint that is neither CompShare's own (https on
    // api.compshare.cn, default port) nor on this machine (a simulator).
    // Requests signed with the user's key go there, and CompShare signatures
    // carry no timestamp or nonce: whoever runs it can replay them.
    static bool isForeign(const QUrl &endpoint);
};

} // namespace compshare

// SPDX-License-Identifier: MIT
// One logging category per module, so QT_LOGGING_RULES="compshare.api.debug=true"
// turns on one module without drowning in the rest.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)         // compshare.api
Q_DECLARE_LOGGING_CATEGORY(lcModel)       // compshare.model
Q_DECLARE_LOGGING_CATEGORY(lcPolling)     // compshare.polling
Q_DECLARE_LOGGING_CATEGORY(lcStop)        // compshare.stop
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // compshare.credentials
Q_DECLARE_LOGGING_CATEGORY(lcSim)         // compshare.sim
Q_DECLARE_LOGGING_CATEGORY(lcUi)          // compshare.ui

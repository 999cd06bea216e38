// SPDX-License-Identifier: MIT
#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "compshare.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "compshare.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolling, "compshare.polling", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStop, "compshare.stop", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "compshare.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "compshare.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "compshare.ui", QtInfoMsg)

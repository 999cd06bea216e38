// SPDX-License-Identifier: MIT
// The API actions the simulator implements, after authentication: parameter
// checks, the store's state machines, and the response objects.
#pragma once

#include "simulator/SimInstanceStore.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace compshare::sim {

bool isKnownAction(const QString &action);

// The full response object ("Action", "RetCode", "Message" on errors, ...).
QJsonObject runAction(const QString &action, const QMap<QString, QString> &params,
                      SimInstanceStore &store, qint64 nowMs);

// UpdateCompShareStopScheduler / DeleteCompShareStopScheduler (SimScheduleActions.cpp).
bool isScheduleAction(const QString &action);
QJsonObject runScheduleAction(const QString &action, const QMap<QString, QString> &params,
                              SimInstanceStore &store, qint64 nowMs);

// {"Action": action + "Response", "RetCode": retCode, "Message": message}
QJsonObject errorResponse(const QString &action, int retCode, const QString &message);

} // namespace compshare::sim

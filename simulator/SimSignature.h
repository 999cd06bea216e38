// SPDX-License-Identifier: MIT
// The UCloud signature rule, implemented here independently of the client's
// signer so that a bug in one cannot hide behind the other.
#pragma once

#include <QMap>
#include <QString>

namespace compshare::sim {

// SHA1 (lower hex) of name+value for every parameter except Signature,
// sorted by name in UTF-8 byte order, followed by the private key.
QString expectedSignature(const QMap<QString, QString> &params, const QString &privateKey);

// True when params["Signature"] matches (constant-time comparison).
bool signatureMatches(const QMap<QString, QString> &params, const QString &privateKey);

} // namespace compshare::sim

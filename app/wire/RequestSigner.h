// SPDX-License-Identifier: MIT
// The UCloud signature: parameters sorted by name (byte order), name+value
// concatenated, private key appended, SHA1 as lower-case hex.
#pragma once

#include "wire/RequestParams.h"

#include <QByteArray>
#include <QString>

namespace compshare {

class RequestSigner final
{
public:
    // PublicKey must already be in params; a Signature entry is ignored.
    static QString sign(const RequestParams &params, const QString &privateKey);
    static QString sign(const QMap<QString, QString> &params, const QString &privateKey);
};

// The x-www-form-urlencoded body: every name and value percent-encoded as
// UTF-8 except A-Z a-z 0-9 - _ . ~ (so + / = are encoded, space is %20).
class FormBody final
{
public:
    static QByteArray encode(const QMap<QString, QString> &fields);
    static QByteArray encodeComponent(const QString &text);
};

} // namespace compshare

// SPDX-License-Identifier: MIT
// Turns one HTTP request into the flat parameter map the gateway signs and
// reads. Pure (no server types) so it can be fuzzed on its own.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace compshare::sim {

// Form body: split on '&' and '=', '+' means space, then percent-decoding.
QMap<QString, QString> parseFormEncoded(const QByteArray &encoded);

// JSON object body, flattened the way the SDKs flatten parameters: strings as
// is, bools "true"/"false", whole numbers without a fraction, arrays as
// Name.0, Name.1, nested objects as Name.Field. Anything else: empty map.
QMap<QString, QString> parseJsonBody(const QByteArray &body);

// The whole request: query-string parameters first, then the body's
// (body wins on a clash). A JSON content type selects the JSON reader; any
// other body is read as a form.
QMap<QString, QString> parseRequestParams(const QByteArray &method, const QByteArray &contentType,
                                          const QByteArray &body, const QByteArray &rawQuery);

} // namespace compshare::sim

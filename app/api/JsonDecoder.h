// SPDX-License-Identifier: MIT
// Turns a response body into a JSON object; large bodies are decoded on the
// thread pool so a big list never freezes the window.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

namespace compshare {

class JsonDecoder final
{
public:
    struct Result
    {
        QJsonObject object;
        QString error; // empty on success
    };
    static Result decodeNow(const QByteArray &raw);
    // Calls done on the context's thread, later or (for small bodies) right away.
    static void decode(const QByteArray &raw, QObject *context,
                       std::function<void(const Result &)> done);
};

} // namespace compshare

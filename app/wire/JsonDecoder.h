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
        // The body had bytes that are not UTF-8. As the official SDK does, they
        // were decoded as U+FFFD (the replacement character) and the answer
        // read on: one bad byte never loses a whole listing.
        bool textRepaired = false;
    };
    static Result decodeNow(const QByteArray &raw);
    // Calls done on the context's thread, later or (for small bodies) right away.
    static void decode(const QByteArray &raw, QObject *context,
                       std::function<void(const Result &)> done);
};

} // namespace compshare

// SPDX-License-Identifier: MIT
#include "wire/JsonDecoder.h"

#include "base/BackgroundTask.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace compshare {

JsonDecoder::Result JsonDecoder::decodeNow(const QByteArray &raw)
{
    Result r;
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // QString::fromUtf8 puts U+FFFD where the bytes are not UTF-8.
        r.textRepaired = true;
        doc = QJsonDocument::fromJson(QString::fromUtf8(raw).toUtf8(), &parseError);
    }
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the JSON parser's message, %2 a byte offset
        r.error = QCoreApplication::translate("ApiError", "not valid JSON (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
    } else if (!doc.isObject()) {
        r.error = QCoreApplication::translate("ApiError", "not a JSON object");
    } else {
        r.object = doc.object();
    }
    return r;
}

void JsonDecoder::decode(const QByteArray &raw, QObject *context,
                         std::function<void(const Result &)> done)
{
    if (raw.size() <= kOffThreadParseBytes) {
        done(decodeNow(raw));
        return;
    }
    runInBackground<Result>(
        context, [raw] { return decodeNow(raw); }, std::move(done));
}

} // namespace compshare

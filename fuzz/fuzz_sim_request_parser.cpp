// SPDX-License-Identifier: MIT
// The simulator's request parser on arbitrary method / content type / body /
// query. Also: whatever it returns, the client's form encoding of that map
// reads back to the same map (the wire format is a fixed point).
#include "simulator/SimRequestParser.h"
#include "wire/RequestSigner.h"

#include <cstdint>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const bool post = in.ConsumeBool();
    const bool json = in.ConsumeBool();
    const std::string query = in.ConsumeRandomLengthString(512);
    const std::string body = in.ConsumeRemainingBytesAsString();
    const QByteArray method = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    const QByteArray type = json ? QByteArrayLiteral("application/json")
                                 : QByteArrayLiteral("application/x-www-form-urlencoded");
    const QMap<QString, QString> params = compshare::sim::parseRequestParams(
        method, type, QByteArray::fromStdString(body), QByteArray::fromStdString(query));

    QMap<QString, QString> nonEmpty;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!it.key().isEmpty())
            nonEmpty.insert(it.key(), it.value());
    }
    const QByteArray again = compshare::FormBody::encode(nonEmpty);
    if (compshare::sim::parseFormEncoded(again) != nonEmpty)
        std::abort();
    return 0;
}

// SPDX-License-Identifier: MIT
// The request encoder and signer on arbitrary parameter maps: the form body
// decodes (with the simulator's parser) to exactly the signed map, the
// signature is stable, ignores a Signature entry, and equals the simulator's
// independent implementation, which accepts it.
#include "simulator/SimRequestParser.h"
#include "simulator/SimSignature.h"
#include "wire/RequestParams.h"
#include "wire/RequestSigner.h"

#include <cstdint>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace compshare;

namespace {
QString text(FuzzedDataProvider &in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const QString privateKey = text(in, 64);
    RequestParams params;
    const int count = in.ConsumeIntegralInRange(0, 24);
    for (int k = 0; k < count && in.remaining_bytes() > 0; ++k) {
        const QString name = text(in, 24);
        if (name.isEmpty() || name == QLatin1String("Signature"))
            continue; // the API has no unnamed parameter; Signature is added below
        switch (in.ConsumeIntegralInRange(0, 4)) {
        case 0:
            params.set(name, in.ConsumeBool());
            break;
        case 1:
            params.set(name, in.ConsumeIntegral<int>());
            break;
        case 2:
            params.set(name, in.ConsumeFloatingPoint<double>());
            break;
        case 3:
            params.setArray(name, {text(in, 16), text(in, 16)});
            break;
        default:
            params.set(name, text(in, 64));
        }
    }
    const QMap<QString, QString> &map = params.values();

    // Encode then decode: the server reads exactly what was signed.
    if (sim::parseFormEncoded(FormBody::encode(map)) != map)
        std::abort();

    const QString signature = RequestSigner::sign(params, privateKey);
    if (signature != RequestSigner::sign(map, privateKey))
        std::abort(); // stable
    if (signature.size() != 40)
        std::abort();
    if (signature != sim::expectedSignature(map, privateKey))
        std::abort(); // equals the independent implementation

    QMap<QString, QString> signedMap = map;
    signedMap.insert(QStringLiteral("Signature"), signature);
    if (RequestSigner::sign(signedMap, privateKey) != signature)
        std::abort(); // a Signature entry is ignored
    if (!sim::signatureMatches(signedMap, privateKey))
        std::abort();
    // The signed body, as sent, verifies on the server side.
    if (!sim::signatureMatches(sim::parseFormEncoded(FormBody::encode(signedMap)), privateKey))
        std::abort();
    return 0;
}

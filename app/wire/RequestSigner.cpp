// SPDX-License-Identifier: MIT
#include "wire/RequestSigner.h"

#include <QCryptographicHash>
#include <QUrl>
#include <algorithm>

namespace compshare {

namespace {
const QString kSignature = QStringLiteral("Signature");
}

QString RequestSigner::sign(const RequestParams &params, const QString &privateKey)
{
    return sign(params.values(), privateKey);
}

QString RequestSigner::sign(const QMap<QString, QString> &params, const QString &privateKey)
{
    // QMap<QString> orders by UTF-16 code unit; for the ASCII names the API
    // uses that is the same as UTF-8 byte order. Sort the UTF-8 bytes anyway,
    // so an odd name cannot change the order the gateway computes.
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(params.size());
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == kSignature)
            continue;
        pairs.append({it.key().toUtf8(), it.value().toUtf8()});
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto &p : pairs) {
        hash.addData(p.first);
        hash.addData(p.second);
    }
    hash.addData(privateKey.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray FormBody::encodeComponent(const QString &text)
{
    // toPercentEncoding keeps exactly the RFC 3986 unreserved set by default.
    return QUrl::toPercentEncoding(text);
}

QByteArray FormBody::encode(const QMap<QString, QString> &fields)
{
    QByteArray body;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!body.isEmpty())
            body += '&';
        body += encodeComponent(it.key());
        body += '=';
        body += encodeComponent(it.value());
    }
    return body;
}

} // namespace compshare

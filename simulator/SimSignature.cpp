// SPDX-License-Identifier: MIT
#include "simulator/SimSignature.h"

#include <QCryptographicHash>
#include <QList>
#include <algorithm>
#include <utility>

namespace compshare::sim {

QString expectedSignature(const QMap<QString, QString> &params, const QString &privateKey)
{
    // QMap orders by UTF-16 units; the rule says bytes, so sort UTF-8 names.
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(params.size());
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.key() == QLatin1String("Signature"))
            continue;
        pairs.append({it.key().toUtf8(), it.value().toUtf8()});
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto &[name, value] : pairs) {
        hash.addData(name);
        hash.addData(value);
    }
    hash.addData(privateKey.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool signatureMatches(const QMap<QString, QString> &params, const QString &privateKey)
{
    const QByteArray given = params.value(QStringLiteral("Signature")).toLatin1();
    const QByteArray wanted = expectedSignature(params, privateKey).toLatin1();
    if (given.size() != wanted.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ wanted.at(i));
    return diff == 0;
}

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
// Test key pairs generated at run time: no secret ever sits in a fixture.
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

namespace compshare::test {

// 64 characters in the alphabet real CompShare keys use (base64, with + and /).
inline QString generatedKey()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QString key;
    for (int i = 0; i < 64; ++i)
        key.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]));
    return key;
}

// Unique per run, so suites sharing one keyring never collide.
inline QString uniqueProfileName(const QString &stem)
{
    return stem + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace compshare::test

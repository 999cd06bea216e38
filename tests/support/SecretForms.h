// SPDX-License-Identifier: MIT
// Finding a secret in output or a file in any of the forms it could be
// written in, not only its literal bytes: UTF-8, UTF-16 (both byte orders),
// percent-encoded (URL and form), base64 (standard and URL-safe, at any byte
// offset inside a longer encoded text) and hex.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace compshare::test {

struct SecretForm
{
    QString name; // "utf-8", "base64 +1", ...
    QByteArray needle;
};

// Every form of `secret` to look for. Secrets under 8 bytes give none (too
// short to tell from chance).
QList<SecretForm> secretForms(const QString &secret);

// The name of the first form of `secret` found in `haystack`; empty if none.
QString findSecret(const QByteArray &haystack, const QString &secret);

} // namespace compshare::test

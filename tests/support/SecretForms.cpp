// SPDX-License-Identifier: MIT
#include "support/SecretForms.h"

#include <QStringEncoder>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace compshare::test {
namespace {

// The part of base64(prefix + bytes + suffix) that depends only on `bytes`,
// for a prefix of `offset` bytes (0..2) and any suffix.
QByteArray base64Core(const QByteArray &bytes, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded =
        (QByteArray(offset, '\0') + bytes).toBase64(options | QByteArray::OmitTrailingEquals);
    // Characters 0..offset mix prefix bits (0, 2 or 3 of them); the last
    // group of four may mix the suffix's.
    const int head = offset == 0 ? 0 : offset + 1;
    const qsizetype fullBytes = (offset + bytes.size()) / 3 * 3;
    const qsizetype stable = fullBytes / 3 * 4; // characters of whole groups
    return encoded.mid(head, stable - head);
}

} // namespace

QList<SecretForm> secretForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    if (utf8.size() < 8)
        return {};
    QList<SecretForm> forms{
        {QStringLiteral("utf-8"), utf8},
        {QStringLiteral("utf-16le"), QStringEncoder(QStringEncoder::Utf16LE).encode(secret)},
        {QStringLiteral("utf-16be"), QStringEncoder(QStringEncoder::Utf16BE).encode(secret)},
        {QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(secret)},
        {QStringLiteral("hex"), utf8.toHex()},
        {QStringLiteral("HEX"), utf8.toHex().toUpper()},
    };
    // Form encoding: space as '+', the rest percent-encoded.
    QByteArray form = QUrl::toPercentEncoding(secret, " ");
    form.replace(' ', '+');
    forms.append({QStringLiteral("form-encoded"), form});
    for (int offset = 0; offset < 3; ++offset) {
        for (const auto &[label, option] :
             {std::pair{QStringLiteral("base64"), QByteArray::Base64Encoding},
              std::pair{QStringLiteral("base64url"), QByteArray::Base64UrlEncoding}}) {
            const QByteArray core = base64Core(utf8, offset, option);
            if (core.size() >= 8)
                forms.append({label + QStringLiteral(" +%1").arg(offset), core});
        }
    }
    // Identical needles (a key with no character to escape) are looked for once.
    QList<SecretForm> unique;
    for (const SecretForm &f : forms) {
        if (std::none_of(unique.cbegin(), unique.cend(),
                         [&f](const SecretForm &u) { return u.needle == f.needle; }))
            unique.append(f);
    }
    return unique;
}

QString findSecret(const QByteArray &haystack, const QString &secret)
{
    const QList<SecretForm> forms = secretForms(secret);
    for (const SecretForm &f : forms) {
        if (haystack.contains(f.needle))
            return f.name;
    }
    return {};
}

} // namespace compshare::test

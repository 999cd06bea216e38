// SPDX-License-Identifier: MIT
// The secret finder the leak checks use: a key written base64-encoded (at any
// offset inside a longer text), as UTF-16, percent- or form-encoded or as hex
// is found; other text is not.
#include "support/SecretForms.h"
#include "support/SimulatorFixture.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QUrl>
#include <QtTest>

using compshare::test::findSecret;
using compshare::test::secretForms;

class TestSecretForms final : public QObject
{
    Q_OBJECT

    QByteArray noise(int n)
    {
        QByteArray bytes;
        for (int k = 0; k < n; ++k)
            bytes += char(QRandomGenerator::global()->bounded(32, 127));
        return bytes;
    }

private slots:
    void everyWrittenFormIsFound_data()
    {
        QTest::addColumn<QString>("encoding");
        for (const char *e : {"utf-8", "utf-16le", "utf-16be", "percent", "form", "hex", "base64",
                              "base64url", "base64 in a line"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void everyWrittenFormIsFound()
    {
        QFETCH(QString, encoding);
        // The fixtures' private keys hold + / = and a space here for the form.
        const QString key =
            compshare::test::generateCredentials().privateKey + QStringLiteral(" x");
        for (int prefix = 0; prefix < 4; ++prefix) {
            QByteArray written;
            if (encoding == QLatin1String("utf-8"))
                written = key.toUtf8();
            else if (encoding == QLatin1String("utf-16le"))
                written = QStringEncoder(QStringEncoder::Utf16LE).encode(key);
            else if (encoding == QLatin1String("utf-16be"))
                written = QStringEncoder(QStringEncoder::Utf16BE).encode(key);
            else if (encoding == QLatin1String("percent"))
                written = QUrl::toPercentEncoding(key);
            else if (encoding == QLatin1String("form"))
                written = QUrl::toPercentEncoding(key, " ").replace(' ', '+');
            else if (encoding == QLatin1String("hex"))
                written = key.toUtf8().toHex();
            else if (encoding == QLatin1String("base64"))
                written = key.toUtf8().toBase64();
            else if (encoding == QLatin1String("base64url"))
                written = key.toUtf8().toBase64(QByteArray::Base64UrlEncoding);
            else // the key inside a longer value that was encoded as a whole
                written = (noise(prefix) + "key=" + key.toUtf8() + "&" + noise(5)).toBase64();
            const QByteArray haystack = noise(prefix + 7) + written + noise(9);
            QVERIFY2(
                !findSecret(haystack, key).isEmpty(),
                qPrintable(encoding + QStringLiteral(" with prefix ") + QString::number(prefix)));
        }
    }

    void otherTextIsNotTakenForTheSecret()
    {
        const QString key = compshare::test::generateCredentials().privateKey;
        const QString other = compshare::test::generateCredentials().privateKey;
        QByteArray haystack;
        for (const auto &form : secretForms(other))
            haystack += form.needle + '\n';
        QVERIFY(haystack.size() > 200);
        QCOMPARE(findSecret(haystack, key), QString());
        QVERIFY(secretForms(QStringLiteral("short")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretForms)
#include "tst_secretforms.moc"

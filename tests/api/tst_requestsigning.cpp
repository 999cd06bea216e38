// SPDX-License-Identifier: MIT
// The encoder, the signer and the form body must agree byte for byte: what
// is signed is what is sent, and the body decodes back to exactly the values.
#include "wire/RequestParams.h"
#include "wire/RequestSigner.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>
#include <map>
#include <string>

using namespace compshare;

namespace {

// Independent reference: std::map over UTF-8 bytes, no Qt containers.
QString referenceSignature(const QMap<QString, QString> &params, const QString &privateKey)
{
    std::map<std::string, std::string> sorted;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() != QLatin1String("Signature"))
            sorted[it.key().toStdString()] = it.value().toStdString();
    }
    std::string joined;
    for (const auto &[name, value] : sorted)
        joined += name + value;
    joined += privateKey.toStdString();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(joined), QCryptographicHash::Sha1)
            .toHex());
}

QMap<QString, QString> decodeForm(const QByteArray &body)
{
    QMap<QString, QString> fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return fields;
}

QString randomKey(int length)
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= ");
    QString key;
    for (int i = 0; i < length; ++i)
        key += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return key;
}

} // namespace

class TestRequestSigning final : public QObject
{
    Q_OBJECT

private slots:
    void publishedVector()
    {
        RequestParams p;
        p.set(QStringLiteral("Action"), "GetUIoTCoreDeviceShadow")
            .set(QStringLiteral("DeviceSN"), "ark1d4ug1evfb1jy")
            .set(QStringLiteral("ProductSN"), "8pi2i730vxsala2a")
            .set(QStringLiteral("ProjectId"), "org-z44lmf12e")
            .set(QStringLiteral("PublicKey"),
                 "CJf+LfjjXPk70z/fsBlK9sHC+kBTTj7gr2g/C/R7YSi3EFTKCmh7Bp5W1UH64D/O")
            .set(QStringLiteral("Region"), "cn-sh2");
        const QString privateKey =
            QStringLiteral("ztqlj0vtg6Por5d/etqpadpTZwscLRh5cIsFAHbwuvnMY4mAWI+GT5C2yzj/KiZf");
        QCOMPARE(RequestSigner::sign(p, privateKey),
                 QStringLiteral("f1e6b4e35df41b42232e059f6020c7fd51b2889e"));
        // A Signature already present is not part of what is signed.
        p.set(QStringLiteral("Signature"), "whatever");
        QCOMPARE(RequestSigner::sign(p, privateKey),
                 QStringLiteral("f1e6b4e35df41b42232e059f6020c7fd51b2889e"));
    }

    void scalarEncoding_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("expected");
        QTest::newRow("true") << RequestParams::encodeBool(true) << "true";
        QTest::newRow("false") << RequestParams::encodeBool(false) << "false";
        QTest::newRow("2.0") << RequestParams::encodeDouble(2.0) << "2";
        QTest::newRow("0.5") << RequestParams::encodeDouble(0.5) << "0.5";
        QTest::newRow("1.5") << RequestParams::encodeDouble(1.5) << "1.5";
        QTest::newRow("-3.0") << RequestParams::encodeDouble(-3.0) << "-3";
        QTest::newRow("0.0") << RequestParams::encodeDouble(0.0) << "0";
        QTest::newRow("0.1") << RequestParams::encodeDouble(0.1) << "0.1";
        QTest::newRow("1e6") << RequestParams::encodeDouble(1e6) << "1000000";
    }
    void scalarEncoding()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, expected);
        QCOMPARE(encoded, expected);
    }

    void setOverloadsUseTheEncoder()
    {
        RequestParams p;
        p.set(QStringLiteral("B"), true).set(QStringLiteral("D"), 2.0).set(QStringLiteral("I"), 7);
        p.set(QStringLiteral("L"), qint64(1) << 40);
        QCOMPARE(p.value(QStringLiteral("B")), QStringLiteral("true"));
        QCOMPARE(p.value(QStringLiteral("D")), QStringLiteral("2"));
        QCOMPARE(p.value(QStringLiteral("I")), QStringLiteral("7"));
        QCOMPARE(p.value(QStringLiteral("L")), QStringLiteral("1099511627776"));
    }

    void arrays()
    {
        RequestParams p;
        p.setArray(QStringLiteral("UHostIds"),
                   {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        p.setArray(QStringLiteral("UHostIds"), {QStringLiteral("x"), QStringLiteral("y")});
        QCOMPARE(p.values().size(), 2);
        QCOMPARE(p.value(QStringLiteral("UHostIds.0")), QStringLiteral("x"));
        QCOMPARE(p.value(QStringLiteral("UHostIds.1")), QStringLiteral("y"));
        QVERIFY(!p.contains(QStringLiteral("UHostIds.2")));
    }

    void bodyRoundTripsAndSignatureMatches_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("privateKey");
        const QString plainPub = randomKey(32).remove(QRegularExpression(QStringLiteral("[+/= ]")));
        QTest::newRow("plain") << "Name"
                               << "gpu-box" << plainPub << randomKey(40);
        QTest::newRow("chinese") << "Remark" << QStringLiteral("训练机 上海二") << randomKey(40)
                                 << randomKey(40);
        QTest::newRow("plus slash equals")
            << "Tag"
            << "a+b/c=d" << QStringLiteral("ab+cd/ef==") << QStringLiteral("x+y/z= w");
        QTest::newRow("spaces") << "Name"
                                << "two words" << QStringLiteral("pub key ")
                                << QStringLiteral(" priv key");
        QTest::newRow("reserved chars") << "Remark"
                                        << "&=?#%~-_." << randomKey(20) << randomKey(20);
        QTest::newRow("bool true")
            << "Force" << RequestParams::encodeBool(true) << randomKey(30) << randomKey(30);
    }
    void bodyRoundTripsAndSignatureMatches()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, publicKey);
        QFETCH(QString, privateKey);
        RequestParams p;
        p.set(QStringLiteral("Action"), "DescribeCompShareInstance");
        p.set(QStringLiteral("PublicKey"), publicKey);
        p.set(name, value);
        p.setArray(QStringLiteral("UHostIds"), {QStringLiteral("uhost-1"), value});
        QMap<QString, QString> fields = p.values();
        const QString signature = RequestSigner::sign(fields, privateKey);
        QCOMPARE(signature, referenceSignature(fields, privateKey));
        fields.insert(QStringLiteral("Signature"), signature);

        const QByteArray body = FormBody::encode(fields);
        // Only the unreserved set may appear unencoded.
        for (char c : body) {
            const bool ok = QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                           "0123456789-_.~%&=")
                                .contains(c);
            QVERIFY2(ok, body.constData());
        }
        QVERIFY(!body.contains('+'));
        QVERIFY(!body.contains(' '));
        const QMap<QString, QString> decoded = decodeForm(body);
        QCOMPARE(decoded, fields);
        QCOMPARE(RequestSigner::sign(decoded, privateKey), signature);
    }

    void spaceIsPercent20()
    {
        QCOMPARE(FormBody::encodeComponent(QStringLiteral("a b+c/d=e")),
                 QByteArray("a%20b%2Bc%2Fd%3De"));
        QCOMPARE(FormBody::encodeComponent(QStringLiteral("上")), QByteArray("%E4%B8%8A"));
    }

    void sortIsByteOrder()
    {
        // Upper case sorts before lower case in byte order ("Zone" < "apple").
        QMap<QString, QString> p{{QStringLiteral("apple"), QStringLiteral("1")},
                                 {QStringLiteral("Zone"), QStringLiteral("2")}};
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash("Zone2apple1K", QCryptographicHash::Sha1).toHex());
        QCOMPARE(RequestSigner::sign(p, QStringLiteral("K")), expected);
    }
};

QTEST_GUILESS_MAIN(TestRequestSigning)
#include "tst_requestsigning.moc"

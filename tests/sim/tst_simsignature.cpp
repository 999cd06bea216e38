// SPDX-License-Identifier: MIT
// The simulator's own implementation of the UCloud signature rule.
#include "simulator/SimSignature.h"

#include <QCryptographicHash>
#include <QTest>

using compshare::sim::expectedSignature;
using compshare::sim::signatureMatches;

namespace {

QMap<QString, QString> publishedParams()
{
    // UCloud API overview, "关于API接入" (see /work/shared/api/README.md).
    return {{QStringLiteral("Action"), QStringLiteral("GetUIoTCoreDeviceShadow")},
            {QStringLiteral("DeviceSN"), QStringLiteral("ark1d4ug1evfb1jy")},
            {QStringLiteral("ProductSN"), QStringLiteral("8pi2i730vxsala2a")},
            {QStringLiteral("ProjectId"), QStringLiteral("org-z44lmf12e")},
            {QStringLiteral("PublicKey"),
             QStringLiteral("CJf+LfjjXPk70z/fsBlK9sHC+kBTTj7gr2g/C/R7YSi3EFTKCmh7Bp5W1UH64D/O")},
            {QStringLiteral("Region"), QStringLiteral("cn-sh2")}};
}

QString publishedPrivateKey()
{
    return QStringLiteral("ztqlj0vtg6Por5d/etqpadpTZwscLRh5cIsFAHbwuvnMY4mAWI+GT5C2yzj/KiZf");
}

} // namespace

class TestSimSignature final : public QObject
{
    Q_OBJECT

private slots:
    void publishedVector()
    {
        QCOMPARE(expectedSignature(publishedParams(), publishedPrivateKey()),
                 QStringLiteral("f1e6b4e35df41b42232e059f6020c7fd51b2889e"));
        auto params = publishedParams();
        params.insert(QStringLiteral("Signature"),
                      QStringLiteral("f1e6b4e35df41b42232e059f6020c7fd51b2889e"));
        QVERIFY(signatureMatches(params, publishedPrivateKey()));
    }

    void wrongKeyOrValueFails()
    {
        auto params = publishedParams();
        params.insert(QStringLiteral("Signature"),
                      QStringLiteral("f1e6b4e35df41b42232e059f6020c7fd51b2889e"));
        QVERIFY(!signatureMatches(params, publishedPrivateKey() + QLatin1Char('x')));
        params.insert(QStringLiteral("Region"), QStringLiteral("cn-sh3"));
        QVERIFY(!signatureMatches(params, publishedPrivateKey()));
        params = publishedParams();
        params.insert(QStringLiteral("Signature"),
                      QStringLiteral("F1E6B4E35DF41B42232E059F6020C7FD51B2889E"));
        QVERIFY(!signatureMatches(params, publishedPrivateKey())); // lower-case hex only
        params.remove(QStringLiteral("Signature"));
        QVERIFY(!signatureMatches(params, publishedPrivateKey()));
    }

    void byteOrderSort()
    {
        // Upper case sorts before lower case in byte order: "Zone" < "alpha".
        const QMap<QString, QString> params{{QStringLiteral("alpha"), QStringLiteral("1")},
                                            {QStringLiteral("Zone"), QStringLiteral("2")}};
        const QByteArray text = "Zone2alpha1key";
        QCOMPARE(
            expectedSignature(params, QStringLiteral("key")),
            QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex()));
    }
};

QTEST_GUILESS_MAIN(TestSimSignature)
#include "tst_simsignature.moc"

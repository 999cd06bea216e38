// SPDX-License-Identifier: MIT
#include "wire/ApiTransport.h"
#include "wire/EndpointPolicy.h"

#include <QtTest>

using namespace compshare;

class TestEndpointPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https api") << "https://api.compshare.cn/" << true;
        QTest::newRow("https any") << "https://example.com:8443/x" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000/" << true;
        QTest::newRow("http localhost") << "http://localhost:9000/" << true;
        QTest::newRow("http example.com") << "http://example.com/" << false;
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/" << false;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.com/" << false;
        QTest::newRow("http 127.0.0.1.nip.io") << "http://127.0.0.1.nip.io/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("empty") << "" << false;
    }
    void check()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const ApiError e = EndpointPolicy::check(QUrl(url));
        QCOMPARE(!e.isError(), allowed);
        if (!allowed) {
            QCOMPARE(e.kind(), ApiError::Kind::Policy);
            QVERIFY(!e.explanation().isEmpty());
        }
    }

    void transportKeepsOldEndpointAndRefusesBeforeSending()
    {
        ApiTransport t;
        QCOMPARE(t.endpoint(), ApiTransport::defaultEndpoint());
        const ApiError e = t.setEndpoint(QUrl(QStringLiteral("http://example.com/")));
        QCOMPARE(e.kind(), ApiError::Kind::Policy);
        QVERIFY(e.explanation().contains(QLatin1String("example.com")));
        QCOMPARE(t.endpoint(), ApiTransport::defaultEndpoint());
        QVERIFY(!t.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1/"))).isError());

        // No credentials: a Policy error, delivered asynchronously, nothing sent.
        bool called = false;
        ApiResponse got;
        t.call(QStringLiteral("DescribeCompShareInstance"), {}, this, [&](const ApiResponse &r) {
            called = true;
            got = r;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(got.error.kind(), ApiError::Kind::Policy);
        QCOMPARE(t.requestsSent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"

// SPDX-License-Identifier: MIT
// The simulator's request parser: form, JSON and query-string parameters.
#include "simulator/SimRequestParser.h"

#include <QTest>

using compshare::sim::parseFormEncoded;
using compshare::sim::parseJsonBody;
using compshare::sim::parseRequestParams;

class TestSimRequestParser final : public QObject
{
    Q_OBJECT

private slots:
    void formDecoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QByteArray("A=1&B=two") << QStringLiteral("B")
                               << QStringLiteral("two");
        QTest::newRow("plus is space")
            << QByteArray("Key=a+b") << QStringLiteral("Key") << QStringLiteral("a b");
        QTest::newRow("%2B is plus")
            << QByteArray("Key=a%2Bb") << QStringLiteral("Key") << QStringLiteral("a+b");
        QTest::newRow("%20 is space")
            << QByteArray("Key=a%20b") << QStringLiteral("Key") << QStringLiteral("a b");
        QTest::newRow("utf8") << QByteArray("Name=%E8%AE%AD%E7%BB%83") << QStringLiteral("Name")
                              << QStringLiteral("训练");
        QTest::newRow("encoded name")
            << QByteArray("UHostIds%2E0=x") << QStringLiteral("UHostIds.0") << QStringLiteral("x");
        QTest::newRow("no value") << QByteArray("Flag") << QStringLiteral("Flag") << QString();
        QTest::newRow("equals in value")
            << QByteArray("K=a=b") << QStringLiteral("K") << QStringLiteral("a=b");
        QTest::newRow("last wins")
            << QByteArray("K=1&K=2") << QStringLiteral("K") << QStringLiteral("2");
    }
    void formDecoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto params = parseFormEncoded(body);
        QVERIFY(params.contains(name));
        QCOMPARE(params.value(name), value);
    }

    void formSkipsEmptyPieces()
    {
        const auto params = parseFormEncoded("&&=x&A=1&");
        QCOMPARE(params.size(), 1);
        QCOMPARE(params.value(QStringLiteral("A")), QStringLiteral("1"));
    }

    void jsonValues()
    {
        const auto params = parseJsonBody(R"({"S":"x y","T":true,"F":false,"I":2.0,"D":1.5,)"
                                          R"("N":-3,"Big":1700000000,"A":["a","b"],)"
                                          R"("O":{"X":1},"Z":null})");
        QCOMPARE(params.value(QStringLiteral("S")), QStringLiteral("x y"));
        QCOMPARE(params.value(QStringLiteral("T")), QStringLiteral("true"));
        QCOMPARE(params.value(QStringLiteral("F")), QStringLiteral("false"));
        QCOMPARE(params.value(QStringLiteral("I")), QStringLiteral("2"));
        QCOMPARE(params.value(QStringLiteral("D")), QStringLiteral("1.5"));
        QCOMPARE(params.value(QStringLiteral("N")), QStringLiteral("-3"));
        QCOMPARE(params.value(QStringLiteral("Big")), QStringLiteral("1700000000"));
        QCOMPARE(params.value(QStringLiteral("A.0")), QStringLiteral("a"));
        QCOMPARE(params.value(QStringLiteral("A.1")), QStringLiteral("b"));
        QCOMPARE(params.value(QStringLiteral("O.X")), QStringLiteral("1"));
        QVERIFY(!params.contains(QStringLiteral("Z")));
    }

    void jsonRejectsNonObjects()
    {
        QVERIFY(parseJsonBody("[1,2]").isEmpty());
        QVERIFY(parseJsonBody("{broken").isEmpty());
        QVERIFY(parseJsonBody("").isEmpty());
    }

    void requestKinds()
    {
        // GET: only the query string counts.
        auto params = parseRequestParams("GET", {}, "Ignored=1", "Action=X&Key=a%2Bb");
        QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("X"));
        QCOMPARE(params.value(QStringLiteral("Key")), QStringLiteral("a+b"));
        QVERIFY(!params.contains(QStringLiteral("Ignored")));
        // JSON POST (content type with parameters).
        params =
            parseRequestParams("POST", "Application/JSON; charset=utf-8", R"({"Action":"Y"})", {});
        QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("Y"));
        // Form POST: body wins over the query string.
        params = parseRequestParams("POST", "application/x-www-form-urlencoded", "Action=Z&B=2",
                                    "Action=Q&C=3");
        QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("Z"));
        QCOMPARE(params.value(QStringLiteral("C")), QStringLiteral("3"));
        // No content type: read as a form.
        params = parseRequestParams("POST", {}, "Action=W", {});
        QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("W"));
    }

    void hostileInputIsReadWithinBounds()
    {
        // 5000 nested objects (well formed): nothing of it is taken, whether
        // the JSON reader refuses the depth or the flattening stops at 16;
        // only the query string's pair is left (its undecodable percent
        // escapes read as Qt's decoder reads them).
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += R"({"a":)";
        deep += R"("v")" + QByteArray(5000, '}');
        const QByteArray query = "%%%=%zz&=&&";
        auto params = parseRequestParams("POST", "application/json", deep, query);
        QCOMPARE(params.size(), 1);
        QCOMPARE(params, parseFormEncoded(query));
        // 10,000 percent signs: one name, no value, no longer than the input.
        params = parseRequestParams("POST", "application/x-www-form-urlencoded",
                                    QByteArray(10000, '%'), {});
        QCOMPARE(params.size(), 1);
        QVERIFY(!params.firstKey().isEmpty() && params.firstKey().size() <= 10000);
        QVERIFY(params.first().isEmpty());
    }

    void nestingIsFlattenedToABoundedDepth()
    {
        // Depth 16 is read; anything deeper is dropped, not recursed into.
        const auto nested = [](int depth) {
            QByteArray body = R"("v")";
            for (int i = 0; i < depth; ++i)
                body = R"({"a":)" + body + "}";
            return body;
        };
        const QString name16 = QStringList(17, QStringLiteral("a")).join(QLatin1Char('.'));
        auto params = parseJsonBody(nested(17));
        QCOMPARE(params.size(), 1);
        QCOMPARE(params.value(name16), QStringLiteral("v"));
        params = parseJsonBody(nested(18));
        QVERIFY2(params.isEmpty(), qPrintable(params.keys().join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSimRequestParser)
#include "tst_simrequestparser.moc"

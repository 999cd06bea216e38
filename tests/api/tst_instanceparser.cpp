// SPDX-License-Identifier: MIT
#include "base/BackgroundTask.h"
#include "wire/InstanceParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

using namespace compshare;

namespace {

QJsonObject goodRecord(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("UHostId"), id},
        {QStringLiteral("Name"), QStringLiteral("trainer")},
        {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
        {QStringLiteral("State"), QStringLiteral("Running")},
        {QStringLiteral("ChargeType"), QStringLiteral("Spot")},
        {QStringLiteral("GpuType"), QStringLiteral("4090")},
        {QStringLiteral("GPU"), 2},
        {QStringLiteral("CPU"), 16},
        {QStringLiteral("Memory"), QStringLiteral("65536")},
        {QStringLiteral("GraphicsMemory"), QJsonObject{{QStringLiteral("Value"), 24}}},
        {QStringLiteral("InstancePrice"), 3.5},
        {QStringLiteral("CompShareImageStatus"), QStringLiteral("Normal")},
        {QStringLiteral("CompShareImageId"), QStringLiteral("compshareImage-comfy")},
        {QStringLiteral("IPSet"),
         QJsonArray{QJsonObject{{QStringLiteral("IP"), QStringLiteral("10.0.0.2")},
                                {QStringLiteral("Type"), QStringLiteral("Private")}},
                    QJsonObject{{QStringLiteral("IP"), QStringLiteral("1.2.3.4")},
                                {QStringLiteral("Type"), QStringLiteral("BGP")},
                                {QStringLiteral("IPMode"), QStringLiteral("IPv4")}}}},
        {QStringLiteral("CreateTime"), 1700000000},
        {QStringLiteral("AutoRenew"), QStringLiteral("Yes")},
        {QStringLiteral("IsExpire"), QStringLiteral("No")},
        {QStringLiteral("SupportWithoutGpuStart"), true},
        {QStringLiteral("Password"), QStringLiteral("c2VjcmV0LXRlc3QtcGFzcw==")},
        {QStringLiteral("SomethingNew"), QJsonArray{1, 2, 3}},
    };
}

QJsonObject body(const QJsonValue &set, const QJsonValue &total = QJsonValue(1))
{
    return QJsonObject{{QStringLiteral("RetCode"), 0},
                       {QStringLiteral("TotalCount"), total},
                       {QStringLiteral("UHostSet"), set}};
}

} // namespace

class TestInstanceParser final : public QObject
{
    Q_OBJECT

private slots:
    void goodRecord_()
    {
        const auto r =
            InstanceParser::parseBody(body(QJsonArray{goodRecord(QStringLiteral("uhost-1"))}));
        QVERIFY(!r.error);
        QCOMPARE(r.totalCount, 1);
        QCOMPARE(r.skippedRecords, 0);
        QCOMPARE(r.instances.size(), 1);
        const Instance &i = r.instances.first();
        QCOMPARE(i.id, QStringLiteral("uhost-1"));
        QCOMPARE(i.region, QStringLiteral("cn-wlcb"));
        QCOMPARE(i.state, InstanceState::Running);
        QVERIFY(i.isSpot());
        QCOMPARE(i.gpuCount, 2);
        QCOMPARE(i.cpu, 16);
        QCOMPARE(i.memoryMb, 65536);
        QCOMPARE(i.gpuMemoryGb, 24.0);
        QCOMPARE(i.instancePrice, std::optional<double>(3.5));
        QCOMPARE(i.publicIp(), QStringLiteral("1.2.3.4"));
        QCOMPARE(i.created.toSecsSinceEpoch(), 1700000000);
        QVERIFY(!i.expires.isValid());
        QVERIFY(i.autoRenew);
        QVERIFY(!i.isExpired);
        QVERIFY(i.supportWithoutGpuStart);
        // Sent to the price action, which prices the image per GPU.
        QCOMPARE(i.imageId, QStringLiteral("compshareImage-comfy"));
    }

    void passwordIsNeverKept()
    {
        // Instance has no password field; make sure no string field carries it.
        const auto r = InstanceParser::parseBody(body(QJsonArray{goodRecord(QStringLiteral("u"))}));
        const Instance &i = r.instances.first();
        const QStringList strings{i.id,          i.name,           i.region,  i.zone,
                                  i.rawState,    i.rawChargeType,  i.gpuType, i.imageName,
                                  i.imageStatus, i.imageType,      i.osName,  i.remark,
                                  i.tag,         i.sshLoginCommand};
        for (const QString &s : strings)
            QVERIFY(!s.contains(QLatin1String("c2VjcmV0")));
    }

    void oddTypes()
    {
        QJsonObject r{{QStringLiteral("UHostId"), QStringLiteral("uhost-odd")},
                      {QStringLiteral("Region"), QStringLiteral("hk")},
                      {QStringLiteral("Zone"), 42},
                      {QStringLiteral("State"), QJsonArray{}},
                      {QStringLiteral("GPU"), QStringLiteral("4")},
                      {QStringLiteral("CPU"), QStringLiteral("not a number")},
                      {QStringLiteral("Memory"), 8192},
                      {QStringLiteral("GraphicsMemory"), QStringLiteral("48")},
                      {QStringLiteral("InstancePrice"), QStringLiteral("1.25")},
                      {QStringLiteral("IPSet"), QStringLiteral("oops")},
                      {QStringLiteral("CreateTime"), QStringLiteral("1700000000")},
                      {QStringLiteral("ExpireTime"), 1e300},
                      {QStringLiteral("Name"), QJsonValue::Null},
                      {QStringLiteral("AutoRenew"), 1}};
        const auto res = InstanceParser::parseBody(body(QJsonArray{r}, QStringLiteral("1")));
        QVERIFY(!res.error);
        QCOMPARE(res.totalCount, 1);
        QCOMPARE(res.instances.size(), 1);
        const Instance &i = res.instances.first();
        QCOMPARE(i.region, QStringLiteral("hk"));
        QCOMPARE(i.zone, QStringLiteral("42"));
        QCOMPARE(i.state, InstanceState::Unknown);
        QCOMPARE(i.gpuCount, 4);
        QCOMPARE(i.cpu, 0);
        QCOMPARE(i.memoryMb, 8192);
        QCOMPARE(i.gpuMemoryGb, 48.0);
        QCOMPARE(i.instancePrice, std::optional<double>(1.25));
        QVERIFY(i.ips.isEmpty());
        QCOMPARE(i.created.toSecsSinceEpoch(), 1700000000);
        QVERIFY(!i.expires.isValid());
        QVERIFY(i.name.isEmpty());
        QVERIFY(i.autoRenew);
    }

    void documentedExampleShape()
    {
        // The doc's example: State garbage, Memory a number, times as small ints.
        QJsonObject r{{QStringLiteral("UHostId"), QStringLiteral("wMwHWPOr")},
                      {QStringLiteral("Zone"), QStringLiteral("xdLgDoph")},
                      {QStringLiteral("State"), QStringLiteral("TnNuGSYE")},
                      {QStringLiteral("Memory"), 6},
                      {QStringLiteral("AutoRenew"), QStringLiteral("KHTdKhxO")},
                      {QStringLiteral("ExpireTime"), 4},
                      {QStringLiteral("SpotAttribute"), QJsonObject{}}};
        const auto res = InstanceParser::parseBody(body(QJsonArray{r}, 8));
        QCOMPARE(res.instances.size(), 1);
        QCOMPARE(res.instances.first().rawState, QStringLiteral("TnNuGSYE"));
        QCOMPARE(res.instances.first().region, QStringLiteral("xdLgDoph"));
        QCOMPARE(res.totalCount, 8);
    }

    void badRecordsSkipped()
    {
        QJsonArray set{goodRecord(QStringLiteral("a")),
                       17,
                       QStringLiteral("x"),
                       QJsonValue::Null,
                       QJsonObject{{QStringLiteral("Name"), QStringLiteral("no id")}},
                       QJsonObject{{QStringLiteral("UHostId"), QStringLiteral("   ")}},
                       QJsonArray{},
                       goodRecord(QStringLiteral("b"))};
        const auto r = InstanceParser::parseBody(body(set, 8));
        QVERIFY(!r.error);
        QCOMPARE(r.instances.size(), 2);
        QCOMPARE(r.skippedRecords, 6);
    }

    void hostileBodies_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("malformed");
        QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage\x80\x81", 12) << true;
        // Bytes that are not UTF-8 cost a character, not the answer (as the SDK).
        QTest::newRow("invalid utf8 in string")
            << QByteArray("{\"RetCode\":0,\"UHostSet\":[{\"UHostId\":\"\xc3\x28\"}]}") << false;
        QTest::newRow("RetCode alone") << QByteArray("{\"RetCode\":0}") << true;
        QTest::newRow("array top") << QByteArray("[1,2,3]") << true;
        QTest::newRow("string top") << QByteArray("\"hi\"") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("truncated") << QByteArray("{\"RetCode\":0,\"UHostSet\":[{\"UHo") << true;
        QTest::newRow("set is object") << QByteArray("{\"TotalCount\":1,\"UHostSet\":{}}") << true;
        QTest::newRow("set is string") << QByteArray("{\"UHostSet\":\"[]\"}") << true;
        QTest::newRow("no set, count 3") << QByteArray("{\"TotalCount\":3}") << true;
        QTest::newRow("no set, empty account") << QByteArray("{\"TotalCount\":0}") << false;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << true;
    }
    void hostileBodies()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, malformed);
        const auto r = InstanceParser::parseRaw(raw);
        QCOMPARE(r.error.kind() == ApiError::Kind::Malformed, malformed);
        if (malformed)
            QVERIFY(r.instances.isEmpty());
    }

    void bytesThatAreNotUtf8AreReplacedAndNamed()
    {
        const auto r = InstanceParser::parseRaw(
            QByteArray("{\"RetCode\":0,\"TotalCount\":2,\"UHostSet\":[{\"UHostId\":\"uhost-1\","
                       "\"Name\":\"ok\"},{\"UHostId\":\"uhost-2\",\"Remark\":\"a\xff\"}]}"));
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.instances.size(), 2);
        QCOMPARE(r.instances.at(1).remark, QStringLiteral("a\uFFFD"));
        QCOMPARE(r.problems.size(), 1); // only the record that held them
        QCOMPARE(r.problems.constFirst().kind, RecordProblem::Kind::TextRepaired);
        QCOMPARE(r.problems.constFirst().id, QStringLiteral("uhost-2"));
        QCOMPARE(r.problems.constFirst().position, 2);
    }

    void aFullPageIsParsedOffTheGuiThread()
    {
        // One page of 100 (Limit=100) is above the threshold: decoding it on
        // the GUI thread would hold back the next page's answer.
        QJsonArray set;
        for (int n = 0; n < 100; ++n)
            set.append(goodRecord(QStringLiteral("uhost-%1").arg(n)));
        const QByteArray raw = QJsonDocument(body(set, 100)).toJson(QJsonDocument::Compact);
        QVERIFY2(raw.size() > kOffThreadParseBytes, QByteArray::number(raw.size()).constData());
        QObject context;
        QThread *parsedOn = nullptr;
        InstanceParser::parseAsync(body(set, 100), raw.size(), &context,
                                   [&](const InstanceParser::Result &res) {
                                       QCOMPARE(res.instances.size(), 100);
                                       parsedOn = QThread::currentThread();
                                   });
        QVERIFY(!parsedOn);
        QTRY_COMPARE(parsedOn, qApp->thread()); // delivered back on this thread
    }

    void tenThousandRecords()
    {
        QJsonArray set;
        for (int n = 0; n < 10000; ++n)
            set.append(goodRecord(QStringLiteral("uhost-%1").arg(n)));
        const QByteArray raw = QJsonDocument(body(set, 10000)).toJson(QJsonDocument::Compact);
        QVERIFY(raw.size() > kOffThreadParseBytes);
        const auto r = InstanceParser::parseRaw(raw);
        QVERIFY(!r.error);
        QCOMPARE(r.instances.size(), 10000);
        QCOMPARE(r.instances.last().id, QStringLiteral("uhost-9999"));

        // Large: parsed on the pool, delivered on this thread.
        QObject context;
        bool delivered = false;
        InstanceParser::parseAsync(body(set, 10000), raw.size(), &context,
                                   [&](const InstanceParser::Result &res) {
                                       QCOMPARE(QThread::currentThread(), qApp->thread());
                                       QCOMPARE(res.instances.size(), 10000);
                                       delivered = true;
                                   });
        QVERIFY(!delivered); // asynchronous for large bodies
        QTRY_VERIFY(delivered);
    }

    void noCallbackAfterContextDestroyed()
    {
        QJsonArray set;
        for (int n = 0; n < 3000; ++n)
            set.append(goodRecord(QStringLiteral("uhost-%1").arg(n)));
        bool delivered = false;
        bool controlDelivered = false;
        QObject living;
        {
            QObject context;
            InstanceParser::parseAsync(body(set, 3000), 1024 * 1024, &context,
                                       [&](const InstanceParser::Result &) { delivered = true; });
        }
        // A control with a living context proves the barrier below lets a
        // delivery through.
        InstanceParser::parseAsync(
            body(set, 3000), 1024 * 1024, &living,
            [&](const InstanceParser::Result &) { controlDelivered = true; });
        // Barrier: both background parses have finished and every queued
        // delivery has been dispatched.
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY(controlDelivered);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!delivered);
    }

    void zones()
    {
        const QJsonObject b{
            {QStringLiteral("RetCode"), 0},
            {QStringLiteral("ZoneInfo"),
             QJsonArray{QJsonObject{{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                                    {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                                    {QStringLiteral("Describe"), QStringLiteral("华北二A")}},
                        QJsonObject{{QStringLiteral("Zone"), QStringLiteral("hk-02")}}, 5}}};
        const ZoneResult z = InstanceParser::parseZones(b);
        QVERIFY(!z.error);
        QCOMPARE(z.zones.size(), 2);
        QCOMPARE(z.zones.at(0).zoneName, QStringLiteral("华北二A"));
        QCOMPARE(z.zones.at(1).region, QStringLiteral("hk"));
        QCOMPARE(InstanceParser::parseZones({}).error.kind(), ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestInstanceParser)
#include "tst_instanceparser.moc"

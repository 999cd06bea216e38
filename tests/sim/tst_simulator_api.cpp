// SPDX-License-Identifier: MIT
// The simulator over real HTTP: authentication, encodings, listing,
// pagination, filters, zones and the journal.
#include "SimTestClient.h"
#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using compshare::sim::JournalEntry;
using compshare::sim::Simulator;
using compshare::simtest::Params;
using compshare::simtest::SimTestClient;
using Encoding = SimTestClient::Encoding;

namespace {

// Test keys are made in code, never stored.
QString randomKey()
{
    QByteArray bytes(30, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64()); // contains '+' and '/' often enough
}

QStringList ids(const compshare::simtest::Reply &reply)
{
    QStringList result;
    const QJsonArray set = reply.json.value(QStringLiteral("UHostSet")).toArray();
    for (const QJsonValue &value : set)
        result.append(value.toObject().value(QStringLiteral("UHostId")).toString());
    return result;
}

} // namespace

class TestSimulatorApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
    QString m_public;
    QString m_private;

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->loadScenario(Simulator::generatedScenario(250, {}, 7)));
        m_public = QStringLiteral("Test+Pub/") + randomKey();
        m_private = randomKey();
        m_sim->addAccount(m_public, m_private);
        QVERIFY(m_sim->listen());
        m_client = std::make_unique<SimTestClient>(m_sim->url(), m_public, m_private);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void encodingsAccepted_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("form") << int(Encoding::Form);
        QTest::newRow("json") << int(Encoding::Json);
        QTest::newRow("get") << int(Encoding::Get);
    }
    void encodingsAccepted()
    {
        QFETCH(int, encoding);
        const auto reply =
            m_client->call(QStringLiteral("DescribeCompShareInstance"),
                           {{QStringLiteral("Limit"), QStringLiteral("5")}}, Encoding(encoding));
        QVERIFY(reply.finished);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.retCode(), 0);
        QCOMPARE(reply.json.value(QStringLiteral("Action")).toString(),
                 QStringLiteral("DescribeCompShareInstanceResponse"));
        QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 250);
        QCOMPARE(ids(reply).size(), 5);
    }

    void journalKeepsItsLimit()
    {
        // A long-running demo holds a bounded journal: the newest entries.
        m_sim->setJournalLimit(3);
        for (int k = 0; k < 5; ++k)
            m_client->call(QStringLiteral("DescribeCompShareInstance"),
                           {{QStringLiteral("Limit"), QString::number(k + 1)}});
        const auto journal = m_sim->journal();
        QCOMPARE(journal.size(), 3);
        QCOMPARE(journal.first().params.value(QStringLiteral("Limit")), QStringLiteral("3"));
        QCOMPARE(journal.last().params.value(QStringLiteral("Limit")), QStringLiteral("5"));
    }

    void wrongPrivateKeyIs171()
    {
        SimTestClient wrong(m_sim->url(), m_public, randomKey());
        const auto reply = wrong.call(QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.retCode(), 171);
        QCOMPARE(reply.message(), QStringLiteral("Signature VerifyAC Error"));
        QCOMPARE(m_sim->journal().constLast().verdict, QStringLiteral("retcode:171"));
    }

    void unknownPublicKeyIs172()
    {
        SimTestClient stranger(m_sim->url(), randomKey(), m_private);
        const auto reply = stranger.call(QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(reply.retCode(), 172);
        QCOMPARE(reply.message(), QStringLiteral("User Not Exists"));
        // No PublicKey at all.
        const auto bare = m_client->postRaw("Action=DescribeCompShareInstance",
                                            "application/x-www-form-urlencoded");
        QCOMPARE(bare.retCode(), 172);
    }

    void missingAndUnknownAction()
    {
        auto reply = m_client->postRaw("Region=cn-wlcb", "application/x-www-form-urlencoded");
        QCOMPARE(reply.retCode(), 160);
        QCOMPARE(reply.message(), QStringLiteral("Missing Action"));
        reply = m_client->call(QStringLiteral("FlyToTheMoon"));
        QCOMPARE(reply.retCode(), 161);
        QCOMPARE(reply.message(), QStringLiteral("Action [FlyToTheMoon] Not Found"));
        QCOMPARE(reply.json.value(QStringLiteral("Action")).toString(),
                 QStringLiteral("FlyToTheMoonResponse"));
    }

    void unencodedPlusReadsAsSpace()
    {
        // Signed over "a+b" but sent raw: the server reads "a b" and rejects.
        Params params = m_client->signedParams(QStringLiteral("DescribeCompShareInstance"),
                                               {{QStringLiteral("Tag"), QStringLiteral("a+b")}});
        QByteArray raw;
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QByteArray value = it.key() == QLatin1String("Tag")
                                         ? QByteArray("a+b")
                                         : QUrl::toPercentEncoding(it.value());
            raw += (raw.isEmpty() ? "" : "&") + it.key().toUtf8() + '=' + value;
        }
        QCOMPARE(m_client->postRaw(raw, "application/x-www-form-urlencoded").retCode(), 171);
        QCOMPARE(m_sim->journal().constLast().params.value(QStringLiteral("Tag")),
                 QStringLiteral("a b"));
        // Percent-encoded, the same parameters pass.
        const auto reply = m_client->postRaw(compshare::simtest::encodeForm(params),
                                             "application/x-www-form-urlencoded");
        QCOMPARE(reply.retCode(), 0);
    }

    void pagination()
    {
        QStringList all;
        for (int offset = 0; offset < 250; offset += 100) {
            const auto reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                                              {{QStringLiteral("Offset"), QString::number(offset)},
                                               {QStringLiteral("Limit"), QStringLiteral("100")}});
            QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 250);
            all += ids(reply);
        }
        QCOMPARE(all.size(), 250);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 250); // no duplicates: stable order
        QCOMPARE(all.constFirst(), QStringLiteral("uhost-g0000000"));

        auto reply = m_client->call(QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(ids(reply).size(), 20); // default Limit
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Limit"), QStringLiteral("1000")}});
        QCOMPARE(ids(reply).size(), 100); // capped
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Offset"), QStringLiteral("240")},
                                {QStringLiteral("Limit"), QStringLiteral("100")}});
        QCOMPARE(ids(reply), all.mid(240));
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Offset"), QStringLiteral("5000")}});
        QVERIFY(ids(reply).isEmpty());
        QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 250);
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Limit"), QStringLiteral("ten")}});
        QCOMPARE(reply.retCode(), 230);
    }

    void regionZoneAndIdFilters()
    {
        auto reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                                    {{QStringLiteral("Region"), QStringLiteral("hk")},
                                     {QStringLiteral("Limit"), QStringLiteral("100")}});
        const int hk = reply.json.value(QStringLiteral("TotalCount")).toInt();
        QVERIFY(hk > 0 && hk < 250);
        const QJsonArray set = reply.json.value(QStringLiteral("UHostSet")).toArray();
        for (const QJsonValue &value : set)
            QCOMPARE(value.toObject().value(QStringLiteral("Zone")).toString(),
                     QStringLiteral("hk-02"));
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Region"), QStringLiteral("cn-sh2")},
                                {QStringLiteral("Zone"), QStringLiteral("cn-sh2-02")}});
        const int sh2 = reply.json.value(QStringLiteral("TotalCount")).toInt();
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")}});
        QCOMPARE(hk + sh2 + reply.json.value(QStringLiteral("TotalCount")).toInt(), 250);
        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("Region"), QStringLiteral("cn-sh2")},
                                {QStringLiteral("Zone"), QStringLiteral("hk-02")}});
        QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 0);

        reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                               {{QStringLiteral("UHostIds.0"), QStringLiteral("uhost-g0000007")},
                                {QStringLiteral("UHostIds.1"), QStringLiteral("uhost-g0000003")},
                                {QStringLiteral("UHostIds.2"), QStringLiteral("uhost-nope")}});
        QCOMPARE(ids(reply),
                 (QStringList{QStringLiteral("uhost-g0000003"), QStringLiteral("uhost-g0000007")}));
        QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 2);
    }

    void instanceFieldTypes()
    {
        QVERIFY(m_sim->loadScenario(Simulator::demoScenario()));
        SimTestClient demo(m_sim->url(), Simulator::demoPublicKey(), Simulator::demoPrivateKey());
        const auto reply = demo.call(QStringLiteral("DescribeCompShareInstance"),
                                     {{QStringLiteral("Limit"), QStringLiteral("1")}});
        QCOMPARE(reply.retCode(), 0);
        const QJsonObject first =
            reply.json.value(QStringLiteral("UHostSet")).toArray().at(0).toObject();
        QVERIFY(first.value(QStringLiteral("Memory")).isString());
        QVERIFY(first.value(QStringLiteral("GPU")).isDouble());
        QVERIFY(first.value(QStringLiteral("GraphicsMemory"))
                    .toObject()
                    .contains(QStringLiteral("Value")));
        QVERIFY(first.value(QStringLiteral("IPSet")).isArray());
        QVERIFY(first.value(QStringLiteral("SupportWithoutGpuStart")).isBool());
        QCOMPARE(first.value(QStringLiteral("Region")).toString(),
                 first.value(QStringLiteral("Zone")).toString().section(QLatin1Char('-'), 0, -2));
        const QByteArray password =
            QByteArray::fromBase64(first.value(QStringLiteral("Password")).toString().toLatin1());
        QVERIFY(password.size() >= 8);
    }

    void supportZones()
    {
        QVERIFY(m_sim->loadScenario(Simulator::demoScenario()));
        SimTestClient demo(m_sim->url(), Simulator::demoPublicKey(), Simulator::demoPrivateKey());
        const auto reply = demo.call(QStringLiteral("DescribeCompShareSupportZone"),
                                     {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")}});
        QCOMPARE(reply.retCode(), 0);
        const QJsonArray zones = reply.json.value(QStringLiteral("ZoneInfo")).toArray();
        QCOMPARE(zones.size(), 3);
        QCOMPARE(zones.at(1).toObject().value(QStringLiteral("Region")).toString(),
                 QStringLiteral("cn-sh2"));
        QCOMPARE(zones.at(1).toObject().value(QStringLiteral("Zone")).toString(),
                 QStringLiteral("cn-sh2-02"));
        QCOMPARE(zones.at(1).toObject().value(QStringLiteral("Describe")).toString(),
                 QStringLiteral("华东(上海)"));
    }

    void journalHasNoSignature()
    {
        QSignalSpy handled(m_sim.get(), &Simulator::requestHandled);
        m_client->call(QStringLiteral("DescribeCompShareInstance"),
                       {{QStringLiteral("Region"), QStringLiteral("hk")}}, Encoding::Get);
        QCOMPARE(handled.size(), 1);
        const QList<JournalEntry> entries =
            m_sim->journal(QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(entries.size(), 1);
        const JournalEntry &entry = entries.constFirst();
        QCOMPARE(entry.method, QStringLiteral("GET"));
        QCOMPARE(entry.verdict, QStringLiteral("ok"));
        QCOMPARE(entry.retCode, 0);
        QCOMPARE(entry.params.value(QStringLiteral("Region")), QStringLiteral("hk"));
        QCOMPARE(entry.params.value(QStringLiteral("PublicKey")), m_public);
        QVERIFY(!entry.params.contains(QStringLiteral("Signature")));
        m_sim->clearJournal();
        QVERIFY(m_sim->journal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorApi)
#include "tst_simulator_api.moc"

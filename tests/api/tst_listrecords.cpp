// SPDX-License-Identifier: MIT
// Records a listing could not use as sent (issue 32, "Records that vanish"),
// against the simulator over real HTTP: a record without UHostId is counted
// and named, never silently dropped; bytes that are not UTF-8 cost one
// character, not the list; {"RetCode":0} alone is not an empty account; and
// a gateway that brings fewer rows a page than Limit asks still lists every
// instance, each page starting where the rows before it ended.
#include "ApiSimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace compshare;
using compshare::test::ApiSimFixture;

namespace {

const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

QJsonObject record(const QString &id, const QString &name)
{
    QJsonObject r{{QStringLiteral("Name"), name},
                  {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                  {QStringLiteral("State"), QStringLiteral("Running")},
                  {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
                  {QStringLiteral("InstancePrice"), 1.5}};
    if (!id.isEmpty())
        r.insert(QStringLiteral("UHostId"), id);
    return r;
}

QByteArray answer(const QJsonArray &set)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("Action"),
                                      QStringLiteral("DescribeCompShareInstanceResponse")},
                                     {QStringLiteral("RetCode"), 0},
                                     {QStringLiteral("TotalCount"), int(set.size())},
                                     {QStringLiteral("UHostSet"), set}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestListRecords final : public QObject
{
    Q_OBJECT

private slots:
    void aRecordWithoutAnIdIsCountedAndNamed()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        f.sim->setFixedAnswer(
            kDescribe, answer({record(QStringLiteral("uhost-a"), QStringLiteral("a")),
                               record({}, QStringLiteral("orphan")), QStringLiteral("not a record"),
                               record(QStringLiteral("uhost-d"), QStringLiteral("d"))}));
        const ListResult r = f.listAll();
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.instances.size(), 2);
        QCOMPARE(r.skippedRecords, 2);
        QCOMPARE(r.undelivered(), 0); // sent, just not readable: not "never delivered"
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0),
                 (RecordProblem{RecordProblem::Kind::NoId, 2, {}, QStringLiteral("orphan")}));
        QCOMPARE(r.problems.at(1), (RecordProblem{RecordProblem::Kind::NotAnObject, 3, {}, {}}));
    }

    void bytesThatAreNotUtf8CostACharacterNotTheList()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        QByteArray body = answer({record(QStringLiteral("uhost-a"), QStringLiteral("a")),
                                  record(QStringLiteral("uhost-b"), QStringLiteral("trainXnode")),
                                  record(QStringLiteral("uhost-c"), QStringLiteral("c"))});
        body.replace("trainXnode", "train\xff\xfenode"); // not UTF-8
        f.sim->setFixedAnswer(kDescribe, body);
        const ListResult r = f.listAll();
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.instances.size(), 3);
        QCOMPARE(r.skippedRecords, 0);
        const Instance &b = r.instances.at(1);
        QCOMPARE(b.id, QStringLiteral("uhost-b"));
        QVERIFY2(b.name.startsWith(QStringLiteral("train\uFFFD")), qPrintable(b.name));
        QVERIFY(b.name.endsWith(QStringLiteral("node")));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.constFirst().kind, RecordProblem::Kind::TextRepaired);
        QCOMPARE(r.problems.constFirst().id, QStringLiteral("uhost-b"));
        QCOMPARE(r.problems.constFirst().position, 2);
    }

    void aRetCodeZeroAloneIsNotAnEmptyAccount()
    {
        ApiSimFixture f;
        QVERIFY(f.start(3));
        f.sim->setFixedAnswer(kDescribe, QByteArrayLiteral("{\"RetCode\":0}"));
        const ListResult r = f.listAll();
        QCOMPARE(r.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(r.error.explanation().contains(QStringLiteral("neither TotalCount nor UHostSet")),
                 qPrintable(r.error.explanation()));
        QVERIFY(r.instances.isEmpty());
    }

    void anEmptyAccountMayStillLeaveTheSetOut()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        f.sim->setFixedAnswer(kDescribe, QByteArrayLiteral("{\"RetCode\":0,\"TotalCount\":0}"));
        const ListResult r = f.listAll();
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.instances.size(), 0);
    }

    void aGatewayThatCapsItsPagesIsStillListedWhole_data()
    {
        QTest::addColumn<int>("instances");
        QTest::addColumn<int>("rowsPerPage");
        QTest::addColumn<bool>("sizeKnown"); // the previous listing's size is the hint
        QTest::newRow("250 by 20") << 250 << 20 << false;
        QTest::newRow("250 by 20, size known") << 250 << 20 << true;
        QTest::newRow("333 by 7") << 333 << 7 << false;
        QTest::newRow("100 by 99") << 100 << 99 << false;
    }

    void aGatewayThatCapsItsPagesIsStillListedWhole()
    {
        QFETCH(int, instances);
        QFETCH(int, rowsPerPage);
        QFETCH(bool, sizeKnown);
        ApiSimFixture f;
        QVERIFY(f.start(instances));
        if (sizeKnown) { // the first listing, uncapped, leaves its size behind
            QCOMPARE(f.listAll().instances.size(), instances);
            f.sim->clearJournal();
        }
        f.sim->setMaxPageSize(rowsPerPage);
        const ListResult r = f.listAll();
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.instances.size(), instances);
        QCOMPARE(r.undelivered(), 0);
        QSet<QString> ids;
        for (const Instance &i : r.instances)
            ids.insert(i.id);
        QCOMPARE(ids.size(), instances);
        // Every offset asked for once at most; none asked for twice.
        QSet<QString> offsets;
        const QList<sim::JournalEntry> sent = f.sim->journal(kDescribe);
        for (const sim::JournalEntry &e : sent) {
            const QString offset = e.params.value(QStringLiteral("Offset"));
            QVERIFY2(!offsets.contains(offset), qPrintable(offset));
            offsets.insert(offset);
        }
        // No more requests than the gateway's own page size needs.
        QCOMPARE(int(sent.size()), (instances + rowsPerPage - 1) / rowsPerPage);
    }
};

QTEST_GUILESS_MAIN(TestListRecords)
#include "tst_listrecords.moc"

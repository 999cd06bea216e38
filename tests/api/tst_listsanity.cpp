// SPDX-License-Identifier: MIT
// Sanity on every answer (issue 22, item 1) against the simulator over real
// HTTP: it serves fixed answers (Simulator::setFixedAnswer) that no real
// account produces, and the journal counts what the console sent.
#include "ApiSimFixture.h"
#include "support/TestSupport.h"
#include "wire/ListSanity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace compshare;
using compshare::test::ApiSimFixture;

namespace {

const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

QJsonObject record(const QString &id)
{
    return {{QStringLiteral("UHostId"), id},
            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
            {QStringLiteral("State"), QStringLiteral("Running")},
            {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
            {QStringLiteral("InstancePrice"), 1.5}};
}

QByteArray answer(const QJsonValue &totalCount, int rows)
{
    QJsonArray set;
    for (int n = 0; n < rows; ++n)
        set.append(record(QStringLiteral("uhost-fixed-%1").arg(n)));
    return QJsonDocument(QJsonObject{{QStringLiteral("Action"),
                                      QStringLiteral("DescribeCompShareInstanceResponse")},
                                     {QStringLiteral("RetCode"), 0},
                                     {QStringLiteral("TotalCount"), totalCount},
                                     {QStringLiteral("UHostSet"), set}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestListSanity final : public QObject
{
    Q_OBJECT

private slots:
    void aTotalCountBeyondReasonIsAnErrorAfterAFewRequests()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        f.sim->setFixedAnswer(kDescribe, answer(1e9, 1));
        const ListResult r = f.listAll();
        QCOMPARE(r.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(r.error.explanation().contains(QLocale().toString(qint64(1000000000))),
                 qPrintable(r.error.explanation()));
        QVERIFY(r.instances.isEmpty());
        const int sent = f.sim->requestCount(kDescribe);
        QVERIFY2(sent >= 1 && sent <= 3, qPrintable(QString::number(sent)));
        QVERIFY(!r.error.requestId().isEmpty());
    }

    void theBoundItselfIsStillAList()
    {
        int total = -1;
        QVERIFY(!ListSanity::readTotalCount(QJsonValue(ListSanity::kMaxTotalCount), &total));
        QCOMPARE(total, ListSanity::kMaxTotalCount);
        QVERIFY(ListSanity::readTotalCount(QJsonValue(ListSanity::kMaxTotalCount + 1), &total));
        QVERIFY(ListSanity::readTotalCount(QJsonValue(QStringLiteral("1e12")), &total));
    }

    void totalCountOneWithAnEmptySetContradictsItself()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        f.sim->setFixedAnswer(kDescribe, answer(1, 0));
        const ListResult r = f.listAll();
        QCOMPARE(r.error.kind(), ApiError::Kind::Contradiction);
        QVERIFY2(r.error.toString().contains(QStringLiteral("contradicts itself")),
                 qPrintable(r.error.toString()));
        const QList<sim::JournalEntry> sent = f.sim->journal(kDescribe);
        QVERIFY(!sent.isEmpty());
        QCOMPARE(r.error.requestId(), sent.last().requestId);
        QVERIFY(r.error.toString().contains(sent.last().requestId));
    }

    void anEmptyPagePastTheFirstContradictsItself()
    {
        // The simulator cannot serve one page full and the next empty with
        // the same TotalCount; the rule is the one the lister applies per page.
        QCOMPARE(ListSanity::checkPage(200, 250, 0).kind(), ApiError::Kind::Contradiction);
        QVERIFY(!ListSanity::checkPage(200, 200, 0)); // the list shrank: nothing there
        QVERIFY(!ListSanity::checkPage(0, 0, 0));     // an empty account
        QVERIFY(!ListSanity::checkPage(200, 250, 50));
    }

    void theSameIdOnTwoPagesContradictsItself()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        // 150 announced, every page answers the same 100 ids.
        f.sim->setFixedAnswer(kDescribe, answer(150, 100));
        const ListResult r = f.listAll();
        QCOMPARE(r.error.kind(), ApiError::Kind::Contradiction);
        QVERIFY2(r.error.explanation().contains(QStringLiteral("uhost-fixed-")),
                 qPrintable(r.error.explanation()));
        QVERIFY(!r.error.requestId().isEmpty());
    }

    void moreAnnouncedThanDeliveredIsTheDeliveredListWithItsNumbers()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        QFile example(
            test::dataFile(QStringLiteral("api-page-example-describecompshareinstance.json")));
        QVERIFY(example.open(QIODevice::ReadOnly));
        f.sim->setFixedAnswer(kDescribe, example.readAll());
        const ListResult r = f.listAll();
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QCOMPARE(r.instances.size(), 1);
        QCOMPARE(r.totalCount, 8);
        QCOMPARE(r.undelivered(), 7);
        const QList<sim::JournalEntry> sent = f.sim->journal(kDescribe);
        QVERIFY(!r.requestId.isEmpty());
        bool known = false;
        for (const sim::JournalEntry &e : sent)
            known = known || e.requestId == r.requestId;
        QVERIFY(known);
    }

    void anAnswerOverTheCapIsRefused()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        QByteArray huge = answer(1, 1);
        huge.chop(1); // the closing brace
        huge += ",\"Padding\":\"" + QByteArray(40 * 1024 * 1024, 'x') + "\"}";
        f.sim->setFixedAnswer(kDescribe, huge);
        const ListResult r = f.listAll();
        QCOMPARE(r.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(r.error.explanation().contains(QStringLiteral("32 MiB")),
                 qPrintable(r.error.explanation()));
        QCOMPARE(f.sim->requestCount(kDescribe), 1); // refused, not retried
        QVERIFY(f.transport->bytesReceived() <= ApiTransport::kMaxResponseBytes);
    }

    void aRetCodeThatIsNotAWholeNumberIsAnError_data()
    {
        QTest::addColumn<QByteArray>("retCode");
        QTest::newRow("abc") << QByteArray("\"abc\"");
        QTest::newRow("1.5") << QByteArray("1.5");
        QTest::newRow("0.5") << QByteArray("0.5");
        QTest::newRow("true") << QByteArray("true");
    }
    void aRetCodeThatIsNotAWholeNumberIsAnError()
    {
        QFETCH(QByteArray, retCode);
        ApiSimFixture f;
        QVERIFY(f.start(0));
        f.sim->setFixedAnswer(kDescribe, "{\"RetCode\":" + retCode + ",\"TotalCount\":0}");
        const ListResult r = f.listAll();
        QCOMPARE(r.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(r.error.explanation().contains(QStringLiteral("RetCode is not a whole number")),
                 qPrintable(r.error.explanation()));
    }

    void aWholeRetCodeAsAStringIsStillRead()
    {
        ApiSimFixture f;
        QVERIFY(f.start(0));
        f.sim->setFixedAnswer(kDescribe, "{\"RetCode\":\"0\",\"TotalCount\":0,\"UHostSet\":[]}");
        const ListResult r = f.listAll();
        QVERIFY2(!r.error, qPrintable(r.error.toString()));
        QVERIFY(r.instances.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestListSanity)
#include "tst_listsanity.moc"

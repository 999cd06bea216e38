// SPDX-License-Identifier: MIT
// Exactly once on the wire: a mutation whose connection closes before any
// answer is NOT replayed by Qt (see OneShotUpload and docs/RELIABILITY.md);
// MutationRecovery re-reads instead and says whether it took effect. One
// that never left (its body untouched) is known not applied, and tried again.
#include "ApiSimFixture.h"
#include "wire/MutationRecovery.h"

#include <QTcpServer>

using namespace compshare;
using compshare::sim::FaultRule;
using compshare::test::ApiSimFixture;

namespace {
const QString kStop = QStringLiteral("StopCompShareInstance");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

// A loopback port nothing listens on (it was free a moment ago).
QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
}

FaultRule dropAnswer(const QString &action)
{
    FaultRule rule;
    rule.action = action;
    rule.type = FaultRule::Type::DropAnswer;
    return rule; // every time: a replay would be dropped (and journaled) too
}
} // namespace

class TestExactlyOnce final : public QObject
{
    Q_OBJECT

private slots:
    void lostAnswerSendsTheStopOnce()
    {
        ApiSimFixture f;
        QVERIFY(f.start(10));
        const InstanceRef ref = ApiSimFixture::refOf(f.find(QStringLiteral("Running"), false));
        f.sim->addFault(dropAnswer(kStop));
        const MutationResult result = f.stop(ref, ForceStop::No);
        // Exactly one StopCompShareInstance reached the gateway.
        QCOMPARE(f.sim->requestCount(kStop, ref.id), 1);
        QCOMPARE(f.sim->journal(kStop).first().verdict, QStringLiteral("fault:drop"));
        QCOMPARE(result.error.kind(), ApiError::Kind::Network);
        QVERIFY2(result.error.detail().contains(QLatin1String("before CompShare answered")),
                 qPrintable(result.error.detail()));
        QVERIFY(result.error.outcomeUnknown());
        QVERIFY(result.haveReread);
        QCOMPARE(result.outcome, MutationResult::Outcome::AnswerLost);
        QCOMPARE(result.reread.state, InstanceState::Stopping);
    }

    void lostAnswerAndFailedRereadIsUnknown()
    {
        ApiSimFixture f;
        QVERIFY(f.start(10));
        const InstanceRef ref = ApiSimFixture::refOf(f.find(QStringLiteral("Running"), false));
        f.sim->addFault(dropAnswer(kStop));
        FaultRule down;
        down.action = kDescribe;
        down.type = FaultRule::Type::HttpStatus;
        down.httpStatus = 503;
        f.sim->addFault(down);
        const MutationResult result = f.stop(ref, ForceStop::No);
        QCOMPARE(f.sim->requestCount(kStop, ref.id), 1);
        QVERIFY(!result.haveReread);
        QCOMPARE(result.outcome, MutationResult::Outcome::AnswerLost);
    }

    void lostAnswerBeforeTheListingShowsItIsNotYetKnown()
    {
        // With the acceptance lag the re-read still lists Running: that is
        // not proof that the stop failed (OperationTracker keeps watching).
        ApiSimFixture f;
        QVERIFY(f.start(10));
        f.sim->setAcceptLagMs(60000);
        const InstanceRef ref = ApiSimFixture::refOf(f.find(QStringLiteral("Running"), false));
        f.sim->addFault(dropAnswer(kStop));
        const MutationResult result = f.stop(ref, ForceStop::No);
        QCOMPARE(f.sim->requestCount(kStop, ref.id), 1);
        QVERIFY(result.haveReread);
        QCOMPARE(result.reread.state, InstanceState::Running);
        QCOMPARE(result.outcome, MutationResult::Outcome::AnswerLost);
        f.sim->clock().advance(60000);
        QCOMPARE(f.sim->instanceState(ref.id), QStringLiteral("Stopping"));
    }

    // A connection that fails before Qt takes a byte of the body (here: the
    // port refuses it) never carried the request: the stop is known not
    // applied, said so, and tried again; nothing is re-read as if lost.
    void aStopThatNeverLeftIsNotSentAndSaysSo()
    {
        ApiSimFixture f;
        QVERIFY(f.start(10));
        const InstanceRef ref = ApiSimFixture::refOf(f.find(QStringLiteral("Running"), false));
        QVERIFY(!f.transport->setEndpoint(closedPortUrl()));
        f.sim->clearJournal();
        const qint64 before = f.transport->requestsSent();
        QSignalSpy attempts(f.transport.get(), &ApiTransport::attemptFinished);
        const MutationResult result = f.stop(ref, ForceStop::No);
        QCOMPARE(result.error.kind(), ApiError::Kind::Undelivered);
        QVERIFY(!result.error.outcomeUnknown());
        QVERIFY(result.error.neverSent());
        QVERIFY2(result.error.explanation().contains(QLatin1String("never left this computer")),
                 qPrintable(result.error.explanation()));
        QCOMPARE(result.outcome, MutationResult::Outcome::Rejected);
        QVERIFY(!result.haveReread);
        QCOMPARE(attempts.count(), 3);                 // the read retry bound, no more
        QCOMPARE(f.transport->requestsSent(), before); // none of them went out
        QCOMPARE(f.sim->journal().size(), 0);
        QCOMPARE(f.sim->instanceState(ref.id), QStringLiteral("Running"));
    }

    void aStopThatNeverLeftReachesCompShareOnceWhenTheConnectionWorksAgain()
    {
        ApiSimFixture f;
        QVERIFY(f.start(10));
        const InstanceRef ref = ApiSimFixture::refOf(f.find(QStringLiteral("Running"), false));
        const QUrl closed = closedPortUrl();
        QVERIFY(!f.transport->setEndpoint(closed));
        f.sim->clearJournal();
        // The simulator takes the refused port over after the first attempt.
        int attempts = 0;
        connect(f.transport.get(), &ApiTransport::attemptFinished, this, [&] {
            if (++attempts == 1)
                QVERIFY(f.sim->listen(quint16(closed.port()), QHostAddress::LocalHost));
        });
        const MutationResult result = f.stop(ref, ForceStop::No);
        QVERIFY2(!result.error, qPrintable(result.error.toString()));
        QCOMPARE(result.outcome, MutationResult::Outcome::Accepted);
        QCOMPARE(attempts, 2);
        QCOMPARE(f.sim->requestCount(kStop, ref.id), 1);
        QCOMPARE(f.sim->journal(kStop).first().verdict, QStringLiteral("ok"));
    }

    void retCodeAsStringIsAccepted()
    {
        ApiSimFixture f;
        QVERIFY(f.start(3));
        f.sim->setRetCodeAsString(true);
        const ListResult list = f.listAll();
        QVERIFY2(!list.error, qPrintable(list.error.toString()));
        QCOMPARE(list.instances.size(), 3);
        FaultRule rule;
        rule.action = kStop;
        rule.type = FaultRule::Type::RetCode;
        rule.retCode = 226604;
        f.sim->addFault(rule);
        const InstanceRef ref = ApiSimFixture::refOf(f.find(QStringLiteral("Running"), false));
        const MutationResult result = f.stop(ref, ForceStop::No);
        QCOMPARE(result.error.retCode(), 226604);
        QVERIFY(!result.error.requestId().isEmpty());
        QCOMPARE(result.error.requestId(), f.sim->journal(kStop).last().requestId);
        QVERIFY(result.error.toString().contains(result.error.requestId()));
    }
};

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"

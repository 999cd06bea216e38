// SPDX-License-Identifier: MIT
#include "domain/ApiError.h"

#include <QtTest>

using namespace compshare;
using Reason = ApiError::Reason;

Q_DECLARE_METATYPE(compshare::ApiError::Reason)
Q_DECLARE_METATYPE(compshare::ApiError)

class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void apiReasons_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("retCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("explains"); // a word the explanation+remedy must contain
        const QString stop = QStringLiteral("StopCompShareInstance");
        const QString start = QStringLiteral("StartCompShareInstance");
        QTest::newRow("171") << stop << 171 << "Signature VerifyAC Error" << Reason::KeyRejected
                             << "private key";
        QTest::newRow("172") << stop << 172 << "User Not Exists" << Reason::KeyUnknown
                             << "public key";
        QTest::newRow("lock by text")
            << stop << 8437 << "InstanceOperationInProgress: uhost-1 is locked"
            << Reason::OperationLocked << "10 minutes";
        QTest::newRow("lock text, other code") << stop << 999 << "InstanceOperationInProgress"
                                               << Reason::OperationLocked << "try again later";
        QTest::newRow("226605 stop") << stop << 226605 << "Update image use time task exist."
                                     << Reason::ImageTaskExists << "usage-time";
        QTest::newRow("226605 start") << start << 226605 << "Update image use time task exist."
                                      << Reason::ImageTaskExists << "usage-time";
        QTest::newRow("226601") << start << 226601 << "arrears" << Reason::InArrears << "arrears";
        QTest::newRow("226602") << start << 226602 << "" << Reason::Expired << "expired";
        QTest::newRow("226603") << start << 226603 << QStringLiteral("所选镜像不支持该卡型")
                                << Reason::ImageGpuMismatch << "GPU type";
        QTest::newRow("226604") << start << 226604 << "" << Reason::NoResources << "resources";
        QTest::newRow("226606") << start << 226606 << "" << Reason::NotVerified << "verified";
        QTest::newRow("8433") << start << 8433 << "" << Reason::ServiceError << "support";
    }
    void apiReasons()
    {
        QFETCH(QString, action);
        QFETCH(int, retCode);
        QFETCH(QString, message);
        QFETCH(Reason, reason);
        QFETCH(QString, explains);
        const ApiError e = ApiError::api(retCode, message, action);
        QCOMPARE(e.kind(), ApiError::Kind::Api);
        QCOMPARE(e.reason(), reason);
        QCOMPARE(e.retCode(), retCode);
        QCOMPARE(e.message(), message);
        QVERIFY(!e.isTransient());
        // Only a service error leaves a mutation's outcome unknown; the rest refuse.
        QCOMPARE(e.outcomeUnknown(), reason == Reason::ServiceError);
        const QString text = e.explanation() + QLatin1Char(' ') + e.remedy();
        QVERIFY2(text.contains(explains, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(e.toString().contains(QString::number(retCode)));
    }

    void unknownShowsServerMessageVerbatim()
    {
        const QString msg = QStringLiteral("Something odd <b>happened</b> 服务");
        const ApiError e = ApiError::api(424242, msg, QStringLiteral("StopCompShareInstance"));
        QCOMPARE(e.reason(), Reason::Other);
        QVERIFY(e.explanation().contains(msg));
        QVERIFY(e.toString().contains(QStringLiteral("424242")));
    }

    void undocumentedCodesCarryNoMeaning_data()
    {
        QTest::addColumn<int>("retCode");
        QTest::addColumn<QString>("message");
        // The simulator's invented codes and texts, and the README's 160/161.
        QTest::newRow("8435") << 8435 << "SpotInstanceNeedsForce: use Force";
        QTest::newRow("8436") << 8436 << "InstanceStateNotAllowed: Stopped";
        QTest::newRow("8437 without the name") << 8437 << "locked";
        QTest::newRow("8438") << 8438 << "WithoutGpuNotSupported";
        QTest::newRow("image text") << 12345 << "cannot stop: image task running";
        QTest::newRow("161") << 161 << "Action [X] Not Found";
    }
    void undocumentedCodesCarryNoMeaning()
    {
        QFETCH(int, retCode);
        QFETCH(QString, message);
        const ApiError e = ApiError::api(retCode, message, QStringLiteral("StopCompShareInstance"));
        QCOMPARE(e.reason(), Reason::Other);
        QVERIFY(e.toString().contains(message));
        QVERIFY(e.toString().contains(QString::number(retCode)));
    }

    void everyErrorCarriesMessageCodeAndRequestId()
    {
        ApiError e = ApiError::api(226601, QStringLiteral("The instance is in arrears."),
                                   QStringLiteral("StartCompShareInstance"));
        e.setRequestId(QStringLiteral("5f0c2a4e-1111-2222-3333-444455556666"));
        const QString text = e.toString();
        QVERIFY2(text.contains(QLatin1String("226601")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The instance is in arrears.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("5f0c2a4e-1111-2222-3333-444455556666")),
                 qPrintable(text));
        const QString details = e.details();
        QVERIFY(details.contains(QLatin1String("RetCode: 226601")));
        QVERIFY(details.contains(QLatin1String("Message: The instance is in arrears.")));
        QVERIFY(details.contains(QLatin1String("5f0c2a4e-1111-2222-3333-444455556666")));
        QVERIFY(details.contains(QLatin1String("StartCompShareInstance")));
    }

    void lockOnlyByName()
    {
        QCOMPARE(ApiError::api(1, QStringLiteral("InstanceOperationInProgress: x")).reason(),
                 Reason::OperationLocked);
        QCOMPARE(ApiError::api(8437, QStringLiteral("busy")).reason(), Reason::Other);
    }

    // The one rule: what each answer to a mutation says about whether it was
    // applied (docs/RELIABILITY.md, "What an answer means").
    void everyAnswerHasItsCertainty_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<int>("certainty");
        using C = ApiError::Certainty;
        const QString stop = QStringLiteral("StopCompShareInstance");
        QTest::newRow("RetCode 0") << ApiError() << int(C::Applied);
        QTest::newRow("HTTP 400") << ApiError::httpStatus(400, stop) << int(C::NotApplied);
        QTest::newRow("HTTP 404") << ApiError::httpStatus(404, stop) << int(C::NotApplied);
        QTest::newRow("HTTP 429") << ApiError::httpStatus(429, stop) << int(C::NotApplied);
        QTest::newRow("HTTP 500") << ApiError::httpStatus(500, stop) << int(C::Unknown);
        QTest::newRow("HTTP 502") << ApiError::httpStatus(502, stop) << int(C::Unknown);
        QTest::newRow("HTTP 503") << ApiError::httpStatus(503, stop) << int(C::Unknown);
        QTest::newRow("HTTP 504") << ApiError::httpStatus(504, stop) << int(C::Unknown);
        QTest::newRow("HTTP 302") << ApiError::httpStatus(302, stop) << int(C::Unknown);
        QTest::newRow("RetCode 8433")
            << ApiError::api(8433, QStringLiteral("service error"), stop) << int(C::Unknown);
        QTest::newRow("the lock") << ApiError::api(8437,
                                                   QStringLiteral("InstanceOperationInProgress"))
                                  << int(C::NotApplied);
        QTest::newRow("invalid parameters")
            << ApiError::api(230, QStringLiteral("Missing params [Zone]")) << int(C::NotApplied);
        QTest::newRow("spot without Force")
            << ApiError::api(8435, QStringLiteral("SpotInstanceNeedsForce")) << int(C::NotApplied);
        QTest::newRow("RetCode 226601") << ApiError::api(226601, QString()) << int(C::NotApplied);
        QTest::newRow("RetCode 8434, not documented for this")
            << ApiError::api(8434, QStringLiteral("disk detaching")) << int(C::NotApplied);
        QTest::newRow("no answer: network")
            << ApiError::network(QStringLiteral("Connection closed")) << int(C::Unknown);
        QTest::newRow("no answer: timeout") << ApiError::timeout(15000) << int(C::Unknown);
        QTest::newRow("unreadable body")
            << ApiError::malformed(QStringLiteral("not JSON")) << int(C::Unknown);
        QTest::newRow("contradicting body")
            << ApiError::contradiction(QStringLiteral("x")) << int(C::Unknown);
        QTest::newRow("never left")
            << ApiError::undelivered(ApiError::network(QStringLiteral("x"))) << int(C::NotApplied);
        QTest::newRow("TLS") << ApiError::tls(QStringLiteral("expired")) << int(C::NotApplied);
        QTest::newRow("policy") << ApiError::policy(QStringLiteral("plain http"))
                                << int(C::NotApplied);
    }

    void everyAnswerHasItsCertainty()
    {
        QFETCH(ApiError, error);
        QFETCH(int, certainty);
        QCOMPARE(int(error.certainty()), certainty);
        QCOMPARE(error.outcomeUnknown(), certainty == int(ApiError::Certainty::Unknown));
        // "No answer" is only a lost one; a 5xx or 8433 is an answer that does not say.
        QCOMPARE(error.noAnswer(), error.kind() == ApiError::Kind::Network ||
                                       error.kind() == ApiError::Kind::Timeout);
    }

    void transportKinds()
    {
        const ApiError net = ApiError::network(QStringLiteral("Connection refused"));
        QCOMPARE(net.kind(), ApiError::Kind::Network);
        QVERIFY(net.isTransient());
        QVERIFY(net.outcomeUnknown());
        QVERIFY(net.explanation().contains(QLatin1String("Connection refused")));

        const ApiError to = ApiError::timeout(15000);
        QCOMPARE(to.kind(), ApiError::Kind::Timeout);
        QVERIFY(!to.isTransient()); // it already waited its whole bound: not retried at once
        QVERIFY(to.outcomeUnknown());
        QVERIFY(to.explanation().contains(QLatin1String("15")));

        const ApiError tls = ApiError::tls(QStringLiteral("The certificate has expired"));
        QCOMPARE(tls.kind(), ApiError::Kind::Tls);
        QVERIFY(!tls.isTransient());
        QVERIFY(!tls.outcomeUnknown());
        QVERIFY(tls.explanation().contains(QLatin1String("The certificate has expired")));

        const ApiError limited = ApiError::httpStatus(429);
        QCOMPARE(limited.reason(), Reason::RateLimited);
        QVERIFY(limited.isTransient());
        QVERIFY(!limited.outcomeUnknown());

        const ApiError server = ApiError::httpStatus(503);
        QCOMPARE(server.reason(), Reason::ServerError);
        QVERIFY(server.isTransient());
        QVERIFY(
            server.outcomeUnknown()); // a gateway failure: it does not say (as the SDK reads it)
        QVERIFY(server.toString().contains(QLatin1String("503")));

        const ApiError notFound = ApiError::httpStatus(404);
        QCOMPARE(notFound.reason(), Reason::Other);
        QVERIFY(!notFound.isTransient());

        const ApiError bad = ApiError::malformed(QStringLiteral("not a JSON object"));
        QCOMPARE(bad.kind(), ApiError::Kind::Malformed);
        QVERIFY(!bad.isTransient());

        const ApiError pol = ApiError::policy(QStringLiteral("refused"));
        QCOMPARE(pol.kind(), ApiError::Kind::Policy);
        QCOMPARE(pol.explanation(), QStringLiteral("refused"));

        QVERIFY(!server.neverSent() && !bad.neverSent() && pol.neverSent());

        // Its connection failed before a byte of the body left: known not
        // applied (not "outcome unknown"), and safe to try again.
        const ApiError undelivered = ApiError::undelivered(
            ApiError::network(QStringLiteral("Connection closed"), QStringLiteral("StopX")));
        QCOMPARE(undelivered.kind(), ApiError::Kind::Undelivered);
        QCOMPARE(undelivered.action(), QStringLiteral("StopX"));
        QVERIFY(undelivered.neverSent());
        QVERIFY(!undelivered.outcomeUnknown());
        QVERIFY(undelivered.isTransient());
        QCOMPARE(undelivered.explanation(),
                 QStringLiteral("Could not reach the CompShare API: Connection closed. The request "
                                "never left this computer, so nothing changed."));
        QCOMPARE(
            undelivered.remedy(),
            QStringLiteral("Check the network connection and proxy settings, then try again."));

        const ApiError none;
        QVERIFY(!none);
        QVERIFY(none.toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

#include <QtTest>

using namespace compshare;
using Reason = ApiError::Reason;

Q_DECLARE_METATYPE(compshare::ApiError::Reason)

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
        QTest::newRow("image 226605 stop") << stop << 226605 << "Image task exists: making image"
                                           << Reason::MakingImage << "image";
        QTest::newRow("image text other code")
            << stop << 12345 << "cannot stop: image task running" << Reason::MakingImage << "image";
        QTest::newRow("226605 other action")
            << start << 226605 << "Update image use time task exist." << Reason::ImageTaskExists
            << "image task";
        QTest::newRow("spot by text") << stop << 1 << "SpotInstanceNeedsForce: use Force"
                                      << Reason::SpotNeedsForce << "force stop";
        QTest::newRow("spot 8435") << stop << 8435 << "" << Reason::SpotNeedsForce << "spot";
        QTest::newRow("state by text")
            << stop << 2 << "InstanceStateNotAllowed: Stopped" << Reason::WrongState << "state";
        QTest::newRow("state 8436") << stop << 8436 << "" << Reason::WrongState << "state";
        QTest::newRow("226601") << start << 226601 << "arrears" << Reason::InArrears << "arrears";
        QTest::newRow("226602") << start << 226602 << "" << Reason::Expired << "expired";
        QTest::newRow("226603") << start << 226603 << QStringLiteral("所选镜像不支持该卡型")
                                << Reason::ImageGpuMismatch << "GPU type";
        QTest::newRow("226604") << start << 226604 << "" << Reason::NoResources << "resources";
        QTest::newRow("226606") << start << 226606 << "" << Reason::NotVerified << "verified";
        QTest::newRow("8433") << start << 8433 << "" << Reason::ServiceError << "support";
        QTest::newRow("160") << start << 160 << "Missing Action" << Reason::MissingAction
                             << "action";
        QTest::newRow("161") << start << 161 << "Action Not Exists" << Reason::MissingAction
                             << "action";
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
        QVERIFY(!e.outcomeUnknown());
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

    void transportKinds()
    {
        const ApiError net = ApiError::network(QStringLiteral("Connection refused"));
        QCOMPARE(net.kind(), ApiError::Kind::Network);
        QVERIFY(net.isTransient());
        QVERIFY(net.outcomeUnknown());
        QVERIFY(net.explanation().contains(QLatin1String("Connection refused")));

        const ApiError to = ApiError::timeout(15000);
        QCOMPARE(to.kind(), ApiError::Kind::Timeout);
        QVERIFY(to.isTransient());
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
        QVERIFY(server.outcomeUnknown());
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

        const ApiError none;
        QVERIFY(!none);
        QVERIFY(none.toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

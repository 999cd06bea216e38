// SPDX-License-Identifier: MIT
// With every compshare category at debug level, no log line may carry the
// private key, a Signature, the request body or an instance Password.
#include "ApiSimFixture.h"
#include "support/SecretForms.h"
#include "wire/RequestSigner.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

using namespace compshare;
using compshare::sim::FaultRule;
using compshare::test::ApiSimFixture;

namespace {

QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromUtf8(context.category ? context.category : "") +
                       QLatin1Char(' ') + message);
    }
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

} // namespace

class TestApiLogging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("compshare.*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void noSecretsInAnyLogLine()
    {
        ApiSimFixture f;
        QVERIFY(f.start(250));
        f.transport->setTimeoutMs(300);

        // A list, a plain stop, a forced stop, a timed-out stop with re-read,
        // a retried read and a 171: every code path that logs.
        const ListResult list = f.listAll();
        QVERIFY(!list.error);
        const QJsonObject running = f.find(QStringLiteral("Running"), false);
        const QJsonObject spot = f.find(QStringLiteral("Running"), true);
        QCOMPARE(f.stop(ApiSimFixture::refOf(running), ForceStop::No).outcome,
                 MutationResult::Outcome::Accepted);
        QCOMPARE(f.stop(ApiSimFixture::refOf(spot), ForceStop::UserConfirmed).outcome,
                 MutationResult::Outcome::Accepted);
        FaultRule hang;
        hang.action = QStringLiteral("StopCompShareInstance");
        hang.type = FaultRule::Type::Hang;
        f.sim->addFault(hang);
        FaultRule flaky;
        flaky.action = QStringLiteral("DescribeCompShareInstance");
        flaky.type = FaultRule::Type::HttpStatus;
        flaky.remaining = 1;
        f.sim->addFault(flaky);
        QJsonObject third;
        const QList<QJsonObject> all = f.sim->instances();
        for (const QJsonObject &o : all) {
            if (f.sim->instanceState(o.value(QStringLiteral("UHostId")).toString()) ==
                QLatin1String("Running")) {
                third = o;
                break;
            }
        }
        QVERIFY(!third.isEmpty());
        const MutationResult timedOut = f.stop(ApiSimFixture::refOf(third), ForceStop::No);
        QCOMPARE(timedOut.error.kind(), ApiError::Kind::Timeout);
        const Credentials good = f.credentials;
        f.transport->setCredentials({good.publicKey, compshare::test::generatedKey(40)});
        QCOMPARE(f.listAll().error.retCode(), 171);

        // What must never appear: the private key (also percent-encoded), every
        // Signature the client sent (recomputed from the journal), body
        // fragments, and every instance Password the simulator handed out.
        QStringList secrets{good.privateKey,
                            QString::fromLatin1(QUrl::toPercentEncoding(good.privateKey)),
                            QStringLiteral("Signature="), QStringLiteral("PublicKey="),
                            QString::fromLatin1(QUrl::toPercentEncoding(good.publicKey))};
        const auto journal = f.sim->journal();
        for (const auto &entry : journal)
            secrets.append(RequestSigner::sign(entry.params, good.privateKey));
        for (const QJsonObject &o : all) {
            const QString password = o.value(QStringLiteral("Password")).toString();
            if (!password.isEmpty())
                secrets.append(password);
        }
        QVERIFY(secrets.size() > 250);

        QMutexLocker lock(&g_mutex);
        const QStringList lines = g_lines;
        QVERIFY(lines.size() > 10);
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("compshare.api")));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("RetCode 171")));
        for (const QString &line : lines) {
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY2(!line.contains(secret), qPrintable(line));
                // Also base64-, UTF-16-, percent- or hex-encoded.
                QVERIFY2(compshare::test::findSecret(line.toUtf8(), secret).isEmpty(),
                         qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestApiLogging)
#include "tst_apilogging.moc"

// SPDX-License-Identifier: MIT
// TLS and endpoint policy: a self-signed HTTPS server is refused with a Tls
// error naming the certificate problem (no request body ever reaches it); a
// plain-http endpoint that is not loopback is refused before any connection
// is attempted; and no product source can switch verification off.
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "wire/EndpointPolicy.h"

#include <QDirIterator>
#include <QHash>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace compshare;

class TestTlsPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void selfSignedServerIsRefusedWithTheReason()
    {
        // The console cannot reach CompShare without TLS: a machine without a
        // backend fails here rather than skipping the check.
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend");
        // Key material is generated per run, never committed.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile keyFile(key), certFile(cert);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));

        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int handshakes = 0;
        qint64 requestBytes = 0;
        // Counted at the start of the handshake: a failed one never becomes a
        // pending connection. readyRead would carry a decrypted request.
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *s) {
            ++handshakes;
            connect(s, &QSslSocket::readyRead, this,
                    [&requestBytes, s] { requestBytes += s->readAll().size(); });
        });

        ApiTransport transport;
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(server.serverPort());
        url.setPath(QStringLiteral("/"));
        QVERIFY(!transport.setEndpoint(url).isError());
        transport.setCredentials(test::generateCredentials());
        transport.setTimeoutMs(5000);
        transport.setRetryBaseDelayMs(10);
        bool done = false;
        ApiError error;
        transport.call(QStringLiteral("DescribeCompShareInstance"), RequestParams(), this,
                       [&](const ApiResponse &r) {
                           error = r.error;
                           done = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(error.kind(), ApiError::Kind::Tls);
        QVERIFY2(error.detail().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(error.detail()));
        QVERIFY(handshakes >= 1);  // it did reach the server ...
        QCOMPARE(requestBytes, 0); // ... and sent nothing over the untrusted channel
        qInfo("Tls error: %s", qPrintable(error.toString()));
    }

    void plainHttpToANonLoopbackHostIsRefused_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("example.com") << QStringLiteral("http://example.com/");
        QTest::newRow("10.0.0.1") << QStringLiteral("http://10.0.0.1/");
        QTest::newRow("lookalike") << QStringLiteral("http://127.0.0.1.example.com/");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/");
    }

    void plainHttpToANonLoopbackHostIsRefused()
    {
        QFETCH(QString, endpoint);
        ApiTransport transport;
        const QUrl before = transport.endpoint();
        const ApiError e = transport.setEndpoint(QUrl(endpoint));
        QCOMPARE(e.kind(), ApiError::Kind::Policy);
        QCOMPARE(transport.endpoint(), before);
        QCOMPARE(EndpointPolicy::check(QUrl(endpoint)).kind(), ApiError::Kind::Policy);
    }

    void refusedEndpointIsNeverConnectedTo()
    {
        // http://0.0.0.0 is refused by the policy (not a loopback address),
        // yet on Linux a connection to 0.0.0.0 lands on this machine's
        // loopback (the kernel routes INADDR_ANY to 127.0.0.1). So a listener
        // on 127.0.0.1 sees any attempt the policy let through, on every
        // machine, and no traffic leaves 127.0.0.0/8.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        int connections = 0;
        QHash<QTcpSocket *, QByteArray> received; // per connection, as it arrived
        connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            while (QTcpSocket *s = listener.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s,
                        [&received, s] { received[s] += s->readAll(); });
            }
        });
        const auto requestsFor = [&received](const QByteArray &host) {
            qint64 n = 0;
            for (const QByteArray &bytes : std::as_const(received))
                n += bytes.count("\r\nHost: " + host + ':');
            return n;
        };

        QUrl refusedUrl;
        refusedUrl.setScheme(QStringLiteral("http"));
        refusedUrl.setHost(QStringLiteral("0.0.0.0"));
        refusedUrl.setPort(listener.serverPort());
        refusedUrl.setPath(QStringLiteral("/"));
        QCOMPARE(EndpointPolicy::check(refusedUrl).kind(), ApiError::Kind::Policy);

        ConsoleSession session;
        const Credentials credentials = test::generateCredentials();
        const ApiError e = session.connectTo(refusedUrl, credentials);
        QCOMPARE(e.kind(), ApiError::Kind::Policy); // synchronously
        QVERIFY2(e.detail().contains(QStringLiteral("0.0.0.0")), qPrintable(e.toString()));
        QVERIFY(!session.isConnected());
        QCOMPARE(session.transport()->requestsSent(), 0);
        // What the session left for the event loop (its first refresh is a
        // 0 ms timer) runs before a turn queued now: then still nothing.
        bool turned = false;
        QTimer::singleShot(0, &listener, [&turned] { turned = true; });
        QTRY_VERIFY(turned);
        QCOMPARE(session.transport()->requestsSent(), 0);

        // The control, through the same session: an allowed loopback address
        // on the same listener. Once every request the transport sent has
        // arrived, none of them was addressed to the refused host.
        QUrl allowed = refusedUrl;
        allowed.setHost(QStringLiteral("127.0.0.1"));
        QVERIFY(!session.connectTo(allowed, credentials).isError());
        QTRY_VERIFY(session.transport()->requestsSent() > 0 &&
                    requestsFor("127.0.0.1") == session.transport()->requestsSent());
        QCOMPARE(requestsFor("0.0.0.0"), 0);
        QVERIFY(connections >= 1);
    }

    void noProductSourceTurnsVerificationOff()
    {
        const QString root = qEnvironmentVariable("COMPSHARE_SOURCE_DIR");
        QVERIFY(!root.isEmpty());
        QStringList hits;
        int files = 0;
        for (const char *sub : {"app", "ui", "simulator"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(sub),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                const QByteArray text = f.readAll();
                for (const char *bad : {"ignoreSslErrors", "VerifyNone", "setPeerVerifyMode"}) {
                    if (text.contains(bad))
                        hits << f.fileName() + QLatin1Char(':') + QLatin1String(bad);
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"

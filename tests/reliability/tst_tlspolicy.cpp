// SPDX-License-Identifier: MIT
// TLS and endpoint policy: a self-signed HTTPS server is refused with a Tls
// error naming the certificate problem (no request body ever reaches it); a
// plain-http endpoint that is not loopback is refused before any connection
// is attempted; and no product source can switch verification off.
#include "api/ApiTransport.h"
#include "api/EndpointPolicy.h"
#include "core/ConsoleSession.h"
#include "support/SimulatorFixture.h"

#include <QDirIterator>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;

class TestTlsPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void selfSignedServerIsRefusedWithTheReason()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
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
        // A real listener on this machine's own non-loopback address: if the
        // policy let anything through, the connection would show up here.
        QHostAddress own;
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : addresses) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol) {
                own = a;
                break;
            }
        }
        if (own.isNull())
            QSKIP("no non-loopback IPv4 address on this machine");
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::AnyIPv4));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] { ++connections; });

        ConsoleSession session;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(own.toString());
        url.setPort(listener.serverPort());
        url.setPath(QStringLiteral("/"));
        const ApiError e = session.connectTo(url, test::generateCredentials());
        QCOMPARE(e.kind(), ApiError::Kind::Policy); // synchronously
        QVERIFY(!e.detail().isEmpty() || !e.explanation().isEmpty());
        QTest::qWait(500);
        QCOMPARE(connections, 0);
        QCOMPARE(session.transport()->requestsSent(), 0);

        // The control: the same listener is reachable when asked directly.
        QTcpSocket probe;
        probe.connectToHost(own, listener.serverPort());
        QTRY_COMPARE(connections, 1);
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

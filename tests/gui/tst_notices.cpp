// SPDX-License-Identifier: MIT
// The notices above every page of the real window: a foreign API endpoint is
// named before the first request reaches it (the "endpoint" is a CONNECT
// proxy on 127.0.0.1, so nothing leaves this machine), and a blank or
// malformed key in the environment is named with its variable.
#include "session/ConsoleSession.h"
#include "state/EnvironmentCredentials.h"
#include "support/ConsoleWindow.h"
#include "ui/MainWindow.h"
#include "ui/text/KeyProblemText.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QtTest>

using namespace compshare;
using compshare::test::ConsoleWindow;
using compshare::test::smallScenario;

namespace {

QJsonObject oneInstance()
{
    return smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                           QStringLiteral("Running"), QStringLiteral("Postpay")}});
}

// Stands in for the endpoint's host: every connection the console opens to
// an https endpoint comes here first (as CONNECT host:443), and what the
// endpoint banner showed at that moment is recorded.
struct ProxyProbe
{
    QTcpServer server;
    QStringList connectLines;
    QList<bool> bannerShownAtConnection;
    QString bannerTextAtFirst;
};

} // namespace

class TestNotices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    void foreignEndpointIsNamedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("foreign");
        QTest::addColumn<QString>("host");
        QTest::newRow("foreign") << QStringLiteral("https://api.compshare-mirror.example/") << true
                                 << QStringLiteral("api.compshare-mirror.example");
        QTest::newRow("foreign port") << QStringLiteral("https://api.compshare.cn:8443/") << true
                                      << QStringLiteral("api.compshare.cn:8443");
        QTest::newRow("official") << QStringLiteral("https://api.compshare.cn/") << false
                                  << QStringLiteral("api.compshare.cn");
    }

    void foreignEndpointIsNamedBeforeAnyRequest()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, foreign);
        QFETCH(QString, host);
        ConsoleWindow c(oneInstance(), QSize(1280, 720), false);
        ui::StatusBanner *banner = c.window->endpointBanner();
        ProxyProbe probe;
        QVERIFY(probe.server.listen(QHostAddress::LocalHost));
        connect(&probe.server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = probe.server.nextPendingConnection()) {
                probe.bannerShownAtConnection << banner->isVisibleTo(c.window.get());
                if (probe.bannerTextAtFirst.isEmpty())
                    probe.bannerTextAtFirst = banner->text();
                connect(s, &QTcpSocket::readyRead, this, [&probe, s] {
                    const QByteArray line = s->readLine().trimmed();
                    if (line.startsWith("CONNECT "))
                        probe.connectLines << QString::fromLatin1(line);
                });
            }
        });
        QNetworkProxy::setApplicationProxy(QNetworkProxy(
            QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), probe.server.serverPort()));
        QVERIFY(!banner->isVisibleTo(c.window.get()));
        c.account->connectWith(QUrl(endpoint), c.fixture.credentials(), QStringLiteral("test"));
        // The first request's connection reached the "host".
        QTRY_VERIFY(!probe.connectLines.isEmpty());
        QVERIFY2(probe.connectLines.first().contains(QUrl(endpoint).host()),
                 qPrintable(probe.connectLines.first()));
        QVERIFY(!probe.bannerShownAtConnection.isEmpty());
        QCOMPARE(probe.bannerShownAtConnection.first(), foreign);
        QCOMPARE(banner->isVisibleTo(c.window.get()), foreign);
        if (!foreign)
            return;
        QVERIFY2(probe.bannerTextAtFirst.contains(host), qPrintable(probe.bannerTextAtFirst));
        QVERIFY(probe.bannerTextAtFirst.contains(QStringLiteral("signed with your key")));
        QCOMPARE(banner->kind(), ui::StatusBanner::Kind::Warning);
        QVERIFY(!banner->closeButton()->isVisibleTo(c.window.get())); // it stays

        // Back on a loopback simulator: gone.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        c.connectNow();
        QVERIFY(!banner->isVisibleTo(c.window.get()));
        QTRY_COMPARE(c.model()->rowCount(), 1);
    }

    void blankEnvironmentKeyIsNamed()
    {
        const QByteArray priv = EnvironmentCredentials::privateKeyVariable().toLatin1();
        const QByteArray pub = EnvironmentCredentials::publicKeyVariable().toLatin1();
        const QByteArray profile = EnvironmentCredentials::profileVariable().toLatin1();
        qputenv(priv.constData(), " ");
        qunsetenv(pub.constData());
        qunsetenv(profile.constData());
        CommandLineOptions options; // credentials from the environment, as at start-up
        AccountSession account(options);
        ui::MainWindow window(&account);
        account.start();
        window.show();
        qunsetenv(priv.constData());
        ui::StatusBanner *banner = window.keyBanner();
        QVERIFY(banner->isVisibleTo(&window));
        QVERIFY2(banner->text().contains(QStringLiteral("COMPSHARE_PRIVATE_KEY")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("blank")), qPrintable(banner->text()));
        // Used as given or not at all: nothing is connected in its place.
        QCOMPARE(banner->kind(), ui::StatusBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("no other key")),
                 qPrintable(banner->text()));
        QVERIFY(banner->actionButton()->isVisibleTo(&window));
        QVERIFY(!account.session()->isConnected());
    }

    // Issue 32, "Records that vanish": what a listing could not read is
    // named on screen, and the rest of the list is shown.
    void recordsTheListCouldNotReadAreNamed()
    {
        ConsoleWindow c(oneInstance(), QSize(1280, 720), false);
        const auto record = [](const QString &id, const QString &name) {
            QJsonObject r{{QStringLiteral("Name"), name},
                          {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                          {QStringLiteral("State"), QStringLiteral("Running")},
                          {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
                          {QStringLiteral("InstancePrice"), 1.5}};
            if (!id.isEmpty())
                r.insert(QStringLiteral("UHostId"), id);
            return r;
        };
        const QJsonArray set{record(QStringLiteral("uhost-a"), QStringLiteral("trainXnode")),
                             record({}, QStringLiteral("orphan")),
                             record(QStringLiteral("uhost-c"), QStringLiteral("c"))};
        QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("RetCode"), 0},
                                                    {QStringLiteral("TotalCount"), 3},
                                                    {QStringLiteral("UHostSet"), set}})
                              .toJson(QJsonDocument::Compact);
        body.replace("trainXnode", "train\xffnode");
        c.fixture.sim().setFixedAnswer(QStringLiteral("DescribeCompShareInstance"), body);
        c.connectNow();
        QTRY_COMPARE(c.model()->rowCount(), 2);
        ui::StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("Record 2 of CompShare's list (named \"orphan\") has "
                                              "no instance ID")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not in the list or in the totals")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("train\uFFFDnode")), qPrintable(text));
        QVERIFY(banner->details().contains(QStringLiteral("Record 2: no UHostId")));
    }

    void everyProblemHasItsSentence()
    {
        QSet<QString> seen;
        for (auto source : {KeyProblem::Source::EnvironmentVariable, KeyProblem::Source::Profile}) {
            for (auto half : {KeyProblem::Half::PublicKey, KeyProblem::Half::PrivateKey}) {
                for (auto defect : {KeyDefect::Blank, KeyDefect::Quoted, KeyDefect::InnerWhitespace,
                                    KeyDefect::NotAscii}) {
                    const KeyProblem p{source, QStringLiteral("WHERE-X"), half, defect, true};
                    const QString text = ui::KeyProblemText::sentence(p);
                    QVERIFY2(text.contains(QStringLiteral("WHERE-X")), qPrintable(text));
                    if (source == KeyProblem::Source::Profile)
                        QVERIFY(text.contains(half == KeyProblem::Half::PublicKey
                                                  ? QStringLiteral("public key")
                                                  : QStringLiteral("private key")));
                    seen.insert(text);
                }
            }
        }
        QCOMPARE(seen.size(), 4 + 8); // a variable names its half itself
    }
};

QTEST_MAIN(TestNotices)
#include "tst_notices.moc"

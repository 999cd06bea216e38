// SPDX-License-Identifier: MIT
// The details pane, the status banner and the demo banner.
#include "support/TestInstances.h"
#include "ui/dialogs/StopWhenIdleDialog.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/InstanceDetailsPane.h"
#include "ui/widgets/StatusBanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace compshare;
using namespace compshare::ui;
using Field = InstanceDetailsPane::Field;

class TestSideWidgets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void detailsShowEveryField()
    {
        Instance i = test::makeInstance(QStringLiteral("uhost-x1"), QStringLiteral("trainer"),
                                        ChargeType::Spot, 3.2);
        i.imageName = QStringLiteral("PyTorch 2.1");
        i.imageStatus = QStringLiteral("Normal");
        i.imageType = QStringLiteral("Official");
        i.ips = {{QStringLiteral("203.0.113.7"), QStringLiteral("BGP"), QStringLiteral("IPv4")},
                 {QStringLiteral("10.0.0.7"), QStringLiteral("Private"), QStringLiteral("IPv4")}};
        i.created = QDateTime(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);
        i.autoRenew = true;
        i.autoRenewKnown = true;
        i.osName = QStringLiteral("Ubuntu 22.04");
        i.remark = QStringLiteral("nightly runs");
        i.tag = QStringLiteral("ml");
        i.sshLoginCommand = QStringLiteral("ssh -p 23 root@203.0.113.7");

        InstanceDetailsPane pane;
        pane.show();
        QVERIFY(!pane.copySshButton()->isEnabled());
        pane.setInstance(&i);
        QVERIFY(pane.hasInstance());
        QCOMPARE(pane.fieldText(Field::Name), QStringLiteral("trainer"));
        QCOMPARE(pane.fieldText(Field::Id), QStringLiteral("uhost-x1"));
        QCOMPARE(pane.fieldText(Field::State), QStringLiteral("Running"));
        QCOMPARE(pane.fieldText(Field::Region), QStringLiteral("cn-wlcb / cn-wlcb-01"));
        QCOMPARE(pane.fieldText(Field::ChargeType), QStringLiteral("Spot"));
        QVERIFY(pane.spotBadge()->isVisible());
        QCOMPARE(pane.fieldText(Field::Gpu), QStringLiteral("RTX 4090 × 2, 24 GB each"));
        QCOMPARE(pane.fieldText(Field::Cpu), QStringLiteral("16 cores"));
        QCOMPARE(pane.fieldText(Field::Memory), QStringLiteral("64 GB"));
        QCOMPARE(pane.fieldText(Field::Price), QStringLiteral("¥3.20/h"));
        QCOMPARE(pane.fieldText(Field::Image), QStringLiteral("PyTorch 2.1 · Ready · Official"));
        QVERIFY(pane.fieldText(Field::Ips).contains(QStringLiteral("203.0.113.7 (BGP, IPv4)")));
        QVERIFY(pane.fieldText(Field::Ips).contains(QStringLiteral("10.0.0.7")));
        QCOMPARE(pane.fieldText(Field::Created),
                 QLocale().toString(i.created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(pane.fieldText(Field::Expires), QStringLiteral("—"));
        // A spot instance does not expire: no expiry, no auto-renew, whatever was sent.
        QCOMPARE(pane.fieldText(Field::AutoRenew), QStringLiteral("—"));
        QCOMPARE(pane.fieldText(Field::Os), QStringLiteral("Ubuntu 22.04"));
        QCOMPARE(pane.fieldText(Field::Remark), QStringLiteral("nightly runs"));
        QCOMPARE(pane.fieldText(Field::Tag), QStringLiteral("ml"));
        QCOMPARE(pane.fieldText(Field::SshCommand), i.sshLoginCommand);
        // No label anywhere says "password".
        const auto labels = pane.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY(!label->text().contains(QStringLiteral("assword")));

        QSignalSpy copied(&pane, &InstanceDetailsPane::sshCommandCopied);
        QGuiApplication::clipboard()->clear();
        QVERIFY(pane.copySshButton()->isEnabled());
        QTest::mouseClick(pane.copySshButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), i.sshLoginCommand);
        QCOMPARE(copied.count(), 1);

        // An instance without SSH command: button disabled; ordinary billing: no badge.
        Instance plain =
            test::makeInstance(QStringLiteral("uhost-x2"), QString(), ChargeType::Postpay);
        pane.setInstance(&plain);
        QCOMPARE(pane.fieldText(Field::Name), QStringLiteral("—"));
        QVERIFY(!pane.spotBadge()->isVisible());
        QVERIFY(!pane.copySshButton()->isEnabled());

        pane.setInstance(nullptr);
        QVERIFY(!pane.hasInstance());
        QVERIFY(pane.fieldText(Field::Id).isEmpty());
    }

    void statusBanner()
    {
        QWidget host;
        StatusBanner banner(&host);
        host.show();
        QVERIFY(banner.isHidden());
        QSignalSpy action(&banner, &StatusBanner::actionClicked);
        QSignalSpy dismissed(&banner, &StatusBanner::dismissed);

        banner.showMessage(StatusBanner::Kind::Error,
                           QStringLiteral("The API key was refused (RetCode 171)."),
                           QStringLiteral("Fix credentials…"));
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.kind(), StatusBanner::Kind::Error);
        QVERIFY(banner.actionButton()->isVisible());
        QCOMPARE(banner.actionButton()->text(), QStringLiteral("Fix credentials…"));
        QVERIFY(banner.findChild<QLabel *>(QStringLiteral("bannerText"))->wordWrap());
        QTest::mouseClick(banner.actionButton(), Qt::LeftButton);
        QCOMPARE(action.count(), 1);

        banner.showMessage(StatusBanner::Kind::Info, QStringLiteral("Refreshed."));
        QVERIFY(!banner.actionButton()->isVisible());
        QTest::mouseClick(banner.closeButton(), Qt::LeftButton);
        QVERIFY(banner.isHidden());
        QCOMPARE(dismissed.count(), 1);
        banner.dismiss(); // already hidden: no second signal
        QCOMPARE(dismissed.count(), 1);
    }

    void demoBanner()
    {
        DemoBanner banner;
        banner.show();
        QVERIFY(banner.findChild<QLabel *>(QStringLiteral("demoText"))
                    ->text()
                    .contains(QStringLiteral("Nothing here costs money")));
        QSignalSpy spy(&banner, &DemoBanner::addApiKeyRequested);
        QTest::mouseClick(banner.addApiKeyButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    void stopWhenIdleSaysPrepaidSavesNothingAndItsMinimum()
    {
        using compshare::test::makeInstance;
        StopWhenIdleDialog prepaid(
            makeInstance(QStringLiteral("uhost-m"), QStringLiteral("m"), ChargeType::Month), 0);
        auto *note = prepaid.findChild<QLabel *>(QStringLiteral("prepaidNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("saves nothing")));
        StopWhenIdleDialog payg(
            makeInstance(QStringLiteral("uhost-p"), QStringLiteral("p"), ChargeType::Postpay), 0);
        QVERIFY(!payg.findChild<QLabel *>(QStringLiteral("prepaidNote")));
        bool minimumSaid = false;
        for (QLabel *label : payg.findChildren<QLabel *>())
            minimumSaid =
                minimumSaid || label->text().startsWith(QStringLiteral("At least 5 minutes"));
        QVERIFY(minimumSaid);
    }
};

QTEST_MAIN(TestSideWidgets)
#include "tst_sidewidgets.moc"

// SPDX-License-Identifier: MIT
// PreferencesDialog over ConsoleSettings in a temporary INI file.
#include "state/ConsoleSettings.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "wire/EndpointPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace compshare;
using namespace compshare::ui;
using Language = ConsoleSettings::Language;

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
    }

    void settingsDefaults()
    {
        ConsoleSettings settings(m_file);
        QCOMPARE(settings.refreshIntervalSeconds(), 30);
        QVERIFY(settings.desktopNotifications());
        QVERIFY(settings.askBeforeOrdinaryStop());
        QCOMPARE(settings.language(), Language::System);
        QCOMPARE(settings.apiEndpoint(), QUrl(QStringLiteral("https://api.compshare.cn/")));
        settings.setRefreshIntervalSeconds(1);
        QCOMPARE(settings.refreshIntervalSeconds(), 10);
        settings.setRefreshIntervalSeconds(999999);
        QCOMPARE(settings.refreshIntervalSeconds(), 3600);
    }

    void endpointRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://api.compshare.cn/") << true;
        QTest::newRow("https other") << QStringLiteral("https://gw.example.com:8443/") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234/") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:1234/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://example.com") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5/") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }
    void endpointRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        // One policy: the settings read back what EndpointPolicy allows.
        QCOMPARE(!EndpointPolicy::check(QUrl(url)).isError(), ok);
        ConsoleSettings settings(m_file);
        settings.setApiEndpoint(QUrl(url));
        QCOMPARE(settings.apiEndpoint(), ok ? QUrl(url) : ConsoleSettings::defaultApiEndpoint());
    }

    void roundTrip()
    {
        {
            ConsoleSettings settings(m_file);
            settings.setRefreshIntervalSeconds(45);
            settings.setDesktopNotifications(false);
            settings.setAskBeforeOrdinaryStop(false);
            settings.setLanguage(Language::SimplifiedChinese);
            settings.setApiEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9000/")));
        }
        ConsoleSettings settings(m_file);
        PreferencesDialog dialog(settings);
        dialog.show();
        // The dialog shows what is stored.
        QCOMPARE(dialog.refreshSpinBox()->value(), 45);
        QVERIFY(!dialog.notificationsCheckBox()->isChecked());
        QVERIFY(!dialog.askBeforeStopCheckBox()->isChecked());
        QCOMPARE(Language(dialog.languageComboBox()->currentData().toInt()),
                 Language::SimplifiedChinese);
        QCOMPARE(dialog.endpointEdit()->text(), QStringLiteral("http://127.0.0.1:9000/"));
        QCOMPARE(dialog.refreshSpinBox()->minimum(), 10);
        QCOMPARE(dialog.refreshSpinBox()->maximum(), 3600);

        // Change everything, press OK: it is written.
        QSignalSpy applied(&dialog, &PreferencesDialog::settingsApplied);
        dialog.refreshSpinBox()->setValue(120);
        dialog.notificationsCheckBox()->setChecked(true);
        dialog.askBeforeStopCheckBox()->setChecked(true);
        dialog.languageComboBox()->setCurrentIndex(
            dialog.languageComboBox()->findData(int(Language::English)));
        dialog.endpointEdit()->clear();
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        ConsoleSettings reread(m_file);
        QCOMPARE(reread.refreshIntervalSeconds(), 120);
        QVERIFY(reread.desktopNotifications());
        QVERIFY(reread.askBeforeOrdinaryStop());
        QCOMPARE(reread.language(), Language::English);
        QCOMPARE(ConsoleSettings::languageCode(reread.language()), QStringLiteral("en"));
        QCOMPARE(reread.apiEndpoint(), ConsoleSettings::defaultApiEndpoint());
    }

    void refusesPlainHttpToAnotherHost()
    {
        ConsoleSettings settings(m_file);
        PreferencesDialog dialog(settings);
        dialog.show();
        QSignalSpy applied(&dialog, &PreferencesDialog::settingsApplied);
        dialog.refreshSpinBox()->setValue(60);
        dialog.endpointEdit()->setText(QStringLiteral("http://example.com"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(applied.count(), 0);
        QVERIFY(dialog.isVisible()); // stays open
        QVERIFY(dialog.endpointErrorLabel()->isVisible());
        QVERIFY(dialog.endpointErrorLabel()->text().contains(QStringLiteral("https")));
        // Nothing was written, not even the valid fields.
        QCOMPARE(ConsoleSettings(m_file).refreshIntervalSeconds(), 30);
        QCOMPARE(ConsoleSettings(m_file).apiEndpoint(), ConsoleSettings::defaultApiEndpoint());

        dialog.endpointEdit()->setText(QStringLiteral("https://gw.example.com/"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(ConsoleSettings(m_file).apiEndpoint(),
                 QUrl(QStringLiteral("https://gw.example.com/")));
    }

    void layoutAndListSizeRoundTrip()
    {
        {
            ConsoleSettings settings(m_file);
            QCOMPARE(settings.knownListSize(QStringLiteral("default")), 0);
            settings.setLayoutState(QStringLiteral("table/header"), QByteArray("abc"));
            settings.setKnownListSize(QStringLiteral("default"), 1000);
            settings.setKnownListSize(QStringLiteral("a/b\\c"), 7); // separators in a name
        }
        const ConsoleSettings reread(m_file);
        QCOMPARE(reread.layoutState(QStringLiteral("table/header")), QByteArray("abc"));
        QCOMPARE(reread.knownListSize(QStringLiteral("default")), 1000);
        QCOMPARE(reread.knownListSize(QStringLiteral("a/b\\c")), 7);
        QCOMPARE(reread.knownListSize(QStringLiteral("other")), 0);
    }

    void restartNoteIsShown()
    {
        ConsoleSettings settings(m_file);
        PreferencesDialog dialog(settings);
        bool found = false;
        const auto labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            found = found || label->text().contains(QStringLiteral("after a restart"));
        QVERIFY(found);
        QCOMPARE(dialog.languageComboBox()->count(), 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_counter = 0;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"

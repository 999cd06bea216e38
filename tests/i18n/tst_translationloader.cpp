// SPDX-License-Identifier: MIT
// TranslationLoader: the language precedence (--lang > setting > system),
// the embedded .qm files, Qt's own translation, the default locale, and API
// errors explained in both languages (unknown ones keep the server's text).
#include "domain/ApiError.h"
#include "session/TranslationLoader.h"
#include "text/InstanceText.h"
#include "text/StopConsequences.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QtTest>

using namespace compshare;

namespace {
bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(han);
}
} // namespace

class TestTranslationLoader final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_loader.load(QStringLiteral("en")); }

    void precedence_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList zhSystem{QStringLiteral("zh-CN"), QStringLiteral("zh-Hans-CN"),
                                   QStringLiteral("zh")};
        const QStringList enSystem{QStringLiteral("en-US"), QStringLiteral("en")};
        QTest::newRow("system zh") << QString() << QString() << zhSystem << "zh_CN";
        QTest::newRow("system en") << QString() << QString() << enSystem << "en";
        QTest::newRow("system de falls back to en")
            << QString() << QString() << QStringList{QStringLiteral("de-DE")} << "en";
        QTest::newRow("second system language")
            << QString() << QString()
            << QStringList{QStringLiteral("fr-FR"), QStringLiteral("zh-CN")} << "zh_CN";
        QTest::newRow("traditional chinese gets simplified")
            << QString() << QString() << QStringList{QStringLiteral("zh-TW")} << "zh_CN";
        QTest::newRow("C locale") << QString() << QString() << QStringList{QStringLiteral("C")}
                                  << "en";
        QTest::newRow("setting beats system") << QString() << "en" << zhSystem << "en";
        QTest::newRow("setting zh beats system en") << QString() << "zh_CN" << enSystem << "zh_CN";
        QTest::newRow("--lang beats setting") << "en"
                                              << "zh_CN" << zhSystem << "en";
        QTest::newRow("--lang zh beats all") << "zh_CN"
                                             << "en" << enSystem << "zh_CN";
    }

    void precedence()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::chooseLanguage(commandLine, setting, system), expected);
    }

    void commandLineLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString app = QStringLiteral("compshare-console");
        QTest::newRow("none") << QStringList{app, QStringLiteral("--demo")} << QString();
        QTest::newRow("separate") << QStringList{app, QStringLiteral("--lang"),
                                                 QStringLiteral("zh_CN")}
                                  << "zh_CN";
        QTest::newRow("equals") << QStringList{app, QStringLiteral("--lang=en")} << "en";
        QTest::newRow("with --help")
            << QStringList{app, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                           QStringLiteral("--help")}
            << "zh_CN";
        QTest::newRow("missing value") << QStringList{app, QStringLiteral("--lang")} << QString();
    }

    void commandLineLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::commandLineLanguage(arguments), expected);
    }

    void bothTranslationsAreEmbedded()
    {
        QVERIFY(QFile::exists(TranslationLoader::resourcePath(QStringLiteral("zh_CN"))));
        QVERIFY(QFile::exists(TranslationLoader::resourcePath(QStringLiteral("en"))));
    }

    void chineseTranslatesTheConsoleAndSetsTheLocale()
    {
        QVERIFY(m_loader.load(QStringLiteral("zh_CN")));
        QCOMPARE(m_loader.language(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(QLocale().territory(), QLocale::China);
        QCOMPARE(InstanceText::state(InstanceState::Running, {}), QStringLiteral("运行中"));
        QCOMPARE(InstanceText::state(InstanceState::Stopped, {}), QStringLiteral("已关机"));
        QCOMPARE(InstanceText::charge(ChargeType::Spot, {}), QStringLiteral("抢占式"));
        QCOMPARE(InstanceText::pricePerHour(1.5), QStringLiteral("¥1.50/小时"));
        QCOMPARE(StopConsequences::priceText(1234.5), QStringLiteral("¥1,234.50/小时"));
    }

    void englishUsesEnglishTextsAndPlurals()
    {
        QVERIFY(m_loader.load(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(InstanceText::pricePerHour(1.5), QStringLiteral("¥1.50/h"));
        QCOMPARE(InstanceText::state(InstanceState::Running, {}), QStringLiteral("Running"));
        // The en .qm carries the plural forms of the %n strings.
        QCOMPARE(QCoreApplication::translate("compshare::ui::StatusSummary",
                                             "%Ln instance(s), %1 running", nullptr, 1),
                 QStringLiteral("1 instance, %1 running"));
        QCOMPARE(QCoreApplication::translate("compshare::ui::StatusSummary",
                                             "%Ln instance(s), %1 running", nullptr, 3),
                 QStringLiteral("3 instances, %1 running"));
    }

    void qtsOwnChineseTranslationIsLoaded()
    {
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qtbase))
            QSKIP("qt6-translations-l10n is not installed");
        QVERIFY(m_loader.load(QStringLiteral("zh_CN")));
        QVERIFY(m_loader.hasQtTranslation());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void unloadingRestoresTheSourceTexts()
    {
        {
            TranslationLoader scoped;
            QVERIFY(scoped.load(QStringLiteral("zh_CN")));
            QCOMPARE(InstanceText::charge(ChargeType::Month, {}), QStringLiteral("包月"));
        }
        QCOMPARE(InstanceText::charge(ChargeType::Month, {}), QStringLiteral("Monthly"));
    }

    void apiErrorsAreExplainedInBothLanguages_data()
    {
        QTest::addColumn<int>("retCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("chinese");
        const QString stop = QStringLiteral("StopCompShareInstance");
        QTest::newRow("171 signature") << 171 << "Signature VerifyAC Error" << stop << "签名";
        QTest::newRow("172 user") << 172 << "User Not Exists" << stop << "公钥";
        QTest::newRow("lock") << 8437 << "InstanceOperationInProgress" << stop << "占用";
        // Undocumented codes get no meaning of their own: the gateway's words, as it said them.
        QTest::newRow("undocumented 8435")
            << 8435 << "SpotInstanceNeedsForce" << stop << "拒绝了请求：SpotInstanceNeedsForce";
        QTest::newRow("undocumented 8436")
            << 8436 << "InstanceStateNotAllowed" << stop << "拒绝了请求：InstanceStateNotAllowed";
        QTest::newRow("making image") << 226605 << "instance is making image" << stop << "镜像";
        QTest::newRow("arrears") << 226601 << "arrears" << stop << "欠费";
        QTest::newRow("expired") << 226602 << "expired" << stop << "过期";
        QTest::newRow("image gpu")
            << 226603 << "image mismatch" << QStringLiteral("StartCompShareInstance") << "镜像";
        QTest::newRow("no resources")
            << 226604 << "no resource" << QStringLiteral("StartCompShareInstance") << "资源不足";
        QTest::newRow("not verified") << 226606 << "not verified" << stop << "实名认证";
        QTest::newRow("8433") << 8433 << "internal" << stop << "内部错误";
    }

    void apiErrorsAreExplainedInBothLanguages()
    {
        QFETCH(int, retCode);
        QFETCH(QString, message);
        QFETCH(QString, action);
        QFETCH(QString, chinese);
        const ApiError error = ApiError::api(retCode, message, action);
        QVERIFY(m_loader.load(QStringLiteral("en")));
        const QString english = error.toString();
        QVERIFY2(!hasChinese(english), qPrintable(english));
        QVERIFY(english.contains(QString::number(retCode)));
        QVERIFY(m_loader.load(QStringLiteral("zh_CN")));
        const QString translated = error.toString();
        QVERIFY2(translated.contains(chinese), qPrintable(translated));
        QVERIFY2(translated.contains(QStringLiteral("错误码 RetCode %1").arg(retCode)),
                 qPrintable(translated));
    }

    void transportErrorsAreExplainedInChinese()
    {
        QVERIFY(m_loader.load(QStringLiteral("zh_CN")));
        const QString action = QStringLiteral("DescribeCompShareInstance");
        const QList<ApiError> errors{
            ApiError::network(QStringLiteral("Connection refused"), action),
            ApiError::timeout(15000, action),
            ApiError::tls(QStringLiteral("The certificate has expired"), action),
            ApiError::httpStatus(503, action),
            ApiError::httpStatus(429, action),
            ApiError::malformed(QStringLiteral("x"), action)};
        for (const ApiError &e : errors)
            QVERIFY2(hasChinese(e.explanation()) && hasChinese(e.remedy()),
                     qPrintable(e.toString()));
        QVERIFY(ApiError::timeout(15000, action).explanation().contains(QStringLiteral("15 秒")));
        // A stop that never left: whole Chinese sentences, no ASCII space
        // after a full stop.
        const ApiError undelivered =
            ApiError::undelivered(ApiError::network(QStringLiteral("Connection refused"), action));
        QCOMPARE(undelivered.toString(),
                 QStringLiteral("无法连接 CompShare API：Connection refused。请求未离开这台电脑，"
                                "因此未做任何更改。请检查网络连接和代理设置，然后重试。"));
        QVERIFY(ApiError::httpStatus(503, action).toString().contains(QStringLiteral("503")));
    }

    void unknownErrorShowsTheServersMessageVerbatim_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("en") << "en";
    }

    void unknownErrorShowsTheServersMessageVerbatim()
    {
        QFETCH(QString, language);
        QVERIFY(m_loader.load(language));
        const QString serverText = QStringLiteral("参数错误 Params [Foo] not valid: %1 & <b>");
        const ApiError error =
            ApiError::api(999123, serverText, QStringLiteral("StopCompShareInstance"));
        QCOMPARE(error.reason(), ApiError::Reason::Other);
        const QString text = error.toString();
        QVERIFY2(text.contains(serverText), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("999123")), qPrintable(text));
    }

private:
    TranslationLoader m_loader;
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"

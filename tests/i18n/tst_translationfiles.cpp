// SPDX-License-Identifier: MIT
// The .ts files are complete: no unfinished, vanished or obsolete entry in
// zh_CN, placeholders kept, the platform's own terms used, English plural
// forms present, and lupdate over app/, ui/ and demo/ finds no string they lack.
// And they read well: no two entries of one menu share an accelerator (in
// either language), Chinese keeps the English accelerator letter, no ASCII
// space next to Chinese punctuation, one name for the app per language, no
// API field name in what users read.
#include "TsFile.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using compshare::test::TsFile;
using compshare::test::TsMessage;

namespace {

QString tsPath(const QString &language)
{
    return compshare::test::sourceDir() +
           QStringLiteral("/resources/translations/compshare-console_%1.ts").arg(language);
}

const TsMessage *find(const TsFile &file, const QString &context, const QString &source)
{
    for (const TsMessage &m : file.messages) {
        if (m.context == context && m.source == source)
            return &m;
    }
    return nullptr;
}

// The letter after a single '&' ("S&tart" -> T), or a null QChar.
QChar accelerator(const QString &text)
{
    for (int k = 0; k + 1 < text.size(); ++k) {
        if (text.at(k) != QLatin1Char('&'))
            continue;
        if (text.at(k + 1) == QLatin1Char('&')) {
            ++k;
            continue;
        }
        return text.at(k + 1).toUpper();
    }
    return {};
}

QString describe(const TsMessage &m)
{
    return m.context + QLatin1String(": \"") + m.source + QLatin1Char('"');
}

// %1..%99 and %n, as a sorted set: a translation must keep every one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n|Ln)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// Runs lupdate over the sources into the given .ts file, as the
// update_translations target does.
bool runLupdate(const QString &ts, QString *output)
{
    const QString src = compshare::test::sourceDir();
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(COMPSHARE_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-I"), src, QStringLiteral("-I"),
                   src + QStringLiteral("/app"), src + QStringLiteral("/app"),
                   src + QStringLiteral("/ui"), src + QStringLiteral("/demo"),
                   QStringLiteral("-ts"), ts});
    const bool finished = lupdate.waitForFinished(60000);
    *output = QString::fromLocal8Bit(lupdate.readAll());
    return finished && lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

} // namespace

class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_zh = TsFile::read(tsPath(QStringLiteral("zh_CN")));
        QVERIFY2(m_zh.error.isEmpty(), qPrintable(m_zh.error));
        m_en = TsFile::read(tsPath(QStringLiteral("en")));
        QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
        QCOMPARE(m_zh.language, QStringLiteral("zh_CN"));
        QVERIFY(m_en.language.startsWith(QLatin1String("en")));
        QVERIFY(m_zh.messages.size() > 300);
    }

    void chineseHasNoUnfinishedVanishedOrObsoleteEntry()
    {
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            const bool empty = m.translations.isEmpty() ||
                               std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (!m.type.isEmpty() || empty)
                problems.append(QStringLiteral("[%1] ").arg(
                                    m.type.isEmpty() ? QStringLiteral("empty") : m.type) +
                                describe(m));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseKeepsEveryPlaceholder()
    {
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            QStringList wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (placeholders(t) != wanted)
                    problems.append(describe(m) + QLatin1String(" -> ") + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseIsChinese()
    {
        // A "translation" that is still the English text slipped through.
        // Technical names stay as they are in Chinese too.
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        static const QRegularExpression technical(
            QStringLiteral("\\b(GPU|CPU|HTTP|API|IP|ID|SSH)\\b"));
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            if (!QString(m.source).remove(technical).contains(word))
                continue;
            for (const QString &t : m.translations) {
                if (!t.contains(han))
                    problems.append(describe(m) + QLatin1String(" -> ") + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseUsesThePlatformsTerms_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("spot") << QStringLiteral("\\bspot\\b") << QStringLiteral("抢占式");
        QTest::newRow("force stop")
            << QStringLiteral("force[ -]?stop|forced stop") << QStringLiteral("强制关机");
        QTest::newRow("region") << QStringLiteral("\\bregions?\\b") << QStringLiteral("地域");
        QTest::newRow("zone") << QStringLiteral("^Zone$|/ zone") << QStringLiteral("可用区");
        QTest::newRow("public key") << QStringLiteral("public key") << QStringLiteral("公钥");
        QTest::newRow("private key") << QStringLiteral("private key") << QStringLiteral("私钥");
        QTest::newRow("image") << QStringLiteral("\\bimage\\b") << QStringLiteral("镜像");
        QTest::newRow("pay as you go")
            << QStringLiteral("pay as you go") << QStringLiteral("按量付费");
        QTest::newRow("monthly") << QStringLiteral("^Monthly") << QStringLiteral("包月");
        QTest::newRow("yearly") << QStringLiteral("^Yearly") << QStringLiteral("包年");
        QTest::newRow("daily") << QStringLiteral("^Daily") << QStringLiteral("按天");
        QTest::newRow("hourly") << QStringLiteral("^Hourly") << QStringLiteral("按时");
        QTest::newRow("reboot") << QStringLiteral("^Re&?boot") << QStringLiteral("重启");
        QTest::newRow("stop button") << QStringLiteral("^&?Stop(…)?$") << QStringLiteral("关机");
        QTest::newRow("start button") << QStringLiteral("^S&?tart$") << QStringLiteral("开机");
        QTest::newRow("API key") << QStringLiteral("API key\\b") << QStringLiteral("API 密钥");
        QTest::newRow("key pair") << QStringLiteral("key pair") << QStringLiteral("密钥对");
        QTest::newRow("price per hour") << QStringLiteral("^¥%1/h$") << QStringLiteral("¥%1/小时");
    }

    void chineseUsesThePlatformsTerms()
    {
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const QRegularExpression pattern(english, QRegularExpression::CaseInsensitiveOption);
        int matched = 0;
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            if (!m.source.contains(pattern))
                continue;
            ++matched;
            for (const QString &t : m.translations) {
                if (!t.contains(chinese))
                    problems.append(describe(m) + QLatin1String(" -> ") + t);
            }
        }
        QVERIFY2(matched > 0, "the term no longer occurs: update this table");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishHasPluralForms()
    {
        int numerus = 0;
        for (const TsMessage &m : qAsConst(m_en.messages)) {
            if (!m.numerus)
                continue;
            ++numerus;
            QVERIFY2(m.type.isEmpty(), qPrintable(describe(m)));
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(m.translations.at(0) != m.translations.at(1), qPrintable(describe(m)));
            for (const QString &form : m.translations)
                QVERIFY2(form.contains(QLatin1String("%n")) || form.contains(QLatin1String("%Ln")),
                         qPrintable(describe(m)));
        }
        QVERIFY(numerus >= 1);
    }

    void bothFilesHoldTheSameMessages()
    {
        QSet<QString> zh, en;
        for (const TsMessage &m : qAsConst(m_zh.messages))
            zh.insert(m.key());
        for (const TsMessage &m : qAsConst(m_en.messages))
            en.insert(m.key());
        QCOMPARE(zh.size(), m_zh.messages.size()); // no duplicates
        QCOMPARE(en, zh);
    }

    void lupdateFindsNoStringMissingFromTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("compshare-console_zh_CN.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString output;
        QVERIFY2(runLupdate(copy, &output), qPrintable(output));

        const TsFile updated = TsFile::read(copy);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QStringList added;
        for (const TsMessage &m : updated.messages) {
            if (!m.type.isEmpty())
                added.append(QStringLiteral("[%1] ").arg(m.type) + describe(m));
        }
        QVERIFY2(added.isEmpty(),
                 qPrintable(QStringLiteral("Strings without a translation; run `cmake --build "
                                           "build/default --target update_translations` and "
                                           "translate them:\n") +
                            added.join(QLatin1Char('\n'))));
        // -no-obsolete dropped nothing: every entry still exists in the code.
        QCOMPARE(updated.messages.size(), m_zh.messages.size());
    }

    // Each menu as MainWindow builds it (the context menu holds the Instance
    // menu's entries): no two entries share an accelerator, in either language.
    void acceleratorsAreUniqueWithinEachMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void acceleratorsAreUniqueWithinEachMenu()
    {
        QFETCH(QString, language);
        const QString actions = QStringLiteral("compshare::ui::InstanceActions");
        const QString window = QStringLiteral("compshare::ui::MainWindow");
        const QString schedule = QStringLiteral("compshare::ui::ScheduleStopActions");
        const QString release = QStringLiteral("compshare::ui::ReleaseRenameActions");
        using Entry = QPair<QString, QString>; // context, source
        // Stop's text changes with the selection: each variant against the rest.
        const QList<Entry> instanceRest{{actions, QStringLiteral("&Refresh")},
                                        {actions, QStringLiteral("S&tart")},
                                        {actions, QStringLiteral("Start &without GPU")},
                                        {actions, QStringLiteral("Re&boot…")},
                                        {actions, QStringLiteral("&Copy SSH command")},
                                        {schedule, QStringLiteral("Sc&hedule stop…")},
                                        {schedule, QStringLiteral("Stop when &idle…")},
                                        {release, QStringLiteral("Re&name…")},
                                        {release, QStringLiteral("R&elease…")},
                                        {window, QStringLiteral("Histor&y…")}};
        QList<QList<Entry>> menus{
            {{window, QStringLiteral("&File")},
             {window, QStringLiteral("&Instance")},
             {window, QStringLiteral("&Account")},
             {window, QStringLiteral("&View")},
             {window, QStringLiteral("&Help")}},
            {{window, QStringLiteral("&Preferences…")}, {window, QStringLiteral("&Quit")}},
            {{window, QStringLiteral("&Add API key…")},
             {window, QStringLiteral("&Profiles…")},
             {window, QStringLiteral("Try the &demo cloud")}},
            {{window, QStringLiteral("&Details pane")}, {window, QStringLiteral("&Find…")}}};
        for (const QString &stop : {QStringLiteral("&Stop…"), QStringLiteral("&Force stop…"),
                                    QStringLiteral("&Stop %n instances…")})
            menus << (QList<Entry>{{actions, stop}} + instanceRest);

        const TsFile &file = language == QLatin1String("en") ? m_en : m_zh;
        QStringList problems;
        for (const QList<Entry> &menu : qAsConst(menus)) {
            QHash<QChar, QString> taken;
            for (const Entry &entry : menu) {
                const TsMessage *m = find(file, entry.first, entry.second);
                if (!m) {
                    problems << QStringLiteral("not in the file: ") + entry.second;
                    continue;
                }
                const QStringList texts =
                    language == QLatin1String("en") || m->translations.isEmpty()
                        ? QStringList{m->source}
                        : m->translations;
                for (const QString &text : texts) {
                    const QChar key = accelerator(text);
                    if (key.isNull()) {
                        problems << QStringLiteral("no accelerator: ") + text;
                    } else if (taken.contains(key) && taken.value(key) != entry.second) {
                        problems << QStringLiteral("%1 and %2 share &%3")
                                        .arg(taken.value(key), text, key);
                    }
                    taken.insert(key, entry.second);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseKeepsTheAcceleratorLetter()
    {
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            const QChar wanted = accelerator(m.source);
            for (const QString &t : m.translations) {
                if (accelerator(t) != wanted)
                    problems << describe(m) + QLatin1String(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseHasNoAsciiSpaceNextToItsPunctuation()
    {
        // "恢复。 关机", " （估算）": Chinese punctuation carries its own space.
        static const QRegularExpression stray(
            QStringLiteral("[ \\t][\\x{3000}-\\x{303f}\\x{ff01}-\\x{ff65}]|"
                           "[\\x{3000}-\\x{303f}\\x{ff01}-\\x{ff65}][ \\t]"));
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            for (const QString &t : m.translations) {
                if (t.contains(stray))
                    problems << describe(m) + QLatin1String(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void oneNameForTheAppPerLanguage()
    {
        const TsMessage *app =
            find(m_zh, QStringLiteral("ConsoleApplication"), QStringLiteral("CompShare Console"));
        QVERIFY(app);
        QCOMPARE(app->translations.size(), 1);
        const QString name = app->translations.first(); // 优云智算控制台
        static const QRegularExpression otherName(QStringLiteral("CompShare\\s*控制台"));
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            for (const QString &t : m.translations) {
                if (m.source.contains(QLatin1String("CompShare Console")) && !t.contains(name))
                    problems << describe(m) + QLatin1String(" -> ") + t;
                if (t.contains(otherName)) // the app is 优云智算控制台, the website 官网控制台
                    problems << describe(m) + QLatin1String(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noApiFieldNameInUserText()
    {
        // CamelCase words are API names; users read sentences. Kept on
        // purpose: the platform's name, the error code of a lock and the
        // names in messages about an answer that cannot be read (for support).
        static const QRegularExpression camel(QStringLiteral("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b"));
        const QStringList allowed{QStringLiteral("CompShare"),
                                  QStringLiteral("RetCode"),
                                  QStringLiteral("TotalCount"),
                                  QStringLiteral("ZoneInfo"),
                                  QStringLiteral("KeePassXC"),
                                  QStringLiteral("MiB"),
                                  QStringLiteral("InstanceOperationInProgress")};
        QStringList problems;
        for (const TsMessage &m : qAsConst(m_zh.messages)) {
            for (const QString &text : QStringList{m.source} + m.translations) {
                for (auto it = camel.globalMatch(text); it.hasNext();) {
                    const QString word = it.next().captured(0);
                    if (!allowed.contains(word))
                        problems << word + QLatin1String(" in ") + describe(m);
                }
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    TsFile m_zh;
    TsFile m_en;
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"

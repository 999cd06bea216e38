// SPDX-License-Identifier: MIT
#include "session/TranslationLoader.h"

#include "state/ConsoleSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace compshare {

namespace {

const QString kChinese = QStringLiteral("zh_CN");
const QString kEnglish = QStringLiteral("en");

// "zh_CN" / "zh-Hans-CN" / "zh" -> zh_CN; "en-US" / "en" -> en; else empty.
// Traditional Chinese users get Simplified rather than English: it is the
// closer of the two and the platform's own language.
QString supported(const QString &code)
{
    const QString lower = code.toLower();
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_")) ||
        lower.startsWith(QLatin1String("zh-")))
        return kChinese;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) ||
        lower.startsWith(QLatin1String("en-")))
        return kEnglish;
    return {};
}

} // namespace

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::chooseLanguage(const QString &commandLine, const QString &setting,
                                          const QStringList &systemUiLanguages)
{
    for (const QString &explicitChoice : {commandLine, setting}) {
        QString language = supported(explicitChoice);
        if (!language.isEmpty())
            return language;
    }
    for (const QString &code : systemUiLanguages) {
        QString language = supported(code);
        if (!language.isEmpty())
            return language;
    }
    return kEnglish;
}

QString TranslationLoader::commandLineLanguage(const QStringList &arguments)
{
    // Read by hand: the real parse (with --help and its error exits) runs
    // after the translators are in, so that its texts are translated too.
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
    }
    return language;
}

QString TranslationLoader::languageFor(const QCoreApplication &app)
{
    const ConsoleSettings settings;
    return chooseLanguage(commandLineLanguage(app.arguments()),
                          ConsoleSettings::languageCode(settings.language()),
                          QLocale::system().uiLanguages());
}

QLocale TranslationLoader::localeFor(const QString &language)
{
    if (supported(language) == kChinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString TranslationLoader::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/compshare-console_%1.qm").arg(language);
}

bool TranslationLoader::load(const QString &language)
{
    unload();
    m_language = supported(language).isEmpty() ? kEnglish : supported(language);
    const QLocale locale = localeFor(m_language);
    QLocale::setDefault(locale);

    auto console = std::make_unique<QTranslator>();
    const bool consoleLoaded = console->load(resourcePath(m_language));
    if (consoleLoaded) {
        QCoreApplication::installTranslator(console.get());
        m_console = std::move(console);
    }
    // English is Qt's source language: no Qt translation to load.
    if (m_language != kEnglish) {
        auto qt = std::make_unique<QTranslator>();
        m_qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    return consoleLoaded;
}

void TranslationLoader::unload()
{
    if (m_console)
        QCoreApplication::removeTranslator(m_console.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_console.reset();
    m_qt.reset();
    m_qtLoaded = false;
}

} // namespace compshare

// SPDX-License-Identifier: MIT
// Chooses the interface language and installs its translators: the
// console's own (embedded under :/i18n) and Qt's (standard buttons).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QCoreApplication;
class QTranslator;

namespace compshare {

class TranslationLoader final
{
public:
    TranslationLoader();
    ~TranslationLoader(); // removes what it installed
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // "zh_CN" or "en". Precedence: --lang, then the saved setting, then the
    // first Chinese or English entry of the system's UI languages; English
    // when none matches. Empty arguments mean "not given".
    static QString chooseLanguage(const QString &commandLine, const QString &setting,
                                  const QStringList &systemUiLanguages);
    // The value of --lang / --lang= in argv (argv[0] skipped), or empty.
    static QString commandLineLanguage(const QStringList &arguments);
    // chooseLanguage() fed from the process: its --lang argument, the
    // ConsoleSettings language and QLocale::system().uiLanguages().
    static QString languageFor(const QCoreApplication &app);
    // The locale numbers, dates and money are formatted with.
    static QLocale localeFor(const QString &language);
    // Where the console's compiled translation for a language is embedded.
    static QString resourcePath(const QString &language);

    // Installs the translators for the language and makes its locale the
    // default. False when the console's own translation is missing (the
    // interface then stays in the English source texts).
    bool load(const QString &language);

    QString language() const { return m_language; }
    // True when Qt's own translation (qtbase_<lang>.qm) was found and installed.
    bool hasQtTranslation() const { return m_qtLoaded; }

private:
    void unload();

    std::unique_ptr<QTranslator> m_console;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    bool m_qtLoaded = false;
};

} // namespace compshare

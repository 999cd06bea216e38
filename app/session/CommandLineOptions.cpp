// SPDX-License-Identifier: MIT
#include "session/CommandLineOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

namespace compshare {

namespace {
struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Run on the built-in demo cloud (no API key needed).")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        QCoreApplication::translate("CommandLine",
                                    "API endpoint (default https://api.compshare.cn/)."),
        QStringLiteral("URL")};
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Credential profile to use."),
        QStringLiteral("NAME")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Interface language: zh_CN or en."),
        QStringLiteral("CODE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "CommandLine", "Save a picture of the window once the list has loaded, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption demoInstances{
        QStringLiteral("demo-instances"),
        QCoreApplication::translate("CommandLine",
                                    "With --demo: generate N instances instead of the demo set."),
        QStringLiteral("N")};

    QCommandLineOption background{
        QStringLiteral("background"),
        QCoreApplication::translate("CommandLine",
                                    "Start in the background, without showing the window (as "
                                    "at login); a second launch shows it.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({demo, endpoint, profile, lang, screenshot, demoInstances, background});
    }
};

bool fill(const QCommandLineParser &parser, const Options &o, CommandLineOptions &out,
          QString *error)
{
    out.demo = parser.isSet(o.demo);
    out.profile = parser.value(o.profile);
    out.screenshotPath = parser.value(o.screenshot);
    out.background = parser.isSet(o.background);
    if (parser.isSet(o.endpoint)) {
        out.endpoint = QUrl(parser.value(o.endpoint), QUrl::StrictMode);
        if (!out.endpoint.isValid() || out.endpoint.scheme().isEmpty()) {
            *error = QCoreApplication::translate("CommandLine", "Not a valid URL: %1")
                         .arg(parser.value(o.endpoint));
            return false;
        }
    }
    if (parser.isSet(o.lang)) {
        const QString lang = parser.value(o.lang);
        if (lang == QLatin1String("zh_CN") || lang == QLatin1String("zh") ||
            lang == QLatin1String("zh-CN")) {
            out.language = QStringLiteral("zh_CN");
        } else if (lang == QLatin1String("en") || lang.startsWith(QLatin1String("en_"))) {
            out.language = QStringLiteral("en");
        } else {
            *error = QCoreApplication::translate("CommandLine",
                                                 "Unsupported language: %1 (use zh_CN or en)")
                         .arg(lang);
            return false;
        }
    }
    if (parser.isSet(o.demoInstances)) {
        bool ok = false;
        out.demoInstances = parser.value(o.demoInstances).toInt(&ok);
        if (!ok || out.demoInstances < 0 || out.demoInstances > 100000) {
            *error = QCoreApplication::translate(
                "CommandLine", "--demo-instances takes a number from 0 to 100000");
            return false;
        }
    }
    return true;
}
} // namespace

CommandLineOptions CommandLineOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "See and stop your CompShare GPU instances in every region."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    o.addTo(parser);
    parser.process(app); // --help / --version / unknown options exit here
    CommandLineOptions out;
    QString error;
    if (!fill(parser, o, out, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(2);
    }
    return out;
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    CommandLineOptions out;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return out;
    }
    fill(parser, o, out, error);
    return out;
}

} // namespace compshare

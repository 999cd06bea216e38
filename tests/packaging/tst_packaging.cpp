// SPDX-License-Identifier: MIT
// The files the installers ship must pass the validators the distributions
// run (desktop-file-validate, appstreamcli, groff), the man page must
// document every option the program offers, and each hicolor PNG must have
// the size its folder promises.
#include "support/TestSupport.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

namespace {

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString output; // stdout and stderr together
};

// Runs a validator. Tests may block; the tools answer in well under a second.
ToolRun runTool(const QString &program, const QStringList &arguments)
{
    ToolRun run;
    const QString path =
        program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    run.started = process.waitForStarted(10000);
    if (!run.started || !process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

QString sourceFile(const QString &relative)
{
    return compshare::test::sourceDir() + QLatin1Char('/') + relative;
}

QString programPath()
{
    return qEnvironmentVariable("COMPSHARE_BINARY_DIR") + QStringLiteral("/compshare-console");
}

// The long options `compshare-console --help` lists, e.g. "--demo".
QStringList helpOptions()
{
    const ToolRun run = runTool(programPath(), {QStringLiteral("--help")});
    QStringList options;
    static const QRegularExpression optionLine(
        QStringLiteral("^\\s+(?:-[A-Za-z?], )?(--[A-Za-z][A-Za-z0-9-]*)"),
        QRegularExpression::MultilineOption);
    auto it = optionLine.globalMatch(run.output);
    while (it.hasNext())
        options << it.next().captured(1);
    return options;
}

// The man page's text with groff's "\-" turned back into plain hyphens.
QString manPageText()
{
    QFile file(sourceFile(QStringLiteral("packaging/linux/compshare-console.1")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryValidates()
    {
        const ToolRun run =
            runTool(QStringLiteral("desktop-file-validate"),
                    {sourceFile(QStringLiteral("resources/desktop/compshare-console.desktop"))});
        QVERIFY2(run.started,
                 "desktop-file-validate is missing (scripts/install-deps installs it)");
        QVERIFY2(run.exitCode == 0 && run.output.trimmed().isEmpty(), qPrintable(run.output));
    }

    void metainfoValidates()
    {
        const ToolRun run = runTool(
            QStringLiteral("appstreamcli"),
            {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
             sourceFile(QStringLiteral("resources/desktop/compshare-console.metainfo.xml"))});
        QVERIFY2(run.started, "appstreamcli is missing (scripts/install-deps installs it)");
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }

    void manPageRendersWithoutWarnings()
    {
        const ToolRun run =
            runTool(QStringLiteral("groff"),
                    {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                     QStringLiteral("-z"),
                     sourceFile(QStringLiteral("packaging/linux/compshare-console.1"))});
        QVERIFY2(run.started, "groff is missing");
        QVERIFY2(run.exitCode == 0 && run.output.trimmed().isEmpty(), qPrintable(run.output));
    }

    void manPageDocumentsOption_data()
    {
        QTest::addColumn<QString>("option");
        const QStringList options = helpOptions();
        // Guards against a parser that finds nothing and so checks nothing.
        QVERIFY2(options.contains(QStringLiteral("--demo")) &&
                     options.contains(QStringLiteral("--version")),
                 qPrintable(QStringLiteral("options read from --help: ") +
                            options.join(QLatin1Char(' '))));
        for (const QString &option : options)
            QTest::newRow(qPrintable(option)) << option;
    }

    void manPageDocumentsOption()
    {
        QFETCH(QString, option);
        const QString text = manPageText();
        QVERIFY2(!text.isEmpty(), "packaging/linux/compshare-console.1 is missing");
        // Whole option only: "--demo" inside "--demo-instances" does not count.
        const QRegularExpression mention(QStringLiteral("(?<![A-Za-z0-9-])") +
                                         QRegularExpression::escape(option) +
                                         QStringLiteral("(?![A-Za-z0-9-])"));
        QVERIFY2(
            text.contains(mention),
            qPrintable(option + QStringLiteral(" is printed by --help but not in the man page")));
    }

    void iconHasItsFolderSize_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void iconHasItsFolderSize()
    {
        QFETCH(int, size);
        const QString path = sourceFile(
            QStringLiteral("resources/icons/hicolor/%1x%1/compshare-console.png").arg(size));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"

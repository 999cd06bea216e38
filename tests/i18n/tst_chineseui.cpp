// SPDX-License-Identifier: MIT
// The console in Simplified Chinese, offscreen, loaded by the same
// TranslationLoader the application uses: the main window (menus, column
// headers, status bar), the force-stop dialog and a 171 error banner from
// the simulator are Chinese, and the dialogs fit their texts in both
// languages. COMPSHARE_SCREENSHOT_DIR=<dir> also saves the force-stop dialog.
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "session/TranslationLoader.h"
#include "state/ConsoleSettings.h"
#include "state/CredentialStore.h"
#include "state/ProfileStore.h"
#include "support/SimulatorFixture.h"
#include "support/TestInstances.h"
#include "ui/MainWindow.h"
#include "ui/StatusSummary.h"
#include "ui/credentials/AddKeyDialog.h"
#include "ui/credentials/WelcomeView.h"
#include "ui/dialogs/BatchStopDialog.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::makeInstance;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(han);
}

QList<QStringList> accountRows()
{
    return {{QStringLiteral("uhost-pay"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
             QStringLiteral("Postpay")},
            {QStringLiteral("uhost-spot"), QStringLiteral("hk"), QStringLiteral("Running"),
             QStringLiteral("Spot")},
            {QStringLiteral("uhost-off"), QStringLiteral("cn-sh2"), QStringLiteral("Stopped"),
             QStringLiteral("Month")}};
}

// Every menu entry, recursively (separators and unnamed entries skipped).
QStringList menuTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        texts.append(a->text());
        if (a->menu())
            texts += menuTexts(a->menu()->actions());
    }
    return texts;
}

// Visible buttons and labels narrower or shorter than their text needs.
QStringList clipped(QWidget *root)
{
    QStringList problems;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        const QSize need = b->sizeHint();
        if (b->width() < need.width() || b->height() < need.height())
            problems.append(QStringLiteral("button \"%1\" %2x%3 < %4x%5")
                                .arg(b->text())
                                .arg(b->width())
                                .arg(b->height())
                                .arg(need.width())
                                .arg(need.height()));
    }
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(root) || l->text().isEmpty())
            continue;
        const int needHeight =
            l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
        const int needWidth = l->wordWrap() ? 0 : l->minimumSizeHint().width();
        if (l->height() < needHeight || l->width() < needWidth)
            problems.append(QStringLiteral("label \"%1\" %2x%3 needs %4x%5")
                                .arg(l->text().left(40))
                                .arg(l->width())
                                .arg(l->height())
                                .arg(needWidth)
                                .arg(needHeight));
    }
    return problems;
}

bool showAndSettle(QWidget *w)
{
    w->show();
    return QTest::qWaitForWindowExposed(w);
}

struct ChineseConsole
{
    explicit ChineseConsole()
        : fixture(smallScenario(accountRows()))
    {
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<MainWindow>(account.get());
        compshare::test::useFastTimings(*account->session());
        window->resize(1280, 720);
        window->show();
    }
    SimulatorFixture fixture;
    std::unique_ptr<AccountSession> account; // outlives the window
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestChineseUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_loader.load(QStringLiteral("zh_CN")));
    }

    void init() { QVERIFY(m_loader.load(QStringLiteral("zh_CN"))); }

    void mainWindowIsChinese()
    {
        ChineseConsole c;
        c.account->connectWith(c.fixture.url(), c.fixture.credentials(), QStringLiteral("test"));
        InstanceTableModel *model = c.account->session()->model();
        QTRY_COMPARE(model->rowCount(), 3);

        const QStringList menus = menuTexts(c.window->menuBar()->actions());
        QVERIFY(menus.contains(QStringLiteral("文件(&F)")));
        QVERIFY(menus.contains(QStringLiteral("实例(&I)")));
        for (const QString &text : menus)
            QVERIFY2(hasChinese(text), qPrintable(QStringLiteral("menu entry: ") + text));
        for (QToolBar *bar : c.window->findChildren<QToolBar *>()) {
            for (QAction *a : bar->actions()) {
                if (!a->isSeparator() && !a->text().isEmpty() && a->isVisible())
                    QVERIFY2(hasChinese(a->text()), qPrintable(a->text()));
            }
        }

        QAbstractItemModel *shown = c.window->table()->model();
        for (int col = 0; col < shown->columnCount(); ++col) {
            const QString title = shown->headerData(col, Qt::Horizontal).toString();
            if (title == QLatin1String("ID") || title == QLatin1String("GPU") || title.isEmpty())
                continue;
            QVERIFY2(hasChinese(title), qPrintable(QStringLiteral("column: ") + title));
        }
        QCOMPARE(shown->headerData(InstanceTableModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("名称"));
        QCOMPARE(shown->headerData(InstanceTableModel::RegionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("可用区"));
        const int pay = model->rowOf(QStringLiteral("uhost-pay"));
        QCOMPARE(model->index(pay, InstanceTableModel::StateColumn).data().toString(),
                 QStringLiteral("运行中"));
        QCOMPARE(model->index(pay, InstanceTableModel::ChargeColumn).data().toString(),
                 QStringLiteral("按量付费"));
        QVERIFY(model->index(pay, InstanceTableModel::PriceColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("/小时")));

        StatusSummary *summary = c.window->statusSummary();
        QTRY_VERIFY2(summary->totalsText().contains(QStringLiteral("3 个实例")),
                     qPrintable(summary->totalsText()));
        QVERIFY2(summary->burnRateText().contains(QStringLiteral("/小时")),
                 qPrintable(summary->burnRateText()));
        QTRY_VERIFY2(hasChinese(summary->lastRefreshText()),
                     qPrintable(summary->lastRefreshText()));
        // Qt adds the application name to the title bar: the title itself
        // must not repeat it ("优云智算控制台 — default — 优云智算控制台").
        QVERIFY2(!c.window->windowTitle().contains(QStringLiteral("控制台")),
                 qPrintable(c.window->windowTitle()));
    }

    void forceStopDialogIsChinese()
    {
        ForceStopDialog dialog(makeInstance(QStringLiteral("uhost-spot"),
                                            QStringLiteral("训练-spot"), ChargeType::Spot));
        QVERIFY(showAndSettle(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("强制关机抢占式实例"));
        QCOMPARE(dialog.forceStopButton()->text(), QStringLiteral("强制关机"));
        // From Qt's own qtbase_zh_CN.qm: the standard buttons are translated too.
        QCOMPARE(dialog.cancelButton()->text().remove(QLatin1Char('&')).left(2),
                 QStringLiteral("取消"));
        QVERIFY(dialog.understandCheckBox()->text().contains(QStringLiteral("强制关机")));
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().isEmpty())
                QVERIFY2(hasChinese(label->text()), qPrintable(label->text()));
        }
        const QStringList problems = clipped(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const QString shots = qEnvironmentVariable("COMPSHARE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/force-stop-zh_CN.png")));
    }

    void wrongKeyShowsTheSignatureErrorInChinese()
    {
        ChineseConsole c;
        Credentials wrong = c.fixture.credentials();
        wrong.privateKey = compshare::test::generateCredentials().privateKey;
        c.account->connectWith(c.fixture.url(), wrong, QStringLiteral("test"));
        StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY(banner->isVisible() && banner->text().contains(QStringLiteral("171")));
        QVERIFY2(banner->text().contains(QStringLiteral("签名")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("私钥")), qPrintable(banner->text()));
        QVERIFY(hasChinese(banner->actionButton()->text()));
        const QStringList problems = clipped(banner);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialogsFitTheirTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("en") << "en";
    }

    void dialogsFitTheirTexts()
    {
        QFETCH(QString, language);
        QVERIFY(m_loader.load(language));
        const Instance pay = makeInstance(QStringLiteral("uhost-1"), QStringLiteral("训练机-a100"),
                                          ChargeType::Postpay);
        const Instance month =
            makeInstance(QStringLiteral("uhost-2"), QStringLiteral("inference-server-long-name"),
                         ChargeType::Month);
        const Instance spot =
            makeInstance(QStringLiteral("uhost-3"), QStringLiteral("spot-job"), ChargeType::Spot);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
        QSettings profileSettings(dir.filePath(QStringLiteral("profiles.ini")),
                                  QSettings::IniFormat);
        CredentialStore keychain;
        ProfileStore profiles(&profileSettings, &keychain);

        std::vector<std::unique_ptr<QWidget>> widgets;
        widgets.push_back(std::make_unique<StopConfirmDialog>(pay));
        widgets.push_back(std::make_unique<ForceStopDialog>(spot));
        widgets.push_back(std::make_unique<BatchStopDialog>(QList<Instance>{pay, month, spot}));
        widgets.push_back(std::make_unique<PreferencesDialog>(settings));
        widgets.push_back(std::make_unique<AddKeyDialog>(&profiles));
        // The welcome view is a page of the main window, not a dialog: give
        // it the room of a small window (word-wrapped labels need a width).
        auto welcome = std::make_unique<WelcomeView>();
        welcome->resize(800, 500);
        widgets.push_back(std::move(welcome));
        for (const auto &w : widgets) {
            QVERIFY(showAndSettle(w.get()));
            const QStringList problems = clipped(w.get());
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) +
                                QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
            QVERIFY2(w->width() <= 1000, qPrintable(QString::number(w->width())));
        }
    }

private:
    TranslationLoader m_loader;
};

QTEST_MAIN(TestChineseUi)
#include "tst_chineseui.moc"

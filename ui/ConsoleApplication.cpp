// SPDX-License-Identifier: MIT
#include "ui/ConsoleApplication.h"

#include "base/Version.h"
#include "demo/DemoCloud.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/CommandLineOptions.h"
#include "session/ConsoleSession.h"
#include "session/TranslationLoader.h"
#include "state/LocalStore.h"
#include "ui/FirstShowGate.h"
#include "ui/MainWindow.h"
#include "ui/table/InstanceTableView.h"
#include "work/SingleConsole.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <memory>
#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace compshare::ui {

namespace {

// Milliseconds since this process started (Linux: /proc/self/stat field 22,
// in clock ticks since boot, against CLOCK_BOOTTIME), or -1.
qint64 msSinceProcessStart()
{
#ifndef Q_OS_LINUX
    return -1; // the start-up probe reads /proc; elsewhere the bench times the process itself
#else
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(19).toLongLong(&ok); // field 22 overall
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
#endif
}

// For the start-up benchmark: the first time the table paints rows from the
// local store's cached list, print when: the time is taken as that paint
// ends (the paint is run from here), not after whatever the event loop has
// queued meanwhile.
class CachedPaintProbe final : public QObject
{
public:
    CachedPaintProbe(MainWindow *window, const InstanceTableModel *model)
        : QObject(window)
        , m_model(model)
    {
        window->table()->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_model->cachedSince().isValid() &&
            m_model->rowCount() > 0) {
            m_done = true;
            QCoreApplication::sendEvent(watched, event); // the paint; m_done lets it through
            const qint64 ms = msSinceProcessStart();
            QTimer::singleShot(0, this, [ms] {
                std::printf("startup-probe: cached list painted after %lld ms\n",
                            static_cast<long long>(ms));
                std::fflush(stdout);
            });
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const InstanceTableModel *m_model;
    bool m_done = false;
};

// The window decides when the console ends (File ▸ Quit, or a close with
// nothing to watch); a hidden window does not end it. The account starts
// once the probes listen.
void openWindow(MainWindow &window, AccountSession &account, SingleConsole *single)
{
    const CommandLineOptions &options = account.options();
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (single)
        window.listenForLaunches(single);
    // For the start-up benchmark (bench/): paint the first list, report, quit.
    if (qEnvironmentVariableIsSet("COMPSHARE_STARTUP_PROBE")) {
        MainWindow *w = &window;
        QObject::connect(w, &MainWindow::firstListShown, w, [w] {
            w->repaint();
            std::printf("startup-probe: first list painted after %lld ms\n",
                        static_cast<long long>(msSinceProcessStart()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        new CachedPaintProbe(w, account.session()->model());
    }
    account.start();
    if (options.background && options.screenshotPath.isEmpty()) {
        window.enterBackground(); // started at login: watching, without a window
        return;
    }
    FirstShowGate::show(&window, account.session());
}

// The console's parts: the account (with the store, when there is one), then its window.
struct Console
{
    Console(const CommandLineOptions &options, LocalStore *store)
        : account(options)
    {
        account.setDemoStarter(&DemoCloud::startNew);
        if (store)
            account.attachStore(store);
        window = std::make_unique<MainWindow>(&account);
    }
    AccountSession account;
    std::unique_ptr<MainWindow> window;
};

} // namespace

int runConsole(QApplication &app)
{
    setApplicationIdentity();
    // Before anything shows text (the command-line help included); --lang
    // wins over the saved setting, which wins over the system language.
    TranslationLoader translations;
    translations.load(TranslationLoader::languageFor(app));
    //: The application's name in window titles
    QApplication::setApplicationDisplayName(
        QApplication::translate("ConsoleApplication", "CompShare Console"));
    QApplication::setDesktopFileName(QStringLiteral("compshare-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/compshare-console.svg")));

    const CommandLineOptions options = CommandLineOptions::parse(app);
    // A one-shot run (a screenshot, the start-up probe) is not "the" console.
    if (!options.screenshotPath.isEmpty() || qEnvironmentVariableIsSet("COMPSHARE_STARTUP_PROBE")) {
        // The start-up probe starts as the console does: with its local store.
        std::unique_ptr<LocalStore> store;
        if (options.screenshotPath.isEmpty()) {
            store = std::make_unique<LocalStore>(LocalStore::defaultPath());
            store->open();
        }
        Console console(options, store.get());
        openWindow(*console.window, console.account, nullptr);
        const int code = QApplication::exec();
        console.account.finish(); // a list saved after the probe's line is written
        return code;
    }
    // One console per user session: a second launch shows the first one's
    // window and exits (SingleConsole decides from the event loop).
    SingleConsole single;
    // The local store outlives the window; opened only by the one console.
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<Console> console;
    QObject::connect(&single, &SingleConsole::handedOver, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&single, &SingleConsole::becamePrimary, &app,
                     [&console, &store, &options, &single] {
                         store = std::make_unique<LocalStore>(LocalStore::defaultPath());
                         store->open();
                         console = std::make_unique<Console>(options, store.get());
                         openWindow(*console->window, console->account, &single);
                     });
    single.start();
    const int code = QApplication::exec();
    // However the loop ended (Quit, or the session's end): what the account
    // still has to write (a list being saved) is written.
    if (console)
        console->account.finish();
    console.reset();
    return code;
}

} // namespace compshare::ui

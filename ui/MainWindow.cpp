// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "base/Logging.h"
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/ProfileStore.h"
#include "ui/ConsoleTrayIcon.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/OperationNotifier.h"
#include "ui/PromptService.h"
#include "ui/ReleaseRenameActions.h"
#include "ui/ScheduleStopActions.h"
#include "ui/StatusSummary.h"
#include "ui/TrayNotificationFallback.h"
#include "ui/credentials/WelcomeView.h"
#include "ui/delegates/ChargeTypeDelegate.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/delegates/StateBadgeDelegate.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/InstanceDetailsPane.h"
#include "ui/widgets/OverlayAnchor.h"
#include "ui/widgets/ProjectSelector.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/CredentialSession.h"
#include "work/DesktopNotifications.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/RegionNames.h"
#include "work/SingleConsole.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLocale>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace compshare::ui {

MainWindow::MainWindow(AccountSession *account, QWidget *parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_options(account->options())
    , m_settings(account->settings())
    , m_session(account->session())
    , m_prompts(new PromptService(this))
    , m_actions(new InstanceActions(m_session, m_prompts, m_settings, this))
    , m_scheduleActions(new ScheduleStopActions(m_session, this))
    , m_releaseRename(new ReleaseRenameActions(m_session, m_prompts, this))
    , m_notifier(new OperationNotifier(m_session, m_settings, account->notifications(), this))
    , m_profiles(account->profiles())
    , m_credentials(account->credentials())
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    buildMenus();
    buildKeyboardPaths();
    buildScheduleUi();
    buildTabOrder();

    RefreshScheduler *scheduler = m_session->scheduler();
    connect(scheduler, &RefreshScheduler::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(scheduler, &RefreshScheduler::refreshSucceeded, this, &MainWindow::onRefreshSucceeded);
    connect(scheduler, &RefreshScheduler::connectionTrouble, this,
            &MainWindow::onConnectionTrouble);
    connect(scheduler, &RefreshScheduler::refreshStarted, this,
            [this](bool full) { m_summary->setRefreshing(full); });
    connect(m_notifier, &OperationNotifier::failuresChanged, this,
            &MainWindow::updateOperationBanner);
    m_account->notifications()->setApplication(QApplication::applicationDisplayName(),
                                               QStringLiteral("compshare-console"));
    new TrayNotificationFallback(m_account->notifications(), this);
    m_tray = new ConsoleTrayIcon(this);
    connect(m_tray, &ConsoleTrayIcon::showRequested, this, &MainWindow::showFromBackground);
    connect(m_tray, &ConsoleTrayIcon::quitRequested, this, &MainWindow::quitConsole);
    connect(m_notifier, &OperationNotifier::showInstanceRequested, this,
            &MainWindow::showInstanceFromBackground);

    connect(m_connectionBanner, &StatusBanner::actionClicked, this, [this] {
        if (m_session->isConnected() && m_connectionBanner->kind() == StatusBanner::Kind::Warning)
            m_session->scheduler()->refreshNow();
        else
            openAddKeyDialog();
    });

    if (!restoreGeometry(m_settings->layoutState(QStringLiteral("window/geometry"))))
        resize(1280, 760);
    restoreState(m_settings->layoutState(QStringLiteral("window/state")));
    // Widths saved under another language clip this one's texts ("¥1.50/…"):
    // keep order, visibility and sort, but fit the widths again.
    const bool sameLanguage = m_settings->layoutState(QStringLiteral("table/headerLanguage")) ==
                              QLocale().name().toUtf8();
    m_table->restoreHeaderState(m_settings->layoutState(QStringLiteral("table/header")),
                                sameLanguage);

    connectAccountSignals();
    if (m_account->store())
        buildStoreViews();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomeView(m_pages);
    connect(m_welcome, &WelcomeView::addKeyRequested, this, &MainWindow::openAddKeyDialog);
    connect(m_welcome, &WelcomeView::demoRequested, this, [this] { startDemo(); });
    m_pages->addWidget(m_welcome);

    auto *listPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(listPage);
    layout->setContentsMargins(8, 8, 8, 0);
    m_demoBanner = new DemoBanner(listPage);
    m_demoBanner->hide();
    connect(m_demoBanner, &DemoBanner::addApiKeyRequested, this, &MainWindow::openAddKeyDialog);
    m_connectionBanner = new StatusBanner(listPage);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->hide();
    m_operationBanner = new StatusBanner(listPage);
    m_operationBanner->setObjectName(QStringLiteral("operationBanner"));
    m_operationBanner->hide();
    connect(m_operationBanner, &StatusBanner::dismissed, m_notifier,
            &OperationNotifier::clearFailures);
    m_filters = new FilterBar(m_session->model(), m_session->proxy(), listPage);
    m_filters->setRegionNames(new RegionNames(m_session->client(), m_session->store(), this));

    m_table = new InstanceTableView(listPage);
    m_table->setModel(m_session->proxy());
    auto *badge = new StateBadgeDelegate(m_table);
    badge->setView(m_table);
    badge->setClock(m_session->clock());
    m_table->setItemDelegateForColumn(InstanceTableModel::StateColumn, badge);
    m_table->setItemDelegateForColumn(InstanceTableModel::ChargeColumn,
                                      new ChargeTypeDelegate(m_table));
    m_table->viewport()->setAttribute(Qt::WA_Hover);
    auto *rowAction = new RowActionDelegate(m_table);
    m_table->setItemDelegateForColumn(InstanceTableModel::ActionColumn, rowAction);
    connect(rowAction, &RowActionDelegate::actionTriggered, this, [this](const QModelIndex &idx) {
        m_actions->triggerRowAction(idx.data(InstanceTableModel::InstanceIdRole).toString());
    });
    m_actions->setSelectionSource([this] { return m_table->selectedInstanceIds(); });
    m_releaseRename->setSelectionSource([this] { return m_table->selectedInstanceIds(); });
    connect(m_releaseRename, &ReleaseRenameActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_actions->updateEnabled();
        m_releaseRename->updateEnabled();
        updateDetails();
    });
    connect(m_session->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    connect(m_session->proxy(), &InstanceFilterProxy::filterChanged, this,
            &MainWindow::updateEmptyText);
    connect(m_session->model(), &InstanceTableModel::totalsChanged, this,
            &MainWindow::updateEmptyText);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(m_actions->instanceActions());
        menu->addAction(m_scheduleActions->scheduleAction());
        menu->addAction(m_scheduleActions->stopWhenIdleAction());
        menu->addSeparator();
        menu->addActions(m_releaseRename->actions());
        menu->addAction(m_history);
        menu->addSeparator();
        menu->addAction(m_actions->refreshAction());
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    m_details = new InstanceDetailsPane(listPage);
    m_details->setClock(m_session->clock());
    m_details->setPriceChecks(
        [model = m_session->model()](const Instance &i) { return model->priceCheck(i.id); });
    auto *splitter = new QSplitter(Qt::Horizontal, listPage);
    splitter->setObjectName(QStringLiteral("tableSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 260});

    layout->addWidget(m_demoBanner);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    m_pages->addWidget(listPage);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(buildNotices());
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    // The connection and operation banners come and go with the network and
    // the operations: they float over the table's bottom edge (the operation
    // note above the connection banner) instead of pushing the rows down.
    new OverlayAnchor(m_connectionBanner, splitter);
    new OverlayAnchor(m_operationBanner, splitter, m_connectionBanner);

    m_summary = new StatusSummary(m_session->model(), this);
    // A normal (not permanent) widget: a message shown in the status bar gets
    // the whole width instead of being cut by the summary, which returns after
    // it; the whole message is also the bar's tooltip.
    statusBar()->addWidget(m_summary, 1);
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(), &QWidget::setToolTip);
    buildCostViews();
    updateEmptyText();
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    // Ctrl+, as in most desktop apps, and the platform's own key if it has another.
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!keys.contains(key))
            keys << key;
    }
    preferences->setShortcuts(keys);
    file->addSeparator();
    //: Quit ends the console; closing the window may keep it watching in the background
    // Ctrl+Q on every platform theme (QKeySequence::Quit is empty on some).
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this,
                    &MainWindow::quitConsole);

    auto *instance = menuBar()->addMenu(tr("&Instance"));
    instance->addAction(m_actions->refreshAction());
    instance->addSeparator();
    instance->addActions(m_actions->instanceActions());
    instance->addAction(m_scheduleActions->scheduleAction());
    instance->addAction(m_scheduleActions->stopWhenIdleAction());
    instance->addSeparator();
    instance->addActions(m_releaseRename->actions());
    buildHistoryAction();
    instance->addAction(m_history);

    auto *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Add API key…"), this, &MainWindow::openAddKeyDialog);
    account->addAction(tr("&Profiles…"), this, &MainWindow::openProfilesDialog);
    account->addSeparator();
    account->addAction(tr("Try the &demo cloud"), this, [this] { startDemo(); });

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *details = view->addAction(tr("&Details pane"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);
    auto *find = view->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filters, &FilterBar::focusSearch);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CompShare Console"), this, &MainWindow::showAbout);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    // The overflow button a narrow window shows is a toggle without a text.
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        //: accessible name of the toolbar's overflow (») button
        more->setAccessibleName(tr("More toolbar actions"));
    toolbar->addAction(m_actions->refreshAction());
    toolbar->addSeparator();
    toolbar->addAction(m_actions->stopAction());
    toolbar->addAction(m_actions->startAction());
    toolbar->addAction(m_actions->rebootAction());
    toolbar->addAction(m_scheduleActions->scheduleAction());
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_profileSwitcher = new QComboBox(toolbar);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setToolTip(tr("Account profile"));
    m_profileSwitcher->setAccessibleName(tr("Account profile"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileSwitcher->itemData(index).toString();
        if (!name.isEmpty() && name != m_account->accountLabel())
            m_credentials->switchTo(name);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::refreshProfileSwitcher);
    refreshProfileSwitcher();
}

bool MainWindow::isShowingWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::showList()
{
    m_pages->setCurrentIndex(1);
}

void MainWindow::updateOperationBanner()
{
    const QStringList lines = m_notifier->lines();
    if (lines.isEmpty()) {
        if (m_operationBanner->isVisible())
            m_operationBanner->hide();
        return;
    }
    // Each note carries its own severity; the banner wears the gravest.
    StatusBanner::Kind kind = StatusBanner::Kind::Info;
    if (m_notifier->severity() == OperationOutcome::Severity::Error)
        kind = StatusBanner::Kind::Error;
    else if (m_notifier->severity() == OperationOutcome::Severity::Warning)
        kind = StatusBanner::Kind::Warning;
    m_operationBanner->showMessage(kind, lines.join(QLatin1Char('\n')));
    m_operationBanner->setDetails(m_notifier->details());
}

void MainWindow::updateDetails()
{
    const QStringList ids = m_table->selectedInstanceIds();
    const Instance *i = ids.size() == 1 ? m_session->model()->instance(ids.first()) : nullptr;
    if (i) {
        m_details->setInstance(i);
        const int row = m_session->model()->rowOf(i->id);
        m_details->setActionBlockedReason(RowActionDelegate::disabledReason(
            m_session->model()->index(row, InstanceTableModel::ActionColumn)));
    } else {
        m_details->clear();
    }
}

void MainWindow::updateEmptyText()
{
    const RefreshScheduler *scheduler = m_session->scheduler();
    if (m_session->isConnected() && m_session->model()->rowCount() == 0 && !m_listedSinceConnect) {
        // Nothing listed yet: "no instances" would be a claim about the account.
        m_table->setEmptyText(scheduler->lastAttemptFailed()
                                  ? tr("The instance list could not be loaded yet; the message "
                                       "below the list says why.")
                                  : tr("Loading the instance list…"));
        return;
    }
    m_table->setEmptyText(m_filters->emptyText());
}

void MainWindow::saveLayout()
{
    m_settings->setLayoutState(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setLayoutState(QStringLiteral("window/state"), saveState());
    m_settings->setLayoutState(QStringLiteral("table/header"), m_table->headerState());
    m_settings->setLayoutState(QStringLiteral("table/headerLanguage"), QLocale().name().toUtf8());
    m_settings->sync();
}

void MainWindow::listenForLaunches(SingleConsole *single)
{
    connect(single, &SingleConsole::showRequested, this, &MainWindow::showFromBackground);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_session->scheduler()->setPaused(isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::saveScreenshotAndQuit()
{
    const bool ok = grab().save(m_options.screenshotPath);
    qCInfo(lcUi) << "screenshot" << (ok ? "saved" : "FAILED");
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace compshare::ui

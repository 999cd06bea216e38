// SPDX-License-Identifier: MIT
// MainWindow and the local store: the History view of an instance (the
// operations journal), the cached list painted before CompShare's first
// answer with its marker, and the message when the store had to be rebuilt.
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "session/OperationRecorder.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "state/OperationJournal.h"
#include "ui/MainWindow.h"
#include "ui/ReleaseRenameActions.h"
#include "ui/history/HistoryDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QStatusBar>
#include <memory>

namespace compshare::ui {

namespace {
QString recoveryText(const StoreRecovery &r)
{
    if (r.inMemory)
        return MainWindow::tr("The console's local store in %1 could not be used, and no new one "
                              "could be made there. The history of operations, the saved list "
                              "and GPU samples are kept only until the console quits.")
            .arg(QDir::toNativeSeparators(QFileInfo(r.path).absolutePath()));
    const QString kept = QDir::toNativeSeparators(r.movedTo);
    switch (r.reason) {
    case StoreRecovery::Reason::Newer:
        return MainWindow::tr("The console's local store was written by a newer version of the "
                              "console, so a new one was started. The old file is kept as %1.")
            .arg(kept);
    case StoreRecovery::Reason::Unreadable:
        return MainWindow::tr("The console's local store could not be opened, so a new one was "
                              "started. The old file is kept as %1.")
            .arg(kept);
    case StoreRecovery::Reason::Corrupt:
    case StoreRecovery::Reason::None:
        break;
    }
    return MainWindow::tr("The console's local store was damaged, so a new one was started. The "
                          "old file is kept as %1.")
        .arg(kept);
}
} // namespace

void MainWindow::buildHistoryAction()
{
    //: Opens the list of operations the console sent for the selected instance
    m_history = new QAction(tr("Histor&y…"), this);
    m_history->setObjectName(QStringLiteral("actionHistory"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_history->setToolTip(
        tr("The operations this console sent for the selected instance (Ctrl+Shift+H)"));
    m_history->setEnabled(false);
    connect(m_history, &QAction::triggered, this, [this] {
        const QStringList ids = m_table->selectedInstanceIds();
        if (ids.size() == 1)
            openHistory(ids.first());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateHistoryEnabled);
}

void MainWindow::updateHistoryEnabled()
{
    m_history->setEnabled(m_account->store() && m_table->selectedInstanceIds().size() == 1);
}

void MainWindow::openHistory(const QString &instanceId)
{
    if (!m_account->store())
        return;
    const Instance *i = m_session->model()->instance(instanceId);
    auto *dialog =
        new HistoryDialog(m_account->store()->journal(), instanceId, i ? i->name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::buildStoreViews()
{
    LocalStore *store = m_account->store();
    // A rename is sent from ui/ (ReleaseRenameActions); the journal hears of it here.
    OperationRecorder *recorder = m_account->operationRecorder();
    auto renames = std::make_shared<QHash<QString, qint64>>();
    connect(m_releaseRename, &ReleaseRenameActions::renameSent, recorder,
            [recorder, renames](const QString &id, const QString &name) {
                renames->insert(id, recorder->noteSent(id, JournalEntry::What::Rename, name));
            });
    connect(m_releaseRename, &ReleaseRenameActions::renameAnswered, recorder,
            [recorder, renames](const QString &id, const RenameResult &r) {
                recorder->noteAnswer(renames->take(id), r.error, r.requestId);
            });
    connect(m_session->store(), &InstanceStore::cachedChanged, this,
            &MainWindow::updateCachedMarker);
    connect(m_session->model(), &InstanceTableModel::totalsChanged, this,
            &MainWindow::updateCachedMarker);

    m_cachedMarker = new QLabel(this);
    m_cachedMarker->setObjectName(QStringLiteral("cachedListMarker"));
    m_cachedMarker->hide();
    statusBar()->addPermanentWidget(m_cachedMarker);

    m_storeBanner = new StatusBanner(m_endpointBanner->parentWidget());
    m_storeBanner->setObjectName(QStringLiteral("storeBanner"));
    m_storeBanner->hide();
    if (auto *notices = m_endpointBanner->parentWidget()->layout())
        notices->addWidget(m_storeBanner);
    if (store->recovery().happened()) {
        m_storeBanner->showMessage(StatusBanner::Kind::Warning, recoveryText(store->recovery()));
        m_storeBanner->setDetails(store->recovery().detail);
    }
    updateHistoryEnabled();
    updateCachedMarker();
}

void MainWindow::updateCachedMarker()
{
    if (!m_cachedMarker)
        return;
    const QDateTime since = m_session->model()->cachedSince();
    if (!since.isValid()) {
        m_cachedMarker->hide();
        return;
    }
    const QDateTime local = since.toLocalTime();
    const QString at = local.date() == QDate::currentDate()
                           ? QLocale().toString(local.time(), QLocale::ShortFormat)
                           : QLocale().toString(local, QLocale::ShortFormat);
    //: The rows shown are a list saved earlier; CompShare has not answered yet
    m_cachedMarker->setText(tr("List from %1, refreshing…").arg(at));
    m_cachedMarker->setToolTip(tr("This list was saved at %1. Money figures and actions wait "
                                  "for CompShare's answer.")
                                   .arg(at));
    m_cachedMarker->show();
}

} // namespace compshare::ui

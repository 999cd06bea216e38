// SPDX-License-Identifier: MIT
#include "ui/ReleaseRenameActions.h"

#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"
#include "text/ActionVerdictText.h"
#include "ui/PromptService.h"
#include "ui/text/OperationSentences.h"
#include "wire/CompShareClient.h"
#include "work/StopController.h"

#include <QAction>
#include <QIcon>
#include <QPointer>
#include <QShortcut>
#include <QWidget>

namespace compshare::ui {

ReleaseRenameActions::ReleaseRenameActions(ConsoleSession *session, PromptService *prompts,
                                           QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_prompts(prompts)
    , m_window(window)
    , m_selectedIds([] { return QStringList(); })
{
    //: Release = delete the instance for good (释放实例)
    m_release = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("R&elease…"), this);
    m_release->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_release->setObjectName(QStringLiteral("actionRelease"));
    m_release->setToolTip(
        tr("Release (delete) the selected stopped instances: the end of paying for them "
           "(Shift+Delete)"));
    connect(m_release, &QAction::triggered, this, [this] { releaseInstances(m_selectedIds()); });
    // A disabled action ignores its shortcut: the same keys then say why.
    auto *explain = new QShortcut(m_release->shortcut(), window);
    explain->setContext(Qt::WindowShortcut);
    connect(m_release, &QAction::changed, explain,
            [this, explain] { explain->setEnabled(!m_release->isEnabled()); });
    connect(explain, &QShortcut::activated, this, [this] {
        if (m_selectedIds().isEmpty())
            emit statusMessage(tr("Select a stopped instance to release first."));
        else
            releaseInstances(m_selectedIds());
    });

    m_rename = new QAction(tr("Re&name…"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setObjectName(QStringLiteral("actionRename"));
    m_rename->setToolTip(tr("Give the selected instance a new name (F2)"));
    connect(m_rename, &QAction::triggered, this, [this] {
        const QStringList ids = m_selectedIds();
        if (ids.size() == 1)
            renameInstance(ids.first());
    });

    InstanceTableModel *model = m_session->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ReleaseRenameActions::updateEnabled);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReleaseRenameActions::updateEnabled);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReleaseRenameActions::updateEnabled);
    updateEnabled();
}

void ReleaseRenameActions::setSelectionSource(std::function<QStringList()> selectedIds)
{
    m_selectedIds = std::move(selectedIds);
    updateEnabled();
}

QList<QAction *> ReleaseRenameActions::actions() const
{
    return {m_rename, m_release};
}

void ReleaseRenameActions::updateEnabled()
{
    const QStringList ids = m_selectedIds();
    const InstanceTableModel *model = m_session->model();
    const OperationTracker *owner = m_session->operations();
    int releasable = 0;
    QString why;
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        const ActionVerdict v = owner->verdict(i, OperationKind::Release);
        if (v.allowed())
            ++releasable;
        else if (i && why.isEmpty())
            why = ActionVerdictText::reason(v);
    }
    m_release->setEnabled(releasable > 0);
    m_release->setStatusTip(releasable > 0 ? QString() : why);
    // A list saved earlier on screen: its name may have changed since.
    const bool cached = model->cachedSince().isValid();
    m_rename->setEnabled(!cached && ids.size() == 1 && model->instance(ids.first()));
    m_rename->setStatusTip(cached ? ActionVerdictText::cachedListReason() : QString());
}

void ReleaseRenameActions::releaseInstances(const QStringList &ids)
{
    const InstanceTableModel *model = m_session->model();
    QList<Instance> candidates;
    QStringList skipped;
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (!i)
            continue;
        const ActionVerdict v = m_session->operations()->verdict(i, OperationKind::Release);
        if (v.allowed()) {
            candidates << *i;
            continue;
        }
        //: one instance left out: %1 name, %2 why
        skipped << tr("%1 — %2").arg(i->name.isEmpty() ? i->id : i->name,
                                     ActionVerdictText::reason(v));
    }
    if (candidates.isEmpty()) {
        if (!skipped.isEmpty())
            emit statusMessage(
                tr("Nothing to release: %1").arg(skipped.join(QStringLiteral("; "))));
        return;
    }
    QPointer<ConsoleSession> session(m_session);
    m_prompts->confirmRelease(m_window, candidates, skipped,
                              [session](const QStringList &confirmed, bool dataDisks) {
                                  if (!session)
                                      return;
                                  // Each is checked again by the operation owner before sending.
                                  for (const QString &id : confirmed)
                                      session->stopController()->release(id, dataDisks);
                              });
}

} // namespace compshare::ui

namespace compshare::ui {

namespace {
QString shownName(const Instance &i)
{
    return i.name.isEmpty() ? i.id : i.name;
}
} // namespace

void ReleaseRenameActions::renameInstance(const QString &id)
{
    const Instance *i = m_session->model()->instance(id);
    if (!i)
        return;
    const InstanceRef ref = i->ref();
    const QString oldName = shownName(*i);
    QPointer<ReleaseRenameActions> self(this);
    m_prompts->askRename(m_window, *i, [self, ref, oldName](const QString &newName) {
        if (self && !newName.isEmpty())
            self->sendName(ref, oldName, newName);
    });
}

void ReleaseRenameActions::sendName(const InstanceRef &ref, const QString &oldName,
                                    const QString &newName)
{
    //: %1 the old name, %2 the new one
    emit statusMessage(tr("Renaming %1 to %2…").arg(oldName, newName));
    emit renameSent(ref.id, newName);
    m_session->client()->renameInstance(
        ref, newName, this, [this, ref, oldName, newName](const RenameResult &r) {
            emit renameAnswered(ref.id, r);
            if (r.error.neverSent()) {
                //: %1 the old name, %2 why, a whole sentence
                emit statusMessage(
                    tr("The name of %1 did not change. %2").arg(oldName, r.error.toString()));
            } else if (r.error.isError() && !r.error.outcomeUnknown()) {
                //: %1 old name, %2 new name, %3 what CompShare answered (HTTP 503, request id …)
                emit statusMessage(
                    tr("CompShare refused the name %2 for %1 (%3). The name did "
                       "not change.")
                        .arg(oldName, newName, OperationSentences::evidence(r.error)));
            }
            // Then the list says what the name is (also after a lost answer:
            // the rename is never sent twice).
            rereadName(ref, oldName, newName, r.error);
        });
}

void ReleaseRenameActions::rereadName(const InstanceRef &ref, const QString &oldName,
                                      const QString &newName, const ApiError &answer)
{
    const bool accepted = !answer.isError();
    m_session->client()->describeInstances(
        {ref}, this, [this, oldName, newName, accepted, answer](const ListResult &list) {
            if (list.error.isError() || list.instances.isEmpty()) {
                if (accepted)
                    //: %1 old name, %2 new name
                    emit statusMessage(tr("CompShare accepted the name %2 for %1; the list will "
                                          "show it at the next refresh.")
                                           .arg(oldName, newName));
                return;
            }
            m_session->store()->applyUpdates(list.instances);
            const bool renamed = list.instances.constFirst().name == newName;
            if (renamed)
                //: %1 old name, %2 new name
                emit statusMessage(tr("%1 is now called %2.").arg(oldName, newName));
            else if (accepted)
                emit statusMessage(tr("CompShare accepted the name %2 for %1 but still lists the "
                                      "old name; the next refresh will show it.")
                                       .arg(oldName, newName));
            else if (answer.outcomeUnknown() && answer.noAnswer())
                //: %1 the old name
                emit statusMessage(tr("The answer to renaming %1 was lost, and the list still "
                                      "shows the old name. The name was not sent again.")
                                       .arg(oldName));
            else if (answer.outcomeUnknown())
                //: %1 the old name, %2 what CompShare answered (HTTP 504, request id …)
                emit statusMessage(tr("CompShare's answer to renaming %1 (%2) did not say "
                                      "whether it was applied, and the list still shows the old "
                                      "name: the name did not change; you can try again.")
                                       .arg(oldName, OperationSentences::evidence(answer)));
        });
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// The actions that end or rename an instance, for the Instance menu and the
// context menu only (never a row button): Release… (Shift+Delete), which
// confirms through ReleaseDialog and sends through StopController (the
// operation owner decides and watches), and Rename… (F2).
#pragma once

#include "domain/Instance.h"
#include "wire/CompShareClient.h"

#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QWidget;

namespace compshare {
class ConsoleSession;
} // namespace compshare

namespace compshare::ui {

class PromptService;

class ReleaseRenameActions final : public QObject
{
    Q_OBJECT

public:
    ReleaseRenameActions(ConsoleSession *session, PromptService *prompts, QWidget *window);

    void setSelectionSource(std::function<QStringList()> selectedIds);
    QAction *releaseAction() const { return m_release; }
    QAction *renameAction() const { return m_rename; }
    QList<QAction *> actions() const;

    // The selection's stopped instances, confirmed in one dialog naming each.
    void releaseInstances(const QStringList &ids);
    // Asks for a new name, sends it once, then reads the instance again.
    void renameInstance(const QString &id);

signals:
    void statusMessage(const QString &text);
    // For the operations journal: a rename went out, and CompShare's answer.
    void renameSent(const QString &id, const QString &newName);
    void renameAnswered(const QString &id, const compshare::RenameResult &result);

public slots:
    void updateEnabled();

private:
    ConsoleSession *m_session;
    PromptService *m_prompts;
    QWidget *m_window;
    std::function<QStringList()> m_selectedIds;
    void sendName(const InstanceRef &ref, const QString &oldName, const QString &newName);
    // `answer`: the rename's own answer (none: accepted).
    void rereadName(const InstanceRef &ref, const QString &oldName, const QString &newName,
                    const ApiError &answer);

    QAction *m_release;
    QAction *m_rename;
};

} // namespace compshare::ui

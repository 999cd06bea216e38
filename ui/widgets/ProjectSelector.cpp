// SPDX-License-Identifier: MIT
#include "ui/widgets/ProjectSelector.h"

#include "state/ConsoleSettings.h"
#include "work/ProjectDirectory.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>

namespace compshare::ui {
namespace {
constexpr int kEnterIdRole = Qt::UserRole + 1; // the "Enter a project ID…" entry
} // namespace

ProjectSelector::ProjectSelector(ProjectDirectory *projects, ConsoleSettings *settings,
                                 QWidget *parent)
    : QComboBox(parent)
    , m_projects(projects)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("projectSelector"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setAccessibleName(tr("Project"));
    connect(projects, &ProjectDirectory::projectsChanged, this, &ProjectSelector::rebuild);
    connect(projects, &ProjectDirectory::currentChanged, this, &ProjectSelector::rebuild);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index, kEnterIdRole).toBool()) {
            askForProjectId();
            return;
        }
        const QString id = itemData(index).toString();
        if (id.isEmpty() || id == m_projects->currentId())
            return;
        m_projects->choose(id);
        if (!m_profile.isEmpty())
            m_settings->setProjectForProfile(m_profile, id);
        emit projectChosen(id);
    });
    rebuild();
}

void ProjectSelector::enterProjectId(const QString &projectId)
{
    const QString id = projectId.trimmed();
    if (id.isEmpty())
        return;
    m_projects->choose(id);
    if (!m_profile.isEmpty())
        m_settings->setProjectForProfile(m_profile, id);
    rebuild();
    emit projectChosen(id);
}

void ProjectSelector::askForProjectId()
{
    bool ok = false;
    const QString id = QInputDialog::getText(
        this, tr("Project"),
        tr("Project ID, as the CompShare console shows it (for example org-abc123):"),
        QLineEdit::Normal, m_projects->currentId(), &ok);
    if (ok)
        enterProjectId(id);
    else
        rebuild();
}

void ProjectSelector::setToolBarAction(QAction *action)
{
    m_action = action;
    rebuild();
}

void ProjectSelector::show(bool visible)
{
    if (m_action)
        m_action->setVisible(visible);
    else
        setVisible(visible);
}

void ProjectSelector::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    if (m_projects->status() == ProjectDirectory::Status::Refused) {
        const QString current = m_projects->currentId();
        if (current.isEmpty())
            //: Project selector when GetProjectList was refused: calls go without ProjectId
            addItem(tr("No project"), QString());
        else
            addItem(current, current);
        //: Project selector entry: type a project ID by hand (the list could not be read)
        addItem(tr("Enter a project ID…"), QString());
        setItemData(count() - 1, true, kEnterIdRole);
        setToolTip(tr("The project list could not be read (%1). The list is asked without a "
                      "project; a scheduled stop needs one: enter it here.")
                       .arg(m_projects->error().toString()));
        setCurrentIndex(0);
        show(true);
        return;
    }
    const QList<Project> projects = m_projects->projects();
    for (const Project &p : projects) {
        const QString name = p.name.isEmpty() ? p.id : p.name;
        //: Project selector entry of the account's default project
        addItem(p.isDefault ? tr("%1 (default)").arg(name) : name, p.id);
        setItemData(count() - 1, p.id, Qt::ToolTipRole);
    }
    const int current = findData(m_projects->currentId());
    setCurrentIndex(current < 0 ? 0 : current);
    setToolTip(tr("Project: every call is sent for this project."));
    show(!projects.isEmpty());
}

} // namespace compshare::ui

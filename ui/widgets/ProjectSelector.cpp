// SPDX-License-Identifier: MIT
#include "ui/widgets/ProjectSelector.h"

#include "api/ProjectDirectory.h"
#include "core/ConsoleSettings.h"

#include <QAction>

namespace compshare::ui {

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
        //: Project selector when GetProjectList was refused: calls go without ProjectId
        addItem(tr("No project"), QString());
        setToolTip(tr("The project list could not be read (%1). Calls are sent without a project, "
                      "as the official CLI does.")
                       .arg(m_projects->error().toString()));
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
    setToolTip(tr("Project: every call is sent for this project (ProjectId)."));
    show(!projects.isEmpty());
}

} // namespace compshare::ui

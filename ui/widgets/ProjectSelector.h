// SPDX-License-Identifier: MIT
// The project selector next to the profile box: the account's projects from
// ProjectDirectory, "(default)" marked; the choice is remembered per profile
// through ConsoleSettings. Hidden until there is more than nothing to show.
// When the list cannot be read it offers "Enter a project ID…" instead.
#pragma once

#include <QComboBox>

namespace compshare {
class ConsoleSettings;
class ProjectDirectory;
} // namespace compshare

namespace compshare::ui {

class ProjectSelector final : public QComboBox
{
    Q_OBJECT

public:
    ProjectSelector(ProjectDirectory *projects, ConsoleSettings *settings, QWidget *parent);

    // The profile whose choice is read and written ("" for the demo).
    void setProfile(const QString &profile) { m_profile = profile; }
    // In a toolbar, visibility goes through the widget's action.
    void setToolBarAction(QAction *action);
    // A project id typed by the user (offered when the project list could
    // not be read): used for every call from now on, remembered per profile.
    void enterProjectId(const QString &projectId);

signals:
    // The user picked another project: the list must be refreshed.
    void projectChosen(const QString &projectId);

private:
    void rebuild();
    void askForProjectId();
    void show(bool visible);

    ProjectDirectory *m_projects;
    ConsoleSettings *m_settings;
    QString m_profile;
    QAction *m_action = nullptr;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// The account's projects (GetProjectList) and the sub-account rule: in
// sub-account mode every instance call must name a project of the account.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace compshare::sim {

struct ProjectInfo
{
    QString id;
    QString name;
    bool isDefault = false;
};

class SimProjects final
{
public:
    SimProjects();

    // An empty list restores the one default project every account has.
    void setProjects(const QList<ProjectInfo> &projects);
    const QList<ProjectInfo> &projects() const { return m_projects; }
    static QList<ProjectInfo> defaultProjects();

    void setSubAccount(bool on) { m_subAccount = on; }
    bool isSubAccount() const { return m_subAccount; }

    // The GetProjectList answer.
    QJsonObject listResponse() const;
    // An error answer when this call's ProjectId is missing (sub-account
    // mode) or names no project of the account; an empty object otherwise.
    QJsonObject refusal(const QString &action, const QMap<QString, QString> &params) const;

    // Actions that do not act on instances and so need no project.
    static bool isAccountLevel(const QString &action);

private:
    QList<ProjectInfo> m_projects;
    bool m_subAccount = false;
};

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
#include "simulator/SimProjects.h"

#include "simulator/SimActions.h"
#include "simulator/SimMessages.h"

#include <QJsonArray>

namespace compshare::sim {

SimProjects::SimProjects()
    : m_projects(defaultProjects())
{}

QList<ProjectInfo> SimProjects::defaultProjects()
{
    return {{QStringLiteral("org-sim0default"), QStringLiteral("Default"), true}};
}

void SimProjects::setProjects(const QList<ProjectInfo> &projects)
{
    m_projects = projects.isEmpty() ? defaultProjects() : projects;
}

QJsonObject SimProjects::listResponse() const
{
    QJsonArray set;
    for (const ProjectInfo &p : m_projects) {
        set.append(QJsonObject{{QStringLiteral("ProjectId"), p.id},
                               {QStringLiteral("ProjectName"), p.name},
                               {QStringLiteral("IsDefault"), p.isDefault}});
    }
    return QJsonObject{{QStringLiteral("Action"), QStringLiteral("GetProjectListResponse")},
                       {QStringLiteral("RetCode"), 0},
                       {QStringLiteral("ProjectCount"), int(set.size())},
                       {QStringLiteral("ProjectSet"), set}};
}

bool SimProjects::isAccountLevel(const QString &action)
{
    return action == QLatin1String("GetProjectList") ||
           action == QLatin1String("DescribeCompShareSupportZone");
}

QJsonObject SimProjects::refusal(const QString &action, const QMap<QString, QString> &params) const
{
    if (isAccountLevel(action))
        return {};
    const QString projectId = params.value(QStringLiteral("ProjectId"));
    if (projectId.isEmpty()) {
        // Assumption (docs/SIMULATOR.md): a sub-account key without ProjectId
        // gets the gateway's missing-parameter answer.
        if (m_subAccount)
            return errorResponse(action, kRetMissingParams,
                                 missingParamsMessage(QStringLiteral("ProjectId")));
        return {};
    }
    for (const ProjectInfo &p : m_projects) {
        if (p.id == projectId)
            return {};
    }
    return errorResponse(action, kRetMissingParams,
                         invalidParamMessage(QStringLiteral("ProjectId")));
}

} // namespace compshare::sim

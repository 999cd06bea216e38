// SPDX-License-Identifier: MIT
#include "work/ProjectDirectory.h"

#include "base/Logging.h"
#include "wire/ApiTransport.h"

namespace compshare {
namespace {
constexpr qint64 kErrorReloadIntervalMs = 60 * 1000;
} // namespace

ProjectDirectory::ProjectDirectory(CompShareClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client->transport(), &ApiTransport::projectRefused, this, [this] {
        // Another answer says the project is wrong: ask for the list again,
        // not more than once a minute (an unknown project must not loop).
        if (m_status == Status::Loading)
            return;
        if (m_lastErrorReload.isValid() && m_lastErrorReload.elapsed() < kErrorReloadIntervalMs)
            return;
        m_lastErrorReload.start();
        m_cache.remove(m_accountKey);
        fetch();
    });
}

void ProjectDirectory::load(const QString &accountKey, const QString &preferredId,
                            const QString &lastUsedId)
{
    ++m_generation;
    m_accountKey = accountKey;
    m_preferredId = preferredId;
    m_error = {};
    m_lastErrorReload.invalidate();
    const auto cached = m_cache.constFind(accountKey);
    if (cached != m_cache.constEnd()) {
        apply(cached.value());
        return;
    }
    m_projects.clear();
    setCurrent(preferredId.isEmpty() ? lastUsedId : preferredId);
    fetch();
}

void ProjectDirectory::reload()
{
    m_cache.remove(m_accountKey);
    fetch();
}

void ProjectDirectory::choose(const QString &projectId)
{
    m_preferredId = projectId;
    setCurrent(projectId);
}

Project ProjectDirectory::current() const
{
    for (const Project &p : m_projects) {
        if (p.id == m_currentId)
            return p;
    }
    return {m_currentId, QString(), false};
}

void ProjectDirectory::fetch()
{
    m_status = Status::Loading;
    const int generation = m_generation;
    const QString key = m_accountKey;
    m_client->listProjects(this, [this, generation, key](const ProjectListResult &result) {
        if (generation != m_generation)
            return;
        if (result.error.isError()) {
            qCWarning(lcApi).noquote() << "GetProjectList refused:" << result.error.toString();
            m_status = Status::Refused;
            m_error = result.error;
            m_projects.clear();
            // The list goes without a project unless the user entered one;
            // scheduler calls wait for a choice (StopScheduleController).
            setCurrent(m_preferredId);
            emit projectsChanged();
            emit listRefused(m_error);
            emit resolved();
            return;
        }
        m_cache.insert(key, result.projects);
        apply(result.projects);
    });
}

void ProjectDirectory::apply(const QList<Project> &projects)
{
    m_projects = projects;
    m_status = Status::Ready;
    m_error = {};
    QString pick;
    for (const Project &p : projects) {
        if (p.id == m_preferredId)
            pick = p.id;
    }
    for (const Project &p : projects) {
        if (pick.isEmpty() && p.isDefault)
            pick = p.id;
    }
    if (pick.isEmpty() && !projects.isEmpty())
        pick = projects.first().id; // no default marked: the first, as the CLI does
    setCurrent(pick);
    emit projectsChanged();
    emit resolved();
}

void ProjectDirectory::setCurrent(const QString &projectId)
{
    m_client->transport()->setProjectId(projectId);
    if (projectId == m_currentId)
        return;
    m_currentId = projectId;
    emit currentChanged(projectId);
}

} // namespace compshare

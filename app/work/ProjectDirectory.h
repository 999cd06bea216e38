// SPDX-License-Identifier: MIT
// The account's projects (GetProjectList) and the one in use. Fetched once
// per key pair and cached; re-read when an answer says the project is wrong.
// The project in use is the user's choice if it still exists, else the
// IsDefault one; it goes to the transport, which sends it on every call.
// If GetProjectList itself is refused, the list goes without ProjectId (a
// main account needs none) and listRefused says why; the scheduler calls,
// which need one, are not sent until the user enters a project (choose()).
#pragma once

#include "wire/CompShareClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace compshare {

class ProjectDirectory final : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Unknown, // nothing asked yet
        Loading,
        Ready,   // projects() holds the list
        Refused, // GetProjectList failed: no ProjectId is sent
    };
    Q_ENUM(Status)

    explicit ProjectDirectory(CompShareClient *client, QObject *parent = nullptr);

    // A new key pair: uses the cached list for it or fetches one.
    // preferredId: the project the user chose for this profile ("" = default).
    // lastUsedId: the project this account's calls went to last time.
    // Until the list is known, preferredId, else lastUsedId, is sent as is.
    void load(const QString &accountKey, const QString &preferredId,
              const QString &lastUsedId = {});
    // Fetches the list again (at most once a minute when triggered by errors).
    void reload();
    // The user picked a project: one of projects(), or an id typed by hand
    // when the list was refused.
    void choose(const QString &projectId);

    Status status() const { return m_status; }
    QList<Project> projects() const { return m_projects; }
    QString currentId() const { return m_currentId; }
    Project current() const;
    ApiError error() const { return m_error; }
    // Resolved: the list is known or was refused, so calls may go out.
    bool isResolved() const { return m_status == Status::Ready || m_status == Status::Refused; }

signals:
    void projectsChanged();
    // The project in use changed (user choice, default picked, fallback).
    void currentChanged(const QString &projectId);
    void resolved();
    // GetProjectList was refused: calls go without ProjectId.
    void listRefused(const compshare::ApiError &error);

private:
    void fetch();
    void apply(const QList<Project> &projects);
    void setCurrent(const QString &projectId);

    CompShareClient *m_client;
    QHash<QString, QList<Project>> m_cache; // account key -> its projects
    QString m_accountKey;
    QString m_preferredId;
    QString m_currentId;
    QList<Project> m_projects;
    Status m_status = Status::Unknown;
    ApiError m_error;
    int m_generation = 0; // answers for an earlier load are dropped
    QElapsedTimer m_lastErrorReload;
};

} // namespace compshare

// SPDX-License-Identifier: MIT
// Sends one mutation (Stop/Start/Reboot/Terminate) exactly once. When no answer
// arrives (the outcome is unknown), it re-reads the instance instead of
// resending and hands the re-read on; what the listing means is decided by
// OperationTracker alone.
#pragma once

#include "api/CompShareClient.h"
#include "api/RequestParams.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace compshare {

class MutationRecovery final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Stop,
        Start,
        Reboot,
        Terminate
    };

    MutationRecovery(CompShareClient *client, Kind kind, const InstanceRef &ref,
                     const RequestParams &params, QObject *context,
                     std::function<void(const MutationResult &)> done);
    void start();

    static QString actionFor(Kind kind);

private:
    void reread(const ApiError &error);
    void deliver(const MutationResult &result);

    CompShareClient *m_client;
    Kind m_kind;
    InstanceRef m_ref;
    RequestParams m_params;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const MutationResult &)> m_done;
};

} // namespace compshare

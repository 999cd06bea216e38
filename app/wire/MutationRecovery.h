// SPDX-License-Identifier: MIT
// Sends one mutation (Stop/Start/Reboot/Terminate) exactly once. When the
// answer does not say whether it was applied (ApiError::certainty(): no
// answer, HTTP 5xx, RetCode 8433, an unreadable body), it says so at once
// (Rereading), re-reads the instance instead of resending, and hands the
// re-read on (AnswerLost); what the listing means is decided by
// OperationTracker alone.
#pragma once

#include "wire/CompShareClient.h"
#include "wire/RequestParams.h"

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
    // `last`: nothing more follows (the recovery ends).
    void deliver(const MutationResult &result, bool last);

    CompShareClient *m_client;
    Kind m_kind;
    InstanceRef m_ref;
    RequestParams m_params;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const MutationResult &)> m_done;
};

} // namespace compshare

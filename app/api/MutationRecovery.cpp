// SPDX-License-Identifier: MIT
#include "api/MutationRecovery.h"

#include "api/ApiTransport.h"
#include "core/Logging.h"

namespace compshare {

namespace {
const char *outcomeName(MutationResult::Outcome outcome)
{
    switch (outcome) {
    case MutationResult::Outcome::Accepted:
        return "accepted";
    case MutationResult::Outcome::Rejected:
        return "rejected";
    case MutationResult::Outcome::TookEffect:
        return "took effect";
    case MutationResult::Outcome::DidNotTakeEffect:
        return "did not take effect";
    case MutationResult::Outcome::Unknown:
        break;
    }
    return "unknown";
}
} // namespace

MutationRecovery::MutationRecovery(CompShareClient *client, Kind kind, const InstanceRef &ref,
                                   const RequestParams &params, QObject *context,
                                   std::function<void(const MutationResult &)> done)
    : QObject(client)
    , m_client(client)
    , m_kind(kind)
    , m_ref(ref)
    , m_params(params)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{}

QString MutationRecovery::actionFor(Kind kind)
{
    switch (kind) {
    case Kind::Stop:
        return QStringLiteral("StopCompShareInstance");
    case Kind::Start:
        return QStringLiteral("StartCompShareInstance");
    case Kind::Reboot:
        return QStringLiteral("RebootCompShareInstance");
    }
    return {};
}

MutationResult::Outcome MutationRecovery::judge(Kind kind, InstanceState state)
{
    using O = MutationResult::Outcome;
    using S = InstanceState;
    switch (kind) {
    case Kind::Stop:
        if (state == S::Stopping || state == S::Stopped)
            return O::TookEffect;
        return state == S::Running ? O::DidNotTakeEffect : O::Unknown;
    case Kind::Start:
        if (state == S::Starting || state == S::Running)
            return O::TookEffect;
        return state == S::Stopped ? O::DidNotTakeEffect : O::Unknown;
    case Kind::Reboot:
        // Running may be "not rebooted" or "already rebooted": ambiguous.
        return state == S::Rebooting ? O::TookEffect : O::Unknown;
    }
    return O::Unknown;
}

void MutationRecovery::start()
{
    const QString action = actionFor(m_kind);
    // ApiTransport never retries a mutation: exactly one request goes out.
    m_client->transport()->call(action, m_params, this, [this](const ApiResponse &response) {
        MutationResult result;
        result.instance = m_ref;
        result.error = response.error;
        if (!response.error) {
            result.outcome = MutationResult::Outcome::Accepted;
            deliver(result);
        } else if (response.error.outcomeUnknown()) {
            reread(response.error);
        } else {
            // Answered with an error (or never sent): nothing happened.
            result.outcome = MutationResult::Outcome::Rejected;
            deliver(result);
        }
    });
}

void MutationRecovery::reread(const ApiError &error)
{
    qCDebug(lcApi).noquote().nospace() << actionFor(m_kind) << " " << m_ref.id
                                       << ": outcome unknown, re-reading instead of resending";
    m_client->describeInstances({m_ref}, this, [this, error](const ListResult &list) {
        MutationResult result;
        result.instance = m_ref;
        result.error = error;
        result.outcome = MutationResult::Outcome::Unknown;
        if (!list.error) {
            for (const Instance &i : list.instances) {
                if (i.id != m_ref.id)
                    continue;
                result.haveReread = true;
                result.reread = i;
                result.outcome = judge(m_kind, i.state);
            }
        }
        deliver(result);
    });
}

void MutationRecovery::deliver(const MutationResult &result)
{
    qCDebug(lcApi).noquote().nospace()
        << actionFor(m_kind) << " " << m_ref.id << ": outcome " << outcomeName(result.outcome);
    if (!m_hasContext || m_context)
        m_done(result);
    deleteLater();
}

} // namespace compshare

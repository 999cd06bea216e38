// SPDX-License-Identifier: MIT
#include "wire/MutationRecovery.h"

#include "base/Logging.h"
#include "wire/ApiTransport.h"

#include <QJsonValue>

namespace compshare {

namespace {
const char *outcomeName(MutationResult::Outcome outcome)
{
    switch (outcome) {
    case MutationResult::Outcome::Accepted:
        return "accepted";
    case MutationResult::Outcome::Rejected:
        return "rejected";
    case MutationResult::Outcome::Rereading:
        return "unknown, re-reading";
    case MutationResult::Outcome::AnswerLost:
        break;
    }
    return "unknown, re-read";
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
    case Kind::Terminate:
        return QStringLiteral("TerminateCompShareInstance");
    }
    return {};
}

void MutationRecovery::start()
{
    const QString action = actionFor(m_kind);
    // ApiTransport sends a mutation at most once (it tries again only when
    // the body never left this computer): exactly one request can arrive.
    m_client->transport()->call(action, m_params, this, [this](const ApiResponse &response) {
        MutationResult result;
        result.instance = m_ref;
        result.error = response.error;
        result.requestId = response.requestId;
        // What the answer says about whether it was applied: ApiError's one rule.
        switch (response.error.certainty()) {
        case ApiError::Certainty::Applied: {
            result.outcome = MutationResult::Outcome::Accepted;
            const QJsonValue recycle = response.body.value(QStringLiteral("InRecycle"));
            result.inRecycle = recycle.isBool()
                                   ? QString::fromLatin1(recycle.toBool() ? "Yes" : "No")
                                   : recycle.toVariant().toString();
            deliver(result, true);
            break;
        }
        case ApiError::Certainty::NotApplied:
            // A refusal, or it never left this computer: nothing was applied.
            result.outcome = MutationResult::Outcome::Rejected;
            deliver(result, true);
            break;
        case ApiError::Certainty::Unknown:
            // It may have been applied: said at once, then the instance is
            // re-read, never the mutation resent.
            result.outcome = MutationResult::Outcome::Rereading;
            deliver(result, false);
            reread(response.error);
            break;
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
        result.outcome = MutationResult::Outcome::AnswerLost;
        if (!list.error) {
            for (const Instance &i : list.instances) {
                if (i.id != m_ref.id)
                    continue;
                result.haveReread = true;
                result.reread = i;
            }
            result.rereadAbsent = !result.haveReread;
        }
        deliver(result, true);
    });
}

void MutationRecovery::deliver(const MutationResult &result, bool last)
{
    qCDebug(lcApi).noquote().nospace()
        << actionFor(m_kind) << " " << m_ref.id << ": outcome " << outcomeName(result.outcome);
    if (!m_hasContext || m_context)
        m_done(result);
    if (last)
        deleteLater();
}

} // namespace compshare

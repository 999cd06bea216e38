// SPDX-License-Identifier: MIT
#include "api/MutationRecovery.h"

#include "api/ApiTransport.h"
#include "core/Logging.h"

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
    case MutationResult::Outcome::AnswerLost:
        break;
    }
    return "answer lost";
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
        if (!response.error) {
            result.outcome = MutationResult::Outcome::Accepted;
            const QJsonValue recycle = response.body.value(QStringLiteral("InRecycle"));
            result.inRecycle = recycle.isBool()
                                   ? QString::fromLatin1(recycle.toBool() ? "Yes" : "No")
                                   : recycle.toVariant().toString();
            deliver(result);
        } else if (response.error.outcomeUnknown()) {
            reread(response.error);
        } else {
            // Answered with an error (HTTP status, RetCode) or never sent: an
            // answer is not a lost answer; nothing was applied.
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

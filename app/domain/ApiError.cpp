// SPDX-License-Identifier: MIT
#include "domain/ApiError.h"

#include "base/SentenceJoin.h"

#include <QLocale>
#include <QStringList>

namespace compshare {

namespace {

bool contains(const QString &text, const char *token)
{
    return text.contains(QString::fromUtf8(token), Qt::CaseInsensitive);
}

// The lock's RetCode is not documented: it is recognised by its name only.
ApiError::Reason reasonFor(int retCode, const QString &message)
{
    using R = ApiError::Reason;
    if (contains(message, "InstanceOperationInProgress"))
        return R::OperationLocked;
    switch (retCode) {
    case 171:
        return R::KeyRejected;
    case 172:
        return R::KeyUnknown;
    case 8433:
        return R::ServiceError;
    case 226601:
        return R::InArrears;
    case 226602:
        return R::Expired;
    case 226603:
        return R::ImageGpuMismatch;
    case 226604:
        return R::NoResources;
    case 226605:
        return R::ImageTaskExists;
    case 226606:
        return R::NotVerified;
    default:
        return R::Other;
    }
}

} // namespace

ApiError ApiError::network(const QString &detail, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::Network;
    e.m_detail = detail;
    e.m_action = action;
    return e;
}

ApiError ApiError::timeout(int timeoutMs, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_detail = QString::number(timeoutMs);
    e.m_action = action;
    return e;
}

ApiError ApiError::tls(const QString &certificateProblem, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::Tls;
    e.m_detail = certificateProblem;
    e.m_action = action;
    return e;
}

ApiError ApiError::httpStatus(int status, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::HttpStatus;
    e.m_httpStatus = status;
    e.m_action = action;
    if (status == 429)
        e.m_reason = Reason::RateLimited;
    else if (status >= 500 && status <= 599)
        e.m_reason = Reason::ServerError;
    return e;
}

ApiError ApiError::api(int retCode, const QString &message, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::Api;
    e.m_retCode = retCode;
    e.m_message = message;
    e.m_action = action;
    e.m_httpStatus = 200;
    e.m_reason = reasonFor(retCode, message);
    return e;
}

ApiError ApiError::malformed(const QString &detail, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::Malformed;
    e.m_detail = detail;
    e.m_action = action;
    return e;
}

ApiError ApiError::contradiction(const QString &detail, const QString &action)
{
    ApiError e;
    e.m_kind = Kind::Contradiction;
    e.m_detail = detail;
    e.m_action = action;
    return e;
}

ApiError ApiError::policy(const QString &detail)
{
    ApiError e;
    e.m_kind = Kind::Policy;
    e.m_detail = detail;
    return e;
}

ApiError ApiError::undelivered(const ApiError &cause)
{
    ApiError e;
    e.m_kind = Kind::Undelivered;
    e.m_detail = cause.explanation();
    e.m_action = cause.action();
    return e;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Undelivered:
        return true;
    case Kind::Timeout:
        // A timeout already waited the whole bound: retrying at once would keep
        // the user without a word for minutes. The scheduler's backoff retries.
        return false;
    case Kind::HttpStatus:
        return m_httpStatus == 429 || (m_httpStatus >= 500 && m_httpStatus <= 599);
    default:
        return false;
    }
}

ApiError::Certainty ApiError::certainty() const
{
    switch (m_kind) {
    case Kind::None:
        return Certainty::Applied;
    case Kind::Tls:
    case Kind::Policy:
    case Kind::Undelivered:
        return Certainty::NotApplied; // CompShare never saw it
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed: // the server answered, but we cannot read what it said
    case Kind::Contradiction:
        return Certainty::Unknown;
    case Kind::HttpStatus:
        // A 4xx (429 included) refuses the request; a 5xx is a gateway or
        // server failure that may come after the backend acted (a 504 is a
        // timeout between gateway and backend).
        return m_httpStatus >= 400 && m_httpStatus <= 499 ? Certainty::NotApplied
                                                          : Certainty::Unknown;
    case Kind::Api:
        // 8433 "service error" says the service failed, not that it refused.
        return m_reason == Reason::ServiceError ? Certainty::Unknown : Certainty::NotApplied;
    }
    return Certainty::Unknown;
}

bool ApiError::neverSent() const
{
    return m_kind == Kind::Tls || m_kind == Kind::Policy || m_kind == Kind::Undelivered;
}

QString ApiError::explanation() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        //: %1 is the system's description of the network failure
        return tr("Could not reach the CompShare API: %1.").arg(m_detail);
    case Kind::Timeout:
        //: %1 is a number of seconds
        return tr("The CompShare API did not answer within %1 seconds.")
            .arg(QLocale().toString(m_detail.toInt() / 1000.0, 'g', 3));
    case Kind::Tls:
        //: %1 names the certificate problem, e.g. "The certificate has expired"
        return tr("The secure connection to the API was refused: %1.").arg(m_detail);
    case Kind::Malformed:
        //: %1 says what was wrong with the answer
        return tr("The API sent an answer the console cannot read: %1.").arg(m_detail);
    case Kind::Contradiction:
        //: %1 says which parts of the answer disagree
        return tr("CompShare's answer contradicts itself: %1.").arg(m_detail);
    case Kind::Policy:
        return m_detail;
    case Kind::Undelivered:
        //: %1 is a whole sentence saying why, e.g. "Could not reach the CompShare API: Connection
        //: closed."
        return tr("%1 The request never left this computer, so nothing changed.").arg(m_detail);
    case Kind::HttpStatus:
        if (m_reason == Reason::RateLimited)
            return tr("The API is limiting how fast requests may be sent.");
        if (m_reason == Reason::ServerError)
            //: %1 is an HTTP status such as 503
            return tr("The API server had a problem (HTTP %1).").arg(m_httpStatus);
        //: %1 is an HTTP status such as 404
        return tr("The API answered with HTTP status %1.").arg(m_httpStatus);
    case Kind::Api:
        break;
    }
    switch (m_reason) {
    case Reason::KeyRejected:
        return tr("The API key pair was rejected: the signature did not match.");
    case Reason::KeyUnknown:
        return tr("The public key does not exist.");
    case Reason::OperationLocked:
        return tr("Another operation holds this instance; the lock lasts up to 10 minutes.");
    case Reason::InArrears:
        return tr("The instance is in arrears.");
    case Reason::Expired:
        return tr("The instance has expired.");
    case Reason::ImageGpuMismatch:
        return tr("The selected image does not support this GPU type.");
    case Reason::NoResources:
        return tr("There are not enough resources right now.");
    case Reason::ImageTaskExists:
        return tr("An image usage-time update task already exists.");
    case Reason::NotVerified:
        return tr("The account has not been verified with a real name.");
    case Reason::ServiceError:
        return tr("The CompShare service reported an internal error.");
    default:
        //: %1 is the server's own message, shown verbatim
        return tr("CompShare refused the request: %1").arg(m_message);
    }
}

QString ApiError::remedy() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Policy:
        return {};
    case Kind::Network:
    case Kind::Undelivered:
        return tr("Check the network connection and proxy settings, then try again.");
    case Kind::Timeout:
        return tr("Try again; if it keeps happening, check the network connection.");
    case Kind::Tls:
        return tr("Check the system date and any proxy that intercepts secure connections.");
    case Kind::Malformed:
        return tr("Try again later; if it persists, report it.");
    case Kind::Contradiction:
        return tr("Try again later; if it persists, report it with the request id.");
    case Kind::HttpStatus:
        if (m_reason == Reason::RateLimited)
            return tr("Wait a moment, then try again.");
        return tr("Try again in a few minutes.");
    case Kind::Api:
        break;
    }
    switch (m_reason) {
    case Reason::KeyRejected:
        return tr("Check the private key (copy it again from the API key page).");
    case Reason::KeyUnknown:
        return tr("Check the public key and that it belongs to your CompShare account.");
    case Reason::OperationLocked:
        return tr("Try again later.");
    case Reason::InArrears:
        return tr("Pay the unpaid order in Order Management.");
    case Reason::Expired:
        return tr("Renew the instance in Renewal Management.");
    case Reason::ImageGpuMismatch:
        return tr("Try another GPU type.");
    case Reason::NoResources:
        return tr("Try again later.");
    case Reason::ImageTaskExists:
        return tr("Wait for that task to finish, then try again.");
    case Reason::NotVerified:
        return tr("Complete the real-name verification on the CompShare website.");
    case Reason::ServiceError:
        return tr("Try again later, or contact CompShare technical support.");
    default:
        return {};
    }
}

QString ApiError::toString() const
{
    if (m_kind == Kind::None)
        return {};
    // No ASCII space after a Chinese full stop.
    QString text = SentenceJoin::join(explanation(), remedy());
    // What the gateway itself said, so a user can quote it to support.
    QStringList facts;
    if (m_kind == Kind::Api) {
        //: %1 is the API's RetCode number
        facts << tr("RetCode %1").arg(m_retCode);
        if (!m_message.isEmpty() && m_reason != Reason::Other) // Other already shows it
            //: %1 is the gateway's own message, verbatim
            facts << tr("“%1”").arg(m_message);
    }
    // HttpStatus: explanation() already names the status once.
    if (!m_requestId.isEmpty())
        //: %1 is the X-UCLOUD-REQUEST-UUID of the answer
        facts << tr("request id %1").arg(m_requestId);
    if (!facts.isEmpty())
        text += QStringLiteral(" (") + facts.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QString ApiError::details() const
{
    if (m_kind == Kind::None)
        return {};
    // Plain protocol facts in English: this text is meant for support.
    QStringList lines;
    if (!m_action.isEmpty())
        lines << QStringLiteral("Action: ") + m_action;
    if (m_httpStatus != 0)
        lines << QStringLiteral("HTTP status: ") + QString::number(m_httpStatus);
    if (m_kind == Kind::Api) {
        lines << QStringLiteral("RetCode: ") + QString::number(m_retCode);
        lines << QStringLiteral("Message: ") + m_message;
    } else if (!m_detail.isEmpty()) {
        lines << QStringLiteral("Detail: ") + m_detail;
    }
    lines << QStringLiteral("Request id (X-UCLOUD-REQUEST-UUID): ") +
                 (m_requestId.isEmpty() ? QStringLiteral("none received") : m_requestId);
    lines << QStringLiteral("Console: ") + explanation();
    return lines.join(QLatin1Char('\n'));
}

} // namespace compshare

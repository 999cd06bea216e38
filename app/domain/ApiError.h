// SPDX-License-Identifier: MIT
// One typed error for everything that can go wrong on a call. The UI acts on
// kind() / reason() and shows explanation() + remedy(); it never parses text.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace compshare {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,          // success
        Network,       // connection refused, DNS, reset, closed mid-body
        Timeout,       // no answer within the per-request timeout
        Tls,           // certificate problem (named in detail())
        HttpStatus,    // a non-2xx HTTP answer (httpStatus())
        Api,           // RetCode != 0 (retCode(), message())
        Malformed,     // not JSON, or not the shape we expect
        Contradiction, // readable, but one part says what another denies (detail() says what)
        Policy,        // refused before sending (plain http to a non-loopback host, no credentials)
        Undelivered,   // a mutation's connection failed before its body left: nothing was applied
    };

    // What an Api error means. Only documented codes get a meaning (171,
    // 172, 8433, 226601-226606) and the lock by its name in the message;
    // everything else is Other and shown as the gateway said it.
    enum class Reason
    {
        Other,
        KeyRejected,      // 171 Signature VerifyAC Error
        KeyUnknown,       // 172 User Not Exists
        OperationLocked,  // InstanceOperationInProgress (by name, in the message)
        InArrears,        // 226601
        Expired,          // 226602
        ImageGpuMismatch, // 226603
        NoResources,      // 226604
        ImageTaskExists,  // 226605: an image usage-time update task already exists
        NotVerified,      // 226606
        ServiceError,     // 8433
        RateLimited,      // HTTP 429
        ServerError,      // HTTP 5xx
    };

    // What an answer says about whether a mutation (Stop, Start, Reboot,
    // Release, a rename, a schedule change) was applied. The one rule, for
    // every mutation (docs/RELIABILITY.md, "What an answer means"):
    //   Applied     RetCode 0 (no error).
    //   NotApplied  a documented refusal: the lock, invalid parameters, spot
    //               without Force, any RetCode that is not a service error,
    //               an HTTP 4xx (429 included); or it never left this
    //               computer (Tls, Policy, Undelivered).
    //   Unknown     no answer (a network failure after the body left, a
    //               timeout), an HTTP 5xx (the official SDK treats 502-504 as
    //               transport errors, never refusals), RetCode 8433 "service
    //               error", an unreadable or self-contradicting body, or an
    //               HTTP status outside 4xx/5xx. Only a re-read says more.
    enum class Certainty
    {
        Applied,
        NotApplied,
        Unknown,
    };

    ApiError() = default;
    static ApiError network(const QString &detail, const QString &action = {});
    static ApiError timeout(int timeoutMs, const QString &action = {});
    static ApiError tls(const QString &certificateProblem, const QString &action = {});
    static ApiError httpStatus(int status, const QString &action = {});
    static ApiError api(int retCode, const QString &message, const QString &action = {});
    static ApiError malformed(const QString &detail, const QString &action = {});
    static ApiError contradiction(const QString &detail, const QString &action = {});
    static ApiError policy(const QString &detail);
    // `cause` (Network or Timeout) ended a mutation before a byte of its body
    // was handed to the network: CompShare cannot have acted on it.
    static ApiError undelivered(const ApiError &cause);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    Reason reason() const { return m_reason; }
    int httpStatus() const { return m_httpStatus; }
    int retCode() const { return m_retCode; }
    QString message() const { return m_message; } // the server's own Message, verbatim
    QString action() const { return m_action; }
    QString detail() const { return m_detail; }
    // X-UCLOUD-REQUEST-UUID of the answer, when there was one.
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    // Transient: worth retrying a read at once (network, 5xx, 429; not a
    // timeout, which has already waited its whole bound), or a mutation that
    // never left (Undelivered).
    bool isTransient() const;
    Certainty certainty() const;
    // certainty() == Unknown: a mutation's outcome is unknown; re-read, never resend.
    bool outcomeUnknown() const { return certainty() == Certainty::Unknown; }
    // No answer at all came (the connection failed after the body left, or
    // the timeout), as opposed to an answer that does not say (HTTP 5xx,
    // RetCode 8433, an unreadable body).
    bool noAnswer() const { return m_kind == Kind::Network || m_kind == Kind::Timeout; }
    // Refused here or never left this computer (Tls, Policy, Undelivered):
    // CompShare never saw the request.
    bool neverSent() const;

    // One short sentence: what happened.
    QString explanation() const;
    // One short sentence: what the user can do.
    QString remedy() const;
    // "explanation remedy (RetCode, gateway message, request id)" for logs
    // and banners; never contains secrets.
    QString toString() const;
    // What the gateway said, one fact a line (action, HTTP status, RetCode,
    // Message, request id), for "Copy details" and support requests.
    QString details() const;

private:
    Kind m_kind = Kind::None;
    Reason m_reason = Reason::Other;
    int m_httpStatus = 0;
    int m_retCode = 0;
    QString m_message;
    QString m_action;
    QString m_detail;
    QString m_requestId;
};

} // namespace compshare

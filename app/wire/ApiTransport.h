// SPDX-License-Identifier: MIT
// The one owner of the QNetworkAccessManager: it signs, sends, times out,
// retries reads and classifies errors. Nothing else touches QNetworkReply.
#pragma once

#include "base/Bounds.h"
#include "domain/ApiError.h"
#include "wire/CompShareClient.h" // Credentials
#include "wire/RequestParams.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace compshare {

struct PendingCall;

struct ApiResponse
{
    QJsonObject body; // the parsed JSON object when error is None or Api
    QByteArray raw;   // the raw bytes, for parsing large lists off the GUI thread
    ApiError error;
    int attempts = 0; // HTTP requests sent for this call (1 + retries)
    qint64 bytes = 0; // response bytes received over all attempts
    qint64 elapsedMs = 0;
    QString requestId;         // X-UCLOUD-REQUEST-UUID of the last answer, for support
    bool textRepaired = false; // bytes that were not UTF-8 were read as U+FFFD (JsonDecoder)
};

class ApiTransport final : public QObject
{
    Q_OBJECT

public:
    static QUrl defaultEndpoint(); // https://api.compshare.cn/
    // RetCode as a whole number in int range, given as a number or (as the
    // official SDK accepts) a string; false for anything else (1.5, "abc", true).
    static bool readRetCode(const QJsonValue &code, int *retCode);

    explicit ApiTransport(QObject *parent = nullptr);
    ~ApiTransport() override;

    // Refuses (returns a Policy error, keeps the old endpoint) for anything
    // but https://, or http:// on a loopback host.
    ApiError setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }

    void setCredentials(const Credentials &credentials);
    void clearCredentials();
    bool hasCredentials() const;
    QString publicKey() const;

    // The project every call names once known (GetProjectList excepted); empty:
    // none is sent, as for a main account. The one place ProjectId is added.
    void setProjectId(const QString &projectId) { m_projectId = projectId; }
    QString projectId() const { return m_projectId; }

    // An answer larger than this is refused (a Malformed error, never
    // retried): the read stops as soon as more arrives or is announced.
    static constexpr qint64 kMaxResponseBytes = qint64(32) * 1024 * 1024;

    void setTimeoutMs(int ms); // per request, default 15000
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxAttempts(int n);       // reads, and mutations that never left; default 3
    void setRetryBaseDelayMs(int ms); // first backoff step, default 500

    // Read actions (Describe*, Get*) retry transient failures with backoff and
    // jitter; every other action is sent at most once: it is tried again only
    // when its connection failed before a byte of its body left (Undelivered).
    void call(const QString &action, const RequestParams &params, QObject *context,
              std::function<void(const ApiResponse &)> done);

    // Totals since construction, for benchmarks and the request-count tests
    // (a mutation that never left this computer is not counted).
    qint64 requestsSent() const { return m_requestsSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // Request bodies not yet written to their socket. Qt hands a POST body to
    // its HTTP thread through this (GUI) thread's event loop, so a long paint
    // holds requests back; a caller can wait for the hand-off first.
    int uploadsPending() const { return m_uploadsPending; }

signals:
    // An answer said the ProjectId sent (or missing) is wrong: the gateway's
    // message names the ProjectId parameter. The project list is re-read then.
    void projectRefused(const compshare::ApiError &error);
    // Emitted for every finished HTTP attempt (not per retry group).
    void attemptFinished(const QString &action, int httpStatus, int retCode, qint64 elapsedMs);
    // A request body is on the wire (or its attempt ended first);
    // uploadsPending() has dropped by one.
    void uploadSettled();

private:
    void sendAttempt(const std::shared_ptr<PendingCall> &call);
    void scheduleRetry(const std::shared_ptr<PendingCall> &call);
    void decode(const std::shared_ptr<PendingCall> &call, const QByteArray &raw, int status,
                qint64 elapsedMs);
    void finish(const std::shared_ptr<PendingCall> &call);

    struct Private;
    Private *d;
    QUrl m_endpoint;
    QString m_projectId;
    int m_timeoutMs = bounds::kRequestTimeoutSecs * 1000;
    qint64 m_requestsSent = 0;
    qint64 m_bytesReceived = 0;
    int m_uploadsPending = 0;
};

} // namespace compshare

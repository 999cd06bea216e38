// SPDX-License-Identifier: MIT
#include "wire/ApiTransport.h"

#include "base/Logging.h"
#include "base/Version.h"
#include "wire/EndpointPolicy.h"
#include "wire/JsonDecoder.h"
#include "wire/OneShotUpload.h"
#include "wire/RequestSigner.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <cmath>
#include <memory>
#include <utility>

namespace compshare {

namespace {

bool isReadAction(const QString &action)
{
    return action.startsWith(QLatin1String("Describe")) || action.startsWith(QLatin1String("Get"));
}

} // namespace

bool ApiTransport::readRetCode(const QJsonValue &code, int *retCode)
{
    *retCode = 0;
    double value = 0;
    if (code.isDouble()) {
        value = code.toDouble();
    } else if (code.isString()) {
        bool ok = false;
        const int parsed = code.toString().trimmed().toInt(&ok);
        if (!ok)
            return false;
        *retCode = parsed;
        return true;
    } else {
        return false;
    }
    if (!std::isfinite(value) || value != std::floor(value) || value < -2147483648.0 ||
        value > 2147483647.0)
        return false;
    *retCode = int(value);
    return true;
}

struct ApiTransport::Private
{
    QNetworkAccessManager *nam = nullptr;
    Credentials credentials;
    int maxAttempts = 3;
    int retryBaseDelayMs = 500;
};

// One logical call: its encoded body, the attempts so far and the callback.
struct PendingCall
{
    QString action;
    QString projectId; // the ProjectId this call was sent with (empty: none)
    QByteArray body;
    bool hasContext = false;
    QPointer<QObject> context;
    std::function<void(const ApiResponse &)> done;
    ApiResponse response;
    QElapsedTimer clock;
    bool retryable = false;
};

QUrl ApiTransport::defaultEndpoint()
{
    return QUrl(QStringLiteral("https://api.compshare.cn/"));
}

ApiTransport::ApiTransport(QObject *parent)
    : QObject(parent)
    , d(new Private)
    , m_endpoint(defaultEndpoint())
{
    // Honour the desktop's proxy settings (http_proxy etc.) for the real API.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    d->nam = new QNetworkAccessManager(this);
    d->nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiTransport::~ApiTransport()
{
    delete d;
}

ApiError ApiTransport::setEndpoint(const QUrl &endpoint)
{
    ApiError refused = EndpointPolicy::check(endpoint);
    if (refused)
        return refused;
    m_endpoint = endpoint;
    // A loopback endpoint (the simulator) never goes through a proxy.
    d->nam->setProxy(EndpointPolicy::isLoopbackHost(endpoint.host())
                         ? QNetworkProxy(QNetworkProxy::NoProxy)
                         : QNetworkProxy(QNetworkProxy::DefaultProxy));
    return {};
}

void ApiTransport::setCredentials(const Credentials &credentials)
{
    d->credentials = credentials;
}

void ApiTransport::clearCredentials()
{
    d->credentials = {};
}

bool ApiTransport::hasCredentials() const
{
    return d->credentials.isValid();
}

QString ApiTransport::publicKey() const
{
    return d->credentials.publicKey;
}

void ApiTransport::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void ApiTransport::setMaxAttempts(int n)
{
    d->maxAttempts = qMax(1, n);
}

void ApiTransport::setRetryBaseDelayMs(int ms)
{
    d->retryBaseDelayMs = qMax(0, ms);
}

void ApiTransport::call(const QString &action, const RequestParams &params, QObject *context,
                        std::function<void(const ApiResponse &)> done)
{
    auto call = std::make_shared<PendingCall>();
    call->action = action;
    call->hasContext = context != nullptr;
    call->context = context;
    call->done = std::move(done);
    call->retryable = isReadAction(action);
    call->clock.start();

    ApiError refused = EndpointPolicy::check(m_endpoint);
    if (!refused && !d->credentials.isValid())
        refused =
            ApiError::policy(tr("No API key pair is set. Enter your public and private key."));
    if (refused) {
        call->response.error = refused;
        // Still asynchronous: callers may rely on the callback running later.
        QTimer::singleShot(0, this, [this, call] { finish(call); });
        return;
    }

    QMap<QString, QString> fields = params.values();
    fields.insert(QStringLiteral("Action"), action);
    fields.insert(QStringLiteral("PublicKey"), d->credentials.publicKey);
    if (!m_projectId.isEmpty() && action != QLatin1String("GetProjectList") &&
        !fields.contains(QStringLiteral("ProjectId")))
        fields.insert(QStringLiteral("ProjectId"), m_projectId);
    call->projectId = fields.value(QStringLiteral("ProjectId"));
    fields.remove(QStringLiteral("Signature"));
    const QString signature = RequestSigner::sign(fields, d->credentials.privateKey);
    fields.insert(QStringLiteral("Signature"), signature);
    call->body = FormBody::encode(fields);
    sendAttempt(call);
}

void ApiTransport::sendAttempt(const std::shared_ptr<PendingCall> &call)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    ++call->response.attempts;
    ++m_requestsSent;
    QElapsedTimer attemptClock;
    attemptClock.start();
    QNetworkReply *reply = nullptr;
    QPointer<OneShotUpload> upload;
    if (call->retryable) {
        reply = d->nam->post(request, call->body);
    } else {
        // A mutation goes out at most once: Qt would replay a buffered body
        // when the connection closes before the answer (see OneShotUpload).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        upload = new OneShotUpload(call->body);
        reply = d->nam->post(request, upload);
        upload->setParent(reply);
    }

    auto timedOut = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    // Announced (Content-Length) or received beyond the cap: stop reading.
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64 total) {
                if (*tooLarge || (received <= kMaxResponseBytes && total <= kMaxResponseBytes))
                    return;
                *tooLarge = true;
                reply->abort();
            });
    auto tlsProblems = std::make_shared<QStringList>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    // TLS verification stays on: the errors are recorded, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [tlsProblems](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            tlsProblems->append(e.errorString());
    });
    ++m_uploadsPending;
    auto uploaded = std::make_shared<bool>(false);
    const auto settleUpload = [this, uploaded] {
        if (std::exchange(*uploaded, true))
            return;
        --m_uploadsPending;
        emit uploadSettled();
    };
    connect(reply, &QNetworkReply::uploadProgress, this, [settleUpload](qint64 sent, qint64 total) {
        if (total >= 0 && sent >= total)
            settleUpload();
    });
    connect(
        reply, &QNetworkReply::finished, this,
        [this, call, reply, upload, timedOut, tooLarge, tlsProblems, attemptClock, settleUpload] {
            reply->deleteLater();
            settleUpload(); // ended before its body was reported sent
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray raw = reply->isOpen() && !*tooLarge ? reply->readAll() : QByteArray();
            const QByteArray requestId = reply->rawHeader("X-UCLOUD-REQUEST-UUID");
            if (!requestId.isEmpty())
                call->response.requestId = QString::fromLatin1(requestId);
            call->response.bytes += raw.size();
            m_bytesReceived += raw.size();
            const qint64 elapsed = attemptClock.elapsed();
            const QString &action = call->action;

            ApiError error;
            if (*tooLarge)
                //: %1 is the largest answer the console reads, in MiB
                error =
                    ApiError::malformed(tr("it is larger than %1 MiB, the most the console reads")
                                            .arg(kMaxResponseBytes / (1024 * 1024)),
                                        action);
            else if (*timedOut)
                error = ApiError::timeout(m_timeoutMs, action);
            else if (!tlsProblems->isEmpty())
                error = ApiError::tls(tlsProblems->join(QStringLiteral("; ")), action);
            else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
                error = ApiError::tls(reply->errorString(), action);
            else if (status != 0 && (status < 200 || status > 299))
                error = ApiError::httpStatus(status, action);
            else if (reply->error() == QNetworkReply::ContentReSendError)
                // Qt wanted to replay the mutation on a new connection; OneShotUpload refused.
                error = ApiError::network(tr("the connection closed before CompShare answered"),
                                          action);
            else if (status == 0 || reply->error() != QNetworkReply::NoError)
                error = ApiError::network(reply->errorString(), action); // e.g. closed mid-body
            // A mutation whose connection failed before Qt took a byte of its
            // body (a kept-alive connection the server was closing, a refused
            // one) never reached CompShare: known not applied, and safe to
            // send once more when the failure was not a timeout.
            bool resendable = false;
            if (upload && upload->untouched() && status == 0 &&
                (error.kind() == ApiError::Kind::Network ||
                 error.kind() == ApiError::Kind::Timeout)) {
                resendable = error.kind() == ApiError::Kind::Network;
                error = ApiError::undelivered(error);
                --m_requestsSent; // counted when handed to Qt; it never went out
            }

            qCDebug(lcApi).noquote().nospace()
                << action << " attempt " << call->response.attempts << ": HTTP " << status << ", "
                << raw.size() << " bytes, " << elapsed << " ms"
                << (error ? QStringLiteral(", ") + error.explanation() : QString());

            if (error) {
                error.setRequestId(call->response.requestId);
                emit attemptFinished(action, status, 0, elapsed);
                if ((call->retryable || resendable) && error.isTransient() &&
                    call->response.attempts < d->maxAttempts) {
                    scheduleRetry(call);
                    return;
                }
                call->response.error = error;
                finish(call);
                return;
            }
            decode(call, raw, status, elapsed);
        });
}

void ApiTransport::scheduleRetry(const std::shared_ptr<PendingCall> &call)
{
    // Exponential backoff with full jitter: base * 2^(n-1) * [0.5, 1.5).
    const int n = call->response.attempts;
    const double step = double(d->retryBaseDelayMs) * double(1 << qMin(n - 1, 10));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    const int delay = int(step * jitter);
    qCDebug(lcApi).noquote().nospace() << call->action << " retry in " << delay << " ms";
    QTimer::singleShot(delay, this, [this, call] {
        if (call->hasContext && !call->context)
            return; // nobody is waiting any more
        sendAttempt(call);
    });
}

void ApiTransport::decode(const std::shared_ptr<PendingCall> &call, const QByteArray &raw,
                          int status, qint64 elapsedMs)
{
    JsonDecoder::decode(
        raw, this, [this, call, raw, status, elapsedMs](const JsonDecoder::Result &r) {
            call->response.raw = raw;
            call->response.textRepaired = r.textRepaired;
            const QString &action = call->action;
            int retCode = 0;
            if (!r.error.isEmpty()) {
                call->response.error = ApiError::malformed(r.error, action);
            } else {
                call->response.body = r.object;
                const QJsonValue code = r.object.value(QStringLiteral("RetCode"));
                const bool haveCode = readRetCode(code, &retCode);
                if (code.isUndefined() || code.isNull()) {
                    call->response.error =
                        ApiError::malformed(tr("the answer has no RetCode"), action);
                } else if (!haveCode) {
                    // 1.5 or "abc" is not success: only a whole 0 is.
                    call->response.error =
                        ApiError::malformed(tr("its RetCode is not a whole number"), action);
                } else if (retCode != 0) {
                    call->response.error = ApiError::api(
                        retCode, r.object.value(QStringLiteral("Message")).toString(), action);
                }
                call->response.error.setRequestId(call->response.requestId);
            }
            qCDebug(lcApi).noquote().nospace() << action << " RetCode " << retCode << ", "
                                               << raw.size() << " bytes, " << elapsedMs << " ms";
            emit attemptFinished(action, status, retCode, elapsedMs);
            finish(call);
        });
}

void ApiTransport::finish(const std::shared_ptr<PendingCall> &call)
{
    call->response.elapsedMs = call->clock.elapsed();
    const ApiError &error = call->response.error;
    // A refusal of the project the console uses now; one about a call sent
    // before the project was known (the first list never waits) is stale.
    if (error.kind() == ApiError::Kind::Api && call->projectId == m_projectId &&
        error.message().contains(QLatin1String("ProjectId"), Qt::CaseInsensitive))
        emit projectRefused(error);
    if (call->hasContext && !call->context)
        return;
    if (call->done)
        call->done(call->response);
}

} // namespace compshare

// SPDX-License-Identifier: MIT
#include "work/CredentialVerifier.h"

#include "base/Logging.h"
#include "base/SentenceJoin.h"
#include "wire/ApiTransport.h"
#include "wire/RequestParams.h"

#include <QPointer>

namespace compshare {

CredentialVerifier::CredentialVerifier(QObject *parent)
    : QObject(parent)
{}

CredentialVerifier::~CredentialVerifier() = default;

void CredentialVerifier::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void CredentialVerifier::verify(const Credentials &credentials, const QUrl &endpoint,
                                QObject *context, std::function<void(const ApiError &)> done)
{
    QPointer<QObject> ctx = context;
    auto *transport = new ApiTransport(this);
    if (!endpoint.isEmpty()) {
        const ApiError refused = transport->setEndpoint(endpoint);
        if (refused) {
            transport->deleteLater();
            if (ctx)
                done(refused);
            return;
        }
    }
    transport->setTimeoutMs(m_timeoutMs);
    transport->setMaxAttempts(1); // the user is waiting; one honest answer
    transport->setCredentials(credentials);
    RequestParams params;
    params.set(QStringLiteral("Limit"), 1);
    params.set(QStringLiteral("Offset"), 0);
    transport->call(QStringLiteral("DescribeCompShareInstance"), params, this,
                    [transport, ctx, done = std::move(done)](const ApiResponse &response) {
                        qCInfo(lcCredentials).noquote()
                            << "key test:"
                            << (response.error ? response.error.toString() : QStringLiteral("ok"));
                        transport->deleteLater();
                        if (ctx)
                            done(response.error);
                    });
}

QString CredentialVerifier::explain(const ApiError &error)
{
    if (!error)
        return {};
    if (error.kind() == ApiError::Kind::Api || error.kind() == ApiError::Kind::None) {
        if (error.retCode() == 171 || error.reason() == ApiError::Reason::KeyRejected)
            //: Gateway RetCode 171 "Signature VerifyAC Error" while testing a new key pair.
            return tr("The gateway rejected the signature (171): the private key does not belong "
                      "to this public key. Copy both keys again from the API key page, "
                      "completely and without spaces.");
        if (error.retCode() == 172 || error.reason() == ApiError::Reason::KeyUnknown)
            //: Gateway RetCode 172 "User Not Exists" while testing a new key pair.
            return tr("No CompShare account has this public key (172). Check the public key, "
                      "and that it was made on the CompShare console, not another cloud's.");
    }
    const QString remedy = error.remedy();
    return SentenceJoin::join(error.explanation(), remedy);
}

} // namespace compshare

// SPDX-License-Identifier: MIT
// Tests a key pair before it is saved: one signed DescribeCompShareInstance
// (Limit=1) on a transport of its own, so the console's live transport keeps
// its credentials while the user types new ones.
#pragma once

#include "domain/ApiError.h"
#include "wire/CompShareClient.h" // Credentials

#include <QObject>
#include <QUrl>
#include <functional>

namespace compshare {

class ApiTransport;

class CredentialVerifier final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialVerifier(QObject *parent = nullptr);
    ~CredentialVerifier() override;

    void setTimeoutMs(int ms); // per request, default 15000

    // endpoint empty: the default gateway. `done` gets a None error when the
    // gateway accepted the pair.
    void verify(const Credentials &credentials, const QUrl &endpoint, QObject *context,
                std::function<void(const ApiError &)> done);

    // One or two sentences for the key dialog: 171 and 172 in words,
    // anything else as the error's own explanation and remedy.
    static QString explain(const ApiError &error);

private:
    int m_timeoutMs = 15000;
};

} // namespace compshare

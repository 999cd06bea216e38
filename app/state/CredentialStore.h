// SPDX-License-Identifier: MIT
// The only door to the OS keychain (QtKeychain), one private key per profile.
// Every call is asynchronous and answers exactly once through its callback,
// by the configured timeout at the latest: a slow or prompting keychain never
// freezes the window (the job keeps running, the caller gets TimedOut).
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace compshare {

struct KeychainResult
{
    enum class Status
    {
        Ok,
        NotFound,    // no entry, or a locked keyring that will not say (QtKeychain cannot tell)
        Unavailable, // no D-Bus / no Secret Service / refused / locked: see explanation
        TimedOut,    // no answer within the timeout (often an unlock prompt nobody answered)
        Invalid,     // refused before touching the keychain (bad or taken name, unknown profile)
    };
    Status status = Status::Ok;
    QString explanation; // translated, plain, never contains a key
    QString secret;      // readPrivateKey only, when Ok

    bool ok() const { return status == Status::Ok; }
};

class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const KeychainResult &)>;

    static QString serviceName(); // "CompShare Console"

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    void setTimeoutMs(int ms); // default 15000
    int timeoutMs() const { return m_timeoutMs; }

    // `done` runs later, on this thread, only while `context` is alive (a
    // null context: always).
    void readPrivateKey(const QString &profile, QObject *context, Callback done);
    void writePrivateKey(const QString &profile, const QString &privateKey, QObject *context,
                         Callback done);
    void removePrivateKey(const QString &profile, QObject *context, Callback done);

    // What a QtKeychain error means, in words the user can act on.
    static KeychainResult classify(int qkeychainError, const QString &errorString,
                                   const QString &profile);

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    void run(Op op, const QString &profile, const QString &secret, QObject *context, Callback done);

    int m_timeoutMs = 15000;
};

} // namespace compshare

// SPDX-License-Identifier: MIT
#include "state/CredentialStore.h"

#include "base/Logging.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace compshare {

namespace {

const char *opName(int op)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[op];
}

QString statusName(KeychainResult::Status s)
{
    switch (s) {
    case KeychainResult::Status::Ok:
        return QStringLiteral("ok");
    case KeychainResult::Status::NotFound:
        return QStringLiteral("not found");
    case KeychainResult::Status::Unavailable:
        return QStringLiteral("unavailable");
    case KeychainResult::Status::TimedOut:
        return QStringLiteral("timed out");
    case KeychainResult::Status::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

} // namespace

QString CredentialStore::serviceName()
{
    return QStringLiteral("CompShare Console");
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

CredentialStore::~CredentialStore() = default;

void CredentialStore::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void CredentialStore::readPrivateKey(const QString &profile, QObject *context, Callback done)
{
    run(Op::Read, profile, {}, context, std::move(done));
}

void CredentialStore::writePrivateKey(const QString &profile, const QString &privateKey,
                                      QObject *context, Callback done)
{
    run(Op::Write, profile, privateKey, context, std::move(done));
}

void CredentialStore::removePrivateKey(const QString &profile, QObject *context, Callback done)
{
    run(Op::Remove, profile, {}, context, std::move(done));
}

KeychainResult CredentialStore::classify(int error, const QString &errorString,
                                         const QString &profile)
{
    KeychainResult r;
    switch (error) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.status = KeychainResult::Status::NotFound;
        //: %1 is a profile name. A locked keyring answers like an empty one.
        r.explanation = tr("The system keychain has no private key for profile \"%1\" "
                           "(or the keychain is locked).")
                            .arg(profile);
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = KeychainResult::Status::Unavailable;
        r.explanation = tr("The system keychain refused access. Unlock it (for example "
                           "gnome-keyring's \"login\" keyring) and try again.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = KeychainResult::Status::Unavailable;
        r.explanation = tr("No system keychain is available. Install and unlock gnome-keyring "
                           "(or another Secret Service provider such as KWallet or KeePassXC).");
        return r;
    default:
        break;
    }
    r.status = KeychainResult::Status::Unavailable;
    if (errorString.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive) ||
        errorString.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS"))) {
        r.explanation = tr("The system keychain cannot be reached: there is no D-Bus session "
                           "bus. Run the console inside a desktop session with gnome-keyring "
                           "installed and unlocked.");
    } else if (errorString.contains(QLatin1String("org.freedesktop.secrets"))) {
        r.explanation = tr("No Secret Service is running on the session bus. Install and unlock "
                           "gnome-keyring (or enable KeePassXC's Secret Service integration).");
    } else if (errorString.contains(QLatin1String("does not exist at path"))) {
        r.explanation = tr("The system keychain has no unlocked default keyring. Unlock "
                           "gnome-keyring's \"login\" keyring (or create one) and try again.");
    } else if (error == QKeychain::CouldNotDeleteEntry) {
        r.explanation = tr("The system keychain could not delete the key. Unlock it and try "
                           "again.");
    } else {
        //: %1 is the keychain library's own message (never contains a key).
        r.explanation = tr("The system keychain is not usable: %1. Install and unlock "
                           "gnome-keyring and try again.")
                            .arg(errorString);
    }
    return r;
}

void CredentialStore::run(Op op, const QString &profile, const QString &secret, QObject *context,
                          Callback done)
{
    // Shared by the job's finished handler and the timeout: whichever comes
    // first answers; the other finds `answered` set and only cleans up.
    struct State
    {
        bool answered = false;
        QPointer<QObject> context;
        bool guarded = false; // a null context means "always answer"
        Callback done;
        QString profile;
        int op = 0;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->guarded = context != nullptr;
    state->done = std::move(done);
    state->profile = profile;
    state->op = static_cast<int>(op);

    auto answer = [state](const KeychainResult &result) {
        if (state->answered)
            return;
        state->answered = true;
        qCInfo(lcCredentials).noquote() << "keychain" << opName(state->op) << "for profile"
                                        << state->profile << "->" << statusName(result.status);
        if (!state->guarded || state->context)
            state->done(result);
        state->done = nullptr; // drop whatever the callback captured
    };

    QKeychain::Job *job = nullptr;
    const QString service = serviceName();
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(profile);

    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answer, timer, ms = m_timeoutMs] {
        KeychainResult r;
        r.status = KeychainResult::Status::TimedOut;
        //: %1 is a number of seconds.
        r.explanation = tr("The system keychain did not answer within %1 seconds. It may be "
                           "waiting for you to unlock it.")
                            .arg(ms / 1000.0);
        answer(r);
        if (timer)
            timer->deleteLater();
    });
    connect(job, &QKeychain::Job::finished, this, [answer, timer, profile](QKeychain::Job *j) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        KeychainResult r = classify(j->error(), j->errorString(), profile);
        if (r.ok()) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                r.secret = read->textData();
        }
        answer(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace compshare

// SPDX-License-Identifier: MIT
// "Add API key": name, public key, private key (hidden, with a show toggle),
// an optional endpoint, and "Test and save", which first proves the pair with
// one signed request, then stores it (keychain + profiles). When the keychain
// cannot be used it offers "Use for this session only". Open with open().
#pragma once

#include "state/Profile.h"
#include "wire/CompShareClient.h" // Credentials

#include <QDialog>
#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace compshare {
class CredentialVerifier;
class ProfileStore;
struct KeychainResult;
} // namespace compshare

namespace compshare::ui {

class AddKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    static QUrl apiKeyPageUrl(); // https://console.compshare.cn/uaccount/api_manage

    explicit AddKeyDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~AddKeyDialog() override;

    // Prefills (re-entering the key of an existing profile and its own endpoint).
    void setProfileName(const QString &name);
    void setEndpoint(const QUrl &endpoint);
    // Where the console would use a key with the given endpoint of its own
    // (empty: none), so the test goes there (AccountSession::endpointFor:
    // --endpoint, else the key's own, else Preferences). Without a rule, a
    // key without an endpoint of its own is tested at the built-in one.
    void setEndpointRule(std::function<QUrl(const QUrl &own)> rule);
    // The caller already knows the keychain is unusable: say so up front.
    void setKeychainUnavailable(const QString &explanation);
    void setVerifyTimeoutMs(int ms);

signals:
    void profileAdded(const QString &name);
    // The user chose to use the (tested) pair without saving it.
    void sessionOnlyRequested(const compshare::Profile &profile,
                              const compshare::Credentials &credentials);

private:
    void testAndSave();
    void save(const Profile &profile, const QString &privateKey);
    void onSaved(const Profile &profile, const KeychainResult &result);
    void useForSessionOnly();
    void setBusy(bool busy, const QString &message = {});
    void showProblem(const QString &text);
    void updateEndpointWarning();
    Profile profileFromFields(QString *problem) const;

    ProfileStore *m_store;
    CredentialVerifier *m_verifier;
    QLineEdit *m_name;
    QLineEdit *m_publicKey;
    QLineEdit *m_privateKey;
    QPushButton *m_showPrivateKey;
    QGroupBox *m_advanced;
    QLineEdit *m_endpoint;
    QLabel *m_endpointWarning;
    QLabel *m_status;
    QPushButton *m_testAndSave;
    QPushButton *m_sessionOnly;
    bool m_keychainUnavailable = false;
    std::function<QUrl(const QUrl &)> m_endpointRule;
};

} // namespace compshare::ui

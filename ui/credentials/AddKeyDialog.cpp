// SPDX-License-Identifier: MIT
#include "ui/credentials/AddKeyDialog.h"

#include "base/SentenceJoin.h"
#include "state/ProfileStore.h"
#include "wire/EndpointPolicy.h"
#include "work/CredentialVerifier.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

QUrl AddKeyDialog::apiKeyPageUrl()
{
    return QUrl(QStringLiteral("https://console.compshare.cn/uaccount/api_manage"));
}

AddKeyDialog::AddKeyDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_verifier(new CredentialVerifier(this))
    , m_name(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_privateKey(new QLineEdit(this))
    //: Toggle button next to the private key field.
    , m_showPrivateKey(new QPushButton(tr("Show"), this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_endpoint(new QLineEdit(m_advanced))
    , m_endpointWarning(new QLabel(m_advanced))
    , m_status(new QLabel(this))
    , m_testAndSave(new QPushButton(tr("Test and save"), this))
    , m_sessionOnly(new QPushButton(tr("Use for this session only"), this))
{
    setWindowTitle(tr("Add API key"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_publicKey->setObjectName(QStringLiteral("publicKey"));
    m_privateKey->setObjectName(QStringLiteral("privateKey"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_status->setObjectName(QStringLiteral("status"));
    m_testAndSave->setObjectName(QStringLiteral("testAndSave"));
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));

    m_name->setText(m_store->profileNames().isEmpty() ? QStringLiteral("default") : QString());
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_privateKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                      Qt::ImhNoPredictiveText);
    m_showPrivateKey->setObjectName(QStringLiteral("showPrivateKey"));
    m_showPrivateKey->setCheckable(true);
    m_showPrivateKey->setToolTip(tr("Show or hide the private key"));
    connect(m_showPrivateKey, &QPushButton::toggled, this, [this](bool show) {
        m_privateKey->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        //: Toggle button next to the private key field.
        m_showPrivateKey->setText(show ? tr("Hide") : tr("Show"));
    });

    auto *intro = new QLabel(
        //: %1 is a link to the CompShare console page where API keys are created.
        tr("Create a key pair on the CompShare console under 账户中心 → API 密钥 "
           "(<a href=\"%1\">open the API key page</a>). The private key is kept in the "
           "system keychain, never in a file.")
            .arg(apiKeyPageUrl().toString()),
        this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setOpenExternalLinks(true);

    auto *privateRow = new QHBoxLayout;
    privateRow->addWidget(m_privateKey, 1);
    privateRow->addWidget(m_showPrivateKey);
    auto *form = new QFormLayout;
    form->addRow(tr("Profile name:"), m_name);
    form->addRow(tr("Public key:"), m_publicKey);
    form->addRow(tr("Private key:"), privateRow);

    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedForm = new QFormLayout(m_advanced);
    m_endpoint->setPlaceholderText(QStringLiteral("https://api.compshare.cn/"));
    advancedForm->addRow(tr("API endpoint:"), m_endpoint);
    m_endpoint->setVisible(false);
    connect(m_advanced, &QGroupBox::toggled, m_endpoint, &QWidget::setVisible);
    // Said while typing, before "Test and save" sends a signed request there.
    m_endpointWarning->setObjectName(QStringLiteral("endpointWarning"));
    m_endpointWarning->setWordWrap(true);
    m_endpointWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_endpointWarning->setVisible(false);
    advancedForm->addRow(m_endpointWarning);
    connect(m_endpoint, &QLineEdit::textChanged, this, &AddKeyDialog::updateEndpointWarning);
    connect(m_advanced, &QGroupBox::toggled, this, &AddKeyDialog::updateEndpointWarning);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionOnly->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_testAndSave, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_sessionOnly, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_testAndSave->setDefault(true);
    // AcceptRole would close the dialog at once: the test runs first.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_testAndSave, &QPushButton::clicked, this, &AddKeyDialog::testAndSave);
    connect(m_sessionOnly, &QPushButton::clicked, this, &AddKeyDialog::useForSessionOnly);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AddKeyDialog::~AddKeyDialog() = default;

void AddKeyDialog::setProfileName(const QString &name)
{
    m_name->setText(name);
}

void AddKeyDialog::setEndpoint(const QUrl &endpoint)
{
    m_endpoint->setText(endpoint.toString());
    m_advanced->setChecked(!endpoint.isEmpty());
}

void AddKeyDialog::setKeychainUnavailable(const QString &explanation)
{
    m_keychainUnavailable = true;
    showProblem(SentenceJoin::join(
        explanation, tr("You can still use a key for this session only; nothing will be saved.")));
    m_sessionOnly->setVisible(true);
}

void AddKeyDialog::setEndpointRule(std::function<QUrl(const QUrl &)> rule)
{
    m_endpointRule = std::move(rule);
}

void AddKeyDialog::setVerifyTimeoutMs(int ms)
{
    m_verifier->setTimeoutMs(ms);
}

Profile AddKeyDialog::profileFromFields(QString *problem) const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.publicKey = m_publicKey->text().trimmed();
    const QString endpointText = m_advanced->isChecked() ? m_endpoint->text().trimmed() : QString();
    if (!endpointText.isEmpty())
        p.endpoint = QUrl(endpointText, QUrl::StrictMode);
    *problem = profileNameProblem(p.name);
    if (problem->isEmpty() && (p.publicKey.isEmpty() || m_privateKey->text().trimmed().isEmpty()))
        *problem = tr("Paste both the public key and the private key.");
    if (problem->isEmpty())
        *problem = endpointProblem(p.endpoint);
    return p;
}

void AddKeyDialog::testAndSave()
{
    QString problem;
    const Profile profile = profileFromFields(&problem);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const QString privateKey = m_privateKey->text().trimmed();
    setBusy(true, tr("Testing the key with one read-only request…"));
    // Tested where the console will use it; the profile keeps only what was typed.
    const QUrl testAt = m_endpointRule ? m_endpointRule(profile.endpoint) : profile.endpoint;
    m_verifier->verify({profile.publicKey, privateKey}, testAt, this,
                       [this, profile, privateKey](const ApiError &error) {
                           if (error) {
                               setBusy(false);
                               showProblem(CredentialVerifier::explain(error));
                               return;
                           }
                           save(profile, privateKey);
                       });
}

void AddKeyDialog::save(const Profile &profile, const QString &privateKey)
{
    if (m_keychainUnavailable) {
        setBusy(false, tr("The key works. The system keychain is not available, so it can only "
                          "be used for this session."));
        return;
    }
    setBusy(true, tr("The key works. Saving it in the system keychain…"));
    m_store->saveProfile(profile, privateKey, this,
                         [this, profile](const KeychainResult &r) { onSaved(profile, r); });
}

void AddKeyDialog::onSaved(const Profile &profile, const KeychainResult &result)
{
    setBusy(false);
    switch (result.status) {
    case KeychainResult::Status::Ok:
        emit profileAdded(profile.name);
        accept();
        return;
    case KeychainResult::Status::Unavailable:
    case KeychainResult::Status::TimedOut:
    case KeychainResult::Status::NotFound:
        setKeychainUnavailable(result.explanation);
        return;
    case KeychainResult::Status::Invalid:
        showProblem(result.explanation);
        return;
    }
}

void AddKeyDialog::useForSessionOnly()
{
    QString problem;
    Profile profile = profileFromFields(&problem);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    emit sessionOnlyRequested(profile, {profile.publicKey, m_privateKey->text().trimmed()});
    accept();
}

void AddKeyDialog::setBusy(bool busy, const QString &message)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_publicKey),
          static_cast<QWidget *>(m_privateKey), static_cast<QWidget *>(m_advanced),
          static_cast<QWidget *>(m_testAndSave), static_cast<QWidget *>(m_sessionOnly)})
        w->setEnabled(!busy);
    if (!message.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(message);
    }
}

void AddKeyDialog::updateEndpointWarning()
{
    const QString text = m_advanced->isChecked() ? m_endpoint->text().trimmed() : QString();
    const QUrl endpoint(text, QUrl::StrictMode);
    if (text.isEmpty() || !EndpointPolicy::isForeign(endpoint)) {
        m_endpointWarning->setVisible(false);
        return;
    }
    //: %1 is the host name of the API endpoint typed in, e.g. api.example.com
    m_endpointWarning->setText(
        tr("Requests signed with this key will go to %1, not to CompShare's own API "
           "(api.compshare.cn). Whoever runs %1 can replay them at CompShare for as long as "
           "the key is valid.")
            .arg(endpoint.host()));
    m_endpointWarning->setVisible(true);
}

void AddKeyDialog::showProblem(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_status->setText(text);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/credentials/CliImportDialog.h"

#include "state/CliConfigImporter.h"
#include "state/ProfileStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

CliImportDialog::CliImportDialog(ProfileStore *store, const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_importer(new CliConfigImporter(
          configPath.isEmpty() ? CliConfigImporter::defaultConfigPath() : configPath, this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import from compshare CLI"));
    m_list->setObjectName(QStringLiteral("cliProfiles"));
    m_status->setObjectName(QStringLiteral("status"));
    m_import->setObjectName(QStringLiteral("import"));
    m_status->setWordWrap(true);

    //: %1 is the path of the compshare CLI's config file.
    auto *intro = new QLabel(tr("Profiles found in %1. The private keys are copied to the "
                                "system keychain; the CLI's file is not changed.")
                                 .arg(QDir::toNativeSeparators(m_importer->configPath())),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &CliImportDialog::startImport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    load();
}

CliImportDialog::~CliImportDialog() = default;

void CliImportDialog::load()
{
    m_list->clear();
    QString error;
    if (!m_importer->load(&error)) {
        m_status->setText(error);
        m_import->setEnabled(false);
        return;
    }
    for (const CliProfile &p : m_importer->profiles()) {
        auto *item = new QListWidgetItem(m_list);
        //: %1 profile name, %2 the start of its public key (never the private key).
        QString text = tr("%1 — public key %2…").arg(p.name, p.publicKey.left(8));
        if (p.isCurrent)
            text += QLatin1Char(' ') + tr("(current in the CLI)");
        item->setData(Qt::UserRole, p.name);
        if (!p.hasPrivateKey || p.publicKey.isEmpty()) {
            text += QLatin1Char(' ') + tr("(incomplete key pair)");
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(p.isCurrent ? Qt::Checked : Qt::Unchecked);
        }
        item->setText(text);
    }
    if (m_list->count() == 0)
        m_status->setText(tr("The compshare CLI has no profiles."));
    m_import->setEnabled(m_list->count() > 0);
}

void CliImportDialog::startImport()
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    if (names.isEmpty()) {
        m_status->setText(tr("Tick the profiles to import."));
        return;
    }
    m_import->setEnabled(false);
    m_status->setText(tr("Importing…"));
    m_importer->importProfiles(names, m_store, this, [this](const CliImportReport &report) {
        m_import->setEnabled(true);
        QStringList lines = report.messages;
        if (!report.imported.isEmpty())
            lines.prepend(tr("Imported: %1.").arg(report.imported.join(QStringLiteral(", "))));
        m_status->setText(lines.join(QLatin1Char('\n')));
        if (!report.imported.isEmpty())
            emit imported(report.imported);
        if (report.failed.isEmpty())
            accept();
    });
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/credentials/ProfilesDialog.h"

#include "state/ProfileStore.h"
#include "ui/credentials/CliImportDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_switch(button(tr("Switch to"), "switch", this))
    , m_rename(button(tr("Rename…"), "rename", this))
    , m_delete(button(tr("Delete…"), "delete", this))
    , m_renameRow(new QWidget(this))
    , m_renameEdit(new QLineEdit(m_renameRow))
    , m_deleteRow(new QWidget(this))
    , m_deleteQuestion(new QLabel(m_deleteRow))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("API key profiles"));
    m_list->setObjectName(QStringLiteral("profiles"));
    m_renameEdit->setObjectName(QStringLiteral("renameEdit"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_deleteQuestion->setWordWrap(true);

    auto *add = button(tr("Add key…"), "add", this);
    auto *import = button(tr("Import from compshare CLI…"), "importCli", this);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_switch, m_rename, m_delete, add, import})
        side->addWidget(b);
    side->addStretch();

    auto *renameLayout = new QHBoxLayout(m_renameRow);
    renameLayout->setContentsMargins(0, 0, 0, 0);
    renameLayout->addWidget(new QLabel(tr("New name:"), m_renameRow));
    renameLayout->addWidget(m_renameEdit, 1);
    auto *renameOk = button(tr("Rename"), "renameApply", m_renameRow);
    auto *renameCancel = button(tr("Cancel"), "renameCancel", m_renameRow);
    renameLayout->addWidget(renameOk);
    renameLayout->addWidget(renameCancel);

    auto *deleteLayout = new QHBoxLayout(m_deleteRow);
    deleteLayout->setContentsMargins(0, 0, 0, 0);
    deleteLayout->addWidget(m_deleteQuestion, 1);
    auto *deleteOk = button(tr("Delete"), "deleteConfirm", m_deleteRow);
    auto *deleteCancel = button(tr("Keep"), "deleteCancel", m_deleteRow);
    deleteLayout->addWidget(deleteOk);
    deleteLayout->addWidget(deleteCancel);
    m_renameRow->hide();
    m_deleteRow->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_renameRow);
    layout->addWidget(m_deleteRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, m_switch, &QPushButton::click);
    connect(m_switch, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            emit switchRequested(selectedName());
    });
    connect(m_rename, &QPushButton::clicked, this, &ProfilesDialog::beginRename);
    connect(renameOk, &QPushButton::clicked, this, &ProfilesDialog::applyRename);
    connect(m_renameEdit, &QLineEdit::returnPressed, this, &ProfilesDialog::applyRename);
    connect(renameCancel, &QPushButton::clicked, this, [this] { showRow(Row::None); });
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::beginDelete);
    connect(deleteOk, &QPushButton::clicked, this, &ProfilesDialog::applyDelete);
    connect(deleteCancel, &QPushButton::clicked, this, [this] { showRow(Row::None); });
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addKeyRequested);
    connect(import, &QPushButton::clicked, this, &ProfilesDialog::openImport);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
    connect(m_store, &ProfileStore::currentProfileChanged, this, &ProfilesDialog::reload);
    reload();
    setMinimumWidth(560);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setActiveProfile(const QString &name)
{
    m_active = name;
    reload();
}

void ProfilesDialog::reload()
{
    const QString keep = selectedName();
    const QString current = m_active.isEmpty() ? m_store->currentProfile() : m_active;
    m_list->clear();
    for (const Profile &p : m_store->profiles()) {
        //: %1 profile name, %2 the start of its public key (never the private key).
        QString text = tr("%1 — public key %2…").arg(p.name, p.publicKey.left(8));
        if (!p.endpoint.isEmpty())
            text += QStringLiteral(" — ") + p.endpoint.toDisplayString();
        if (p.name == current)
            text += QLatin1Char(' ') + tr("(in use)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.name);
        if (p.name == current) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (p.name == keep || (keep.isEmpty() && p.name == current))
            m_list->setCurrentItem(item);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::updateButtons()
{
    const bool any = !selectedName().isEmpty();
    m_switch->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

void ProfilesDialog::showRow(Row row)
{
    m_renameRow->setVisible(row == Row::Rename);
    m_deleteRow->setVisible(row == Row::Delete);
}

void ProfilesDialog::beginRename()
{
    m_renameEdit->setText(selectedName());
    m_renameEdit->setProperty("profile", selectedName());
    showRow(Row::Rename);
    m_renameEdit->setFocus();
    m_renameEdit->selectAll();
}

void ProfilesDialog::applyRename()
{
    const QString from = m_renameEdit->property("profile").toString();
    const QString to = m_renameEdit->text().trimmed();
    m_status->setText(tr("Renaming…"));
    m_store->renameProfile(from, to, this, [this, from, to](const KeychainResult &r) {
        if (!r.ok()) {
            m_status->setText(r.explanation);
            return;
        }
        showRow(Row::None);
        m_status->setText(r.explanation); // a note if the old entry stayed behind
        if (m_active == from)
            m_active = to;
        reload();
        if (from != to)
            emit profileRenamed(from, to);
    });
}

void ProfilesDialog::beginDelete()
{
    const QString name = selectedName();
    m_deleteQuestion->setProperty("profile", name);
    //: %1 is a profile name.
    m_deleteQuestion->setText(tr("Delete profile \"%1\"? Its private key is removed from the "
                                 "system keychain; running instances are not affected.")
                                  .arg(name));
    showRow(Row::Delete);
}

void ProfilesDialog::applyDelete()
{
    const QString name = m_deleteQuestion->property("profile").toString();
    m_status->setText(tr("Deleting…"));
    m_store->removeProfile(name, this, [this, name](const KeychainResult &r) {
        if (!r.ok()) {
            m_status->setText(r.explanation);
            return;
        }
        showRow(Row::None);
        m_status->clear();
        if (m_active == name)
            m_active.clear();
        reload();
        emit profileDeleted(name);
    });
}

void ProfilesDialog::openImport()
{
    auto *dialog = new CliImportDialog(m_store, m_cliConfigPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CliImportDialog::imported, this, &ProfilesDialog::reload);
    dialog->open();
}

} // namespace compshare::ui

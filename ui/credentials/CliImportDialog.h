// SPDX-License-Identifier: MIT
// "Import from compshare CLI": the CLI's profiles with checkboxes; the chosen
// ones go to the keychain + profiles. The CLI's own file is only read.
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace compshare {
class CliConfigImporter;
class ProfileStore;
} // namespace compshare

namespace compshare::ui {

class CliImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // configPath empty: the CLI's default location.
    explicit CliImportDialog(ProfileStore *store, const QString &configPath = {},
                             QWidget *parent = nullptr);
    ~CliImportDialog() override;

signals:
    void imported(const QStringList &profileNames);

private:
    void load();
    void startImport();

    ProfileStore *m_store;
    CliConfigImporter *m_importer;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_import;
};

} // namespace compshare::ui

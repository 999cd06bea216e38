// SPDX-License-Identifier: MIT
// The saved profiles: switch, rename, delete (with a confirm step inside the
// dialog), add, and import from the compshare CLI. It changes the
// ProfileStore; switching is a request the owner carries out (it has to read
// the key and reconnect). Open with open().
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace compshare {
class ProfileStore;
} // namespace compshare

namespace compshare::ui {

class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Where "Import from compshare CLI…" looks (tests); empty: the default.
    void setCliConfigPath(const QString &path) { m_cliConfigPath = path; }
    // The profile in use right now (may differ from the remembered one).
    void setActiveProfile(const QString &name);

signals:
    void switchRequested(const QString &name);
    void addKeyRequested();
    void profileRenamed(const QString &from, const QString &to);
    void profileDeleted(const QString &name);

private:
    void reload();
    QString selectedName() const;
    void updateButtons();
    void beginRename();
    void applyRename();
    void beginDelete();
    void applyDelete();
    void openImport();
    enum class Row
    {
        None,
        Rename,
        Delete
    };
    void showRow(Row row);

    ProfileStore *m_store;
    QString m_active;
    QString m_cliConfigPath;
    QListWidget *m_list;
    QPushButton *m_switch;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QWidget *m_renameRow;
    QLineEdit *m_renameEdit;
    QWidget *m_deleteRow;
    QLabel *m_deleteQuestion;
    QLabel *m_status;
};

} // namespace compshare::ui

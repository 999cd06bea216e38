// SPDX-License-Identifier: MIT
// A new name for one instance (ModifyCompShareInstanceName), checked as its
// API page says before anything is sent (InstanceName::check): at most 63
// characters; Chinese, letters, digits and _ . , : -  Rename stays disabled,
// with the reason under the field, while the name breaks the rule.
#pragma once

#include "domain/Instance.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace compshare::ui {

class RenameDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RenameDialog(const Instance &instance, QWidget *parent = nullptr);

    const Instance &instance() const { return m_instance; }
    QString newName() const;
    // Accepted with a name that passes the rule.
    bool renameConfirmed() const;

    QLineEdit *nameEdit() const { return m_edit; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *renameButton() const { return m_rename; }

private:
    void check();

    Instance m_instance;
    QLineEdit *m_edit = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_rename = nullptr;
};

} // namespace compshare::ui

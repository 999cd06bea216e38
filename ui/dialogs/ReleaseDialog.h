// SPDX-License-Identifier: MIT
// Confirmation of a release (TerminateCompShareInstance): the end of an
// instance. It names each instance, says what is lost (the system disk's
// data) and what is kept (the data disks, unless "also delete its data
// disks" is ticked: ReleaseUDisk), what releasing stops costing per hour
// (BillingRules::releaseSaving) and that CompShare's answer says whether it
// went to the recycle bin. "Release" stays disabled until the instance's
// name is typed (for several, their number); Cancel is the default.
#pragma once

#include "domain/Instance.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace compshare::ui {

class ReleaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `skipped`: "name — reason" lines for selected instances that cannot be released.
    explicit ReleaseDialog(const QList<Instance> &instances, QWidget *parent = nullptr,
                           const QStringList &skipped = {});

    const QList<Instance> &instances() const { return m_instances; }
    // Accepted, with the confirmation typed.
    bool releaseConfirmed() const;
    bool releaseDataDisks() const;
    // What must be typed: the name (or the id when it has none); for several, their number.
    QString confirmationText() const;

    QLineEdit *confirmEdit() const { return m_confirm; }
    QCheckBox *dataDisksCheckBox() const { return m_dataDisks; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *costLabel() const { return m_cost; }

private:
    void updateCost();
    bool typed() const;

    QList<Instance> m_instances;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_dataDisks = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_cost = nullptr;
};

} // namespace compshare::ui

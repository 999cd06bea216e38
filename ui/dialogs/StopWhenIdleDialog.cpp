// SPDX-License-Identifier: MIT
#include "ui/dialogs/StopWhenIdleDialog.h"

#include "billing/BillingRules.h"
#include "core/Bounds.h"
#include "schedule/StopWhenIdle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace compshare::ui {

StopWhenIdleDialog::StopWhenIdleDialog(const Instance &instance, int currentMinutes,
                                       QWidget *parent)
    : QDialog(parent)
    , m_id(instance.id)
{
    setObjectName(QStringLiteral("StopWhenIdleDialog"));
    setWindowTitle(tr("Stop when idle"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    //: followed by a number of minutes
    m_enable = new QCheckBox(tr("Stop %1 after its GPUs have been idle for")
                                 .arg(instance.name.isEmpty() ? instance.id : instance.name),
                             this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(bounds::kStopWhenIdleMinMinutes, 24 * 60);
    //: unit suffix: minutes
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(currentMinutes > 0 ? currentMinutes : 30);
    m_enable->setChecked(currentMinutes > 0);
    row->addWidget(m_enable);
    row->addWidget(m_minutes);
    row->addStretch(1);
    layout->addLayout(row);
    auto *note = new QLabel(
        tr("This runs only while CompShare Console is running. Before stopping, a notification "
           "gives you 2 minutes to keep it running. As a safety net, also schedule a stop "
           "(Ctrl+Shift+T): CompShare does that one even when the console is closed."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    //: %1 the shortest idle time accepted, in minutes
    auto *minimum = new QLabel(tr("At least %1 minutes: shorter idle spells are usually pauses "
                                  "between jobs.")
                                   .arg(bounds::kStopWhenIdleMinMinutes),
                               this);
    minimum->setWordWrap(true);
    layout->addWidget(minimum);
    if (BillingRules::kind(instance.chargeType) == BillingKind::Prepaid) {
        // Said before it is switched on: stopping a prepaid instance saves no money.
        auto *prepaid =
            new QLabel(tr("This instance is prepaid: stopping it saves nothing."), this);
        prepaid->setObjectName(QStringLiteral("prepaidNote"));
        prepaid->setWordWrap(true);
        layout->addWidget(prepaid);
    }
    const QString why = StopWhenIdle::whyNot(instance);
    if (!why.isEmpty()) {
        m_enable->setChecked(false);
        m_enable->setEnabled(false);
        m_minutes->setEnabled(false);
        auto *reason = new QLabel(why, this);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit chosen(m_id, m_enable->isChecked() ? m_minutes->value() : 0);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace compshare::ui

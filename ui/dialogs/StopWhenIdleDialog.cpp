// SPDX-License-Identifier: MIT
#include "ui/dialogs/StopWhenIdleDialog.h"

#include "base/Bounds.h"
#include "domain/BillingRules.h"
#include "text/CostText.h"
#include "work/StopWhenIdle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace compshare::ui {
namespace {
QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

StopWhenIdleDialog::StopWhenIdleDialog(const Instance &instance, int currentMinutes,
                                       const IdleFacts &facts, QWidget *parent)
    : QDialog(parent)
    , m_id(instance.id)
    , m_facts(facts)
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
    // Below the minimum is accepted as typed and refused with the reason: a
    // spin box bounded at the minimum would silently put back the old value.
    m_minutes->setRange(0, 24 * 60);
    //: unit suffix: minutes
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(currentMinutes > 0 ? currentMinutes : 30);
    m_enable->setChecked(currentMinutes > 0);
    row->addWidget(m_enable);
    row->addWidget(m_minutes);
    row->addStretch(1);
    layout->addLayout(row);
    //: %1 the grace between the warning and the stop, e.g. "2 min"
    auto *note = new QLabel(
        tr("This runs only while CompShare Console is running. Before stopping, a notification "
           "gives you %1 to keep it running. As a safety net, also schedule a stop "
           "(Ctrl+Shift+T): CompShare does that one even when the console is closed.")
            .arg(CostText::duration(bounds::kStopWhenIdleGraceSecs)),
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
    m_belowMinimum = noteLabel(QStringLiteral("belowMinimumNote"), this);
    m_belowMinimum->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_belowMinimum);
    m_window = noteLabel(QStringLiteral("idleWindowNote"), this);
    layout->addWidget(m_window);
    m_alreadyIdle = noteLabel(QStringLiteral("alreadyIdleNote"), this);
    m_alreadyIdle->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_alreadyIdle);
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
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_ok->isEnabled())
            return; // below the minimum: the note says why
        emit chosen(m_id, m_enable->isChecked() ? m_minutes->value() : 0);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_enable, &QCheckBox::toggled, this, &StopWhenIdleDialog::updateNotes);
    connect(m_minutes, &QSpinBox::valueChanged, this, &StopWhenIdleDialog::updateNotes);
    setMinimumWidth(460);
    updateNotes();
}

void StopWhenIdleDialog::updateNotes()
{
    const bool on = m_enable->isChecked();
    const int minutes = m_minutes->value();
    const bool below = on && minutes < bounds::kStopWhenIdleMinMinutes;
    //: %1 the minutes typed, %2 the shortest idle time accepted, in minutes
    m_belowMinimum->setText(tr("%1 min is below the minimum of %2 min: choose at least %2 min, "
                               "or untick to switch it off.")
                                .arg(minutes)
                                .arg(bounds::kStopWhenIdleMinMinutes));
    m_belowMinimum->setVisible(below);
    m_ok->setEnabled(!below);

    const qint64 secs = qint64(minutes) * 60;
    const bool shorterThanWindow = on && !below && secs < m_facts.trackerWindowSecs;
    //: %1 Preferences' idle time, e.g. "30 min"
    m_window->setText(tr("GPUs count as idle only after %1 (Preferences ▸ Idle after), so it "
                         "stops after %1 of idle use at the earliest.")
                          .arg(CostText::duration(m_facts.trackerWindowSecs)));
    m_window->setVisible(shorterThanWindow);

    const bool alreadyIdle = on && !below && m_facts.idleSecs >= 0 && m_facts.idleSecs >= secs;
    //: %1 how long its GPUs have been idle, e.g. "45 min"; %2 the grace, e.g. "2 min"
    m_alreadyIdle->setText(tr("Its GPUs have been idle for %1 already: after OK it warns you at "
                              "once and stops it in %2 unless you choose Keep running.")
                               .arg(CostText::duration(qMax<qint64>(0, m_facts.idleSecs)),
                                    CostText::duration(bounds::kStopWhenIdleGraceSecs)));
    m_alreadyIdle->setVisible(alreadyIdle);
}

} // namespace compshare::ui

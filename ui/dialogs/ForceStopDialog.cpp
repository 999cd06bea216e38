// SPDX-License-Identifier: MIT
#include "ui/dialogs/ForceStopDialog.h"

#include "text/StopConsequences.h"
#include "ui/widgets/WarningIcon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

ForceStopDialog::ForceStopDialog(const Instance &instance, QWidget *parent,
                                 const QString &imageWarning)
    : QDialog(parent)
    , m_instance(instance)
{
    setObjectName(QStringLiteral("ForceStopDialog"));
    const QString name = instance.name.isEmpty() ? instance.id : instance.name;
    setWindowTitle(tr("Force stop spot instance"));

    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(warningIcon(this));

    auto *texts = new QVBoxLayout;
    auto *heading =
        new QLabel(tr("<b>Force stop spot instance %1?</b>").arg(name.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    texts->addWidget(heading);

    auto *summary = new QLabel(StopConsequences::summary(instance), this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(summary);

    auto *spot = new QLabel(tr("This is a spot (preemptible) instance. A forced stop is like "
                               "pulling the power: programs on it get no chance to save their "
                               "work."),
                            this);
    spot->setObjectName(QStringLiteral("spotLabel"));
    spot->setWordWrap(true);
    texts->addWidget(spot);

    auto *billing = new QLabel(StopConsequences::billingText(ChargeType::Spot), this);
    billing->setObjectName(QStringLiteral("billingLabel"));
    billing->setWordWrap(true);
    texts->addWidget(billing);
    if (!imageWarning.isEmpty()) {
        auto *warning = new QLabel(imageWarning, this);
        warning->setObjectName(QStringLiteral("imageStatusWarning"));
        warning->setWordWrap(true);
        texts->addWidget(warning);
    }
    m_understand = new QCheckBox(tr("I understand this is a forced stop of %1").arg(name), this);
    m_understand->setObjectName(QStringLiteral("understandCheckBox"));
    texts->addSpacing(6);
    texts->addWidget(m_understand);
    texts->addStretch(1);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(this);
    //: button: force stop a spot instance
    m_force = buttons->addButton(tr("Force stop"), QDialogButtonBox::AcceptRole);
    m_force->setObjectName(QStringLiteral("forceStopButton"));
    m_force->setEnabled(false);
    m_force->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must never force stop: Cancel is the default.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(m_understand, &QCheckBox::toggled, m_force, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_understand->isChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(500);
}

bool ForceStopDialog::forceConfirmed() const
{
    return result() == QDialog::Accepted && m_understand->isChecked();
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/dialogs/StopConfirmDialog.h"

#include "text/StopConsequences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

StopConfirmDialog::StopConfirmDialog(const Instance &instance, QWidget *parent,
                                     const QString &imageWarning)
    : QDialog(parent)
    , m_instance(instance)
{
    setObjectName(QStringLiteral("StopConfirmDialog"));
    const QString name = instance.name.isEmpty() ? instance.id : instance.name;
    setWindowTitle(tr("Stop %1?").arg(name));

    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("<b>Stop %1?</b>").arg(name.toHtmlEscaped()), this);
    layout->addWidget(heading);

    auto *summary = new QLabel(StopConsequences::summary(instance), this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);

    auto *billing = new QLabel(StopConsequences::billingText(instance), this);
    billing->setObjectName(QStringLiteral("billingLabel"));
    billing->setWordWrap(true);
    layout->addWidget(billing);

    if (!imageWarning.isEmpty()) {
        auto *warning = new QLabel(imageWarning, this);
        warning->setObjectName(QStringLiteral("imageStatusWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        layout->addWidget(warning);
    }

    m_dontAsk = new QCheckBox(tr("Don't ask again for ordinary stops"), this);
    m_dontAsk->setObjectName(QStringLiteral("dontAskAgainCheckBox"));
    m_dontAsk->setToolTip(tr("Ordinary stops will happen without this question. Spot instances "
                             "always ask. You can turn the question back on in Preferences."));
    layout->addWidget(m_dontAsk);

    auto *buttons = new QDialogButtonBox(this);
    //: button: stop the instance (not a forced stop)
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::AcceptRole);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_stop->setDefault(true);
    setMinimumWidth(460);
}

QString StopConfirmDialog::imageStatusWarning(const Instance &instance)
{
    if (!instance.hasUnknownImageStatus())
        return {};
    const QString name = instance.name.isEmpty() ? instance.id : instance.name;
    //: %1 instance name, %2 the CompShareImageStatus value exactly as CompShare sent it
    return tr("CompShare reports the image status \"%2\" for %1, a value the console does not "
              "know. If an image is being made from it, CompShare may refuse the stop, or the "
              "image may be incomplete.")
        .arg(name, instance.imageStatus);
}

bool StopConfirmDialog::dontAskAgain() const
{
    return m_dontAsk->isChecked();
}

} // namespace compshare::ui

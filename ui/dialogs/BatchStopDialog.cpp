// SPDX-License-Identifier: MIT
#include "ui/dialogs/BatchStopDialog.h"

#include "base/SentenceJoin.h"
#include "domain/BillingRules.h"
#include "text/StopConsequences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace compshare::ui {

namespace {
QString kindHeading(ChargeType kind)
{
    switch (kind) {
    case ChargeType::Postpay:
        return BatchStopDialog::tr("Pay as you go");
    case ChargeType::Dynamic:
        return BatchStopDialog::tr("Hourly prepaid");
    case ChargeType::Year:
    case ChargeType::Month:
    case ChargeType::Day:
        return BatchStopDialog::tr("Prepaid");
    case ChargeType::Spot:
        return BatchStopDialog::tr("Spot");
    case ChargeType::Unknown:
        break;
    }
    return BatchStopDialog::tr("Unknown billing");
}
} // namespace

BatchStopDialog::BatchStopDialog(const QList<Instance> &instances, QWidget *parent,
                                 const QStringList &skipped, const QStringList &imageWarnings)
    : QDialog(parent)
    , m_instances(instances)
{
    setObjectName(QStringLiteral("BatchStopDialog"));
    // A batch always holds two or more, so no plural forms are needed here.
    setWindowTitle(tr("Stop %1 instances").arg(instances.size()));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Stop %1 instances?</b>").arg(instances.size()), this);
    layout->addWidget(heading);

    // The list scrolls so a large selection still fits on the screen.
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    bool anySpot = false;
    QList<ChargeType> kinds;
    for (const Instance &instance : instances) {
        listLayout->addWidget(makeRow(instance, list));
        anySpot = anySpot || instance.isSpot();
        // The period-prepaid kinds share one sentence; Dynamic (hourly
        // prepaid) has its own.
        ChargeType kind = instance.chargeType;
        if (kind == ChargeType::Year || kind == ChargeType::Day)
            kind = ChargeType::Month;
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    listLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(qMin(list->sizeHint().height() + 4, 320));
    layout->addWidget(scroll, 1);

    if (!imageWarnings.isEmpty()) {
        auto *warning = new QLabel(imageWarnings.join(QLatin1Char('\n')), this);
        warning->setObjectName(QStringLiteral("imageStatusWarning"));
        warning->setWordWrap(true);
        warning->setTextFormat(Qt::PlainText);
        layout->addWidget(warning);
    }
    if (anySpot) {
        auto *spotNote = new QLabel(tr("Spot instances you don't confirm are not stopped."), this);
        spotNote->setObjectName(QStringLiteral("spotNoteLabel"));
        spotNote->setWordWrap(true);
        layout->addWidget(spotNote);
    }
    for (ChargeType kind : qAsConst(kinds)) {
        //: "<kind of billing>: <what stopping means for it>"
        auto *billing = new QLabel(
            tr("%1: %2").arg(kindHeading(kind), StopConsequences::billingText(kind)), this);
        billing->setWordWrap(true);
        layout->addWidget(billing);
    }

    if (!skipped.isEmpty()) {
        //: heading of the list of selected instances the batch leaves out, then one per line
        auto *skippedLabel =
            new QLabel(tr("Skipped, cannot be stopped now (%1):").arg(skipped.size()) +
                           QLatin1Char('\n') + skipped.join(QLatin1Char('\n')),
                       this);
        skippedLabel->setObjectName(QStringLiteral("skippedLabel"));
        skippedLabel->setTextFormat(Qt::PlainText);
        skippedLabel->setWordWrap(true);
        layout->addWidget(skippedLabel);
    }

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    auto *buttons = new QDialogButtonBox(this);
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::AcceptRole);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // One rule for every confirmation: an ordinary stop is the default;
    // where a forced stop is among them, Cancel is.
    QPushButton *byDefault = anySpot ? m_cancel : m_stop;
    QPushButton *other = anySpot ? m_stop : m_cancel;
    other->setAutoDefault(false);
    byDefault->setDefault(true);
    byDefault->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!decisions().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(560);
    updateTotals();
}

QWidget *BatchStopDialog::makeRow(const Instance &instance, QWidget *parent)
{
    auto *row = new QFrame(parent);
    row->setObjectName(QStringLiteral("row_") + instance.id);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(6, 4, 6, 4);
    //: one instance in the batch list: summary line, then its billing type
    QString text = tr("%1 · %2").arg(
        StopConsequences::summary(instance),
        StopConsequences::chargeTypeName(instance.chargeType, instance.rawChargeType));
    if (instance.isSpot())
        //: flag in front of a spot instance in the batch stop list
        text = tr("⚠ SPOT: %1").arg(text);
    auto *label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    rowLayout->addWidget(label);
    if (instance.isSpot()) {
        row->setFrameShape(QFrame::StyledPanel);
        const QString name = instance.name.isEmpty() ? instance.id : instance.name;
        auto *tick = new QCheckBox(tr("I understand, force stop %1").arg(name), row);
        tick->setObjectName(QStringLiteral("force_") + instance.id);
        m_forceTicks.insert(instance.id, tick);
        connect(tick, &QCheckBox::toggled, this, &BatchStopDialog::updateTotals);
        rowLayout->addWidget(tick);
    }
    return row;
}

QList<StopDecision> BatchStopDialog::decisions() const
{
    QList<StopDecision> result;
    for (const Instance &instance : m_instances) {
        if (!instance.isSpot()) {
            result.append({instance.id, instance.ref(), ForceStop::No});
        } else if (const QCheckBox *tick = m_forceTicks.value(instance.id);
                   tick && tick->isChecked()) {
            result.append({instance.id, instance.ref(), ForceStop::UserConfirmed});
        }
    }
    return result;
}

SavingTotal BatchStopDialog::savings() const
{
    const QList<StopDecision> chosen = decisions();
    QSet<QString> ids;
    for (const StopDecision &d : chosen)
        ids.insert(d.id);
    QList<Instance> stopped;
    for (const Instance &instance : m_instances) {
        if (ids.contains(instance.id))
            stopped << instance;
    }
    return BillingRules::stopSavings(stopped);
}

void BatchStopDialog::updateTotals()
{
    const int count = int(decisions().size());
    //: how many instances the batch will stop; what that saves follows in sentences
    m_totals->setText(
        SentenceJoin::join(tr("Instances to stop: %1.").arg(QLocale().toString(count)),
                           StopConsequences::savingText(savings())));
    //: button of the batch stop dialog, with the number of instances it stops
    m_stop->setText(tr("Stop (%1)").arg(QLocale().toString(count)));
    m_stop->setEnabled(count > 0);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// Confirmation of a stop of several instances. Ordinary instances are
// stopped without Force; each spot instance has its own "force stop" tick,
// and spot instances left unticked are not stopped at all.
#pragma once

#include "domain/BillingRules.h"
#include "domain/Instance.h"
#include "domain/StopDecision.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;

namespace compshare::ui {

class BatchStopDialog final : public QDialog
{
    Q_OBJECT

public:
    // skipped: selected instances that cannot be stopped, one "name — reason"
    // line each, listed so none is left out silently.
    // imageWarnings: the image status warnings this dialog is the one to say
    // (PromptService says each once).
    explicit BatchStopDialog(const QList<Instance> &instances, QWidget *parent = nullptr,
                             const QStringList &skipped = {},
                             const QStringList &imageWarnings = {});

    // What would be stopped right now: ordinary ones with ForceStop::No, ticked
    // spot ones with ForceStop::UserConfirmed, in the order given.
    QList<StopDecision> decisions() const;
    // What stopping the chosen ones saves (BillingRules::stopSavings): the
    // compute part of pay-as-you-go ones, nothing for prepaid ones, and no
    // figure for spot ones (never a ¥0.00 passed off as known).
    SavingTotal savings() const;

    QCheckBox *forceCheckBox(const QString &id) const { return m_forceTicks.value(id); }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void updateTotals();
    QWidget *makeRow(const Instance &instance, QWidget *parent);

    QList<Instance> m_instances;
    QHash<QString, QCheckBox *> m_forceTicks; // spot instance id -> its tick
    QLabel *m_totals = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace compshare::ui

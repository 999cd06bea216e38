// SPDX-License-Identifier: MIT
#include "ui/PromptService.h"

#include "billing/BillingRules.h"
#include "model/InstanceText.h"
#include "stop/StopConsequences.h"
#include "ui/dialogs/BatchStopDialog.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace compshare::ui {

namespace {
StopConfirmation acceptAll(const QList<Instance> &instances)
{
    // Only reached when ordinary stops are not asked about and no spot
    // instance is among them: Force is never sent without its dialog.
    StopConfirmation answer;
    answer.accepted = true;
    for (const Instance &instance : instances)
        answer.decisions.append({instance.id, instance.ref(), ForceStop::No});
    return answer;
}
} // namespace

PromptService::PromptService(QObject *parent)
    : QObject(parent)
{}

void PromptService::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit promptOpened(dialog);
}

void PromptService::confirmStop(QWidget *parent, const QList<Instance> &instances,
                                bool skipOrdinaryConfirmation,
                                std::function<void(const StopConfirmation &)> done,
                                const QStringList &skipped)
{
    if (instances.isEmpty()) {
        done(StopConfirmation{});
        return;
    }
    const bool anySpot = std::any_of(instances.cbegin(), instances.cend(),
                                     [](const Instance &i) { return i.isSpot(); });
    if (skipOrdinaryConfirmation && !anySpot) {
        done(acceptAll(instances));
        return;
    }

    if (instances.size() == 1 && !anySpot) {
        auto *dialog = new StopConfirmDialog(instances.constFirst(), parent);
        connect(dialog, &QDialog::finished, this, [dialog, done](int result) {
            StopConfirmation answer;
            if (result == QDialog::Accepted) {
                const Instance &instance = dialog->instance();
                answer.accepted = true;
                answer.decisions.append({instance.id, instance.ref(), ForceStop::No});
                answer.dontAskAgain = dialog->dontAskAgain();
            }
            done(answer);
        });
        openDialog(dialog);
    } else if (instances.size() == 1) {
        auto *dialog = new ForceStopDialog(instances.constFirst(), parent);
        connect(dialog, &QDialog::finished, this, [dialog, done](int) {
            StopConfirmation answer;
            if (dialog->forceConfirmed()) {
                const Instance &instance = dialog->instance();
                answer.accepted = true;
                answer.decisions.append({instance.id, instance.ref(), ForceStop::UserConfirmed});
            }
            done(answer);
        });
        openDialog(dialog);
    } else {
        auto *dialog = new BatchStopDialog(instances, parent, skipped);
        connect(dialog, &QDialog::finished, this, [dialog, done](int result) {
            StopConfirmation answer;
            if (result == QDialog::Accepted) {
                answer.decisions = dialog->decisions();
                answer.accepted = !answer.decisions.isEmpty();
            }
            done(answer);
        });
        openDialog(dialog);
    }
}

void PromptService::confirmReboot(QWidget *parent, const Instance &instance,
                                  std::function<void(bool)> done)
{
    const QString name = instance.name.isEmpty() ? instance.id : instance.name;
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("RebootConfirmDialog"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Reboot %1?").arg(name));
    box->setText(tr("Reboot %1?").arg(name));
    box->setInformativeText(StopConsequences::summary(instance) + QStringLiteral("\n\n") +
                            tr("Programs running on the instance are interrupted."));
    //: button: reboot the instance
    QPushButton *reboot = box->addButton(tr("Reboot"), QMessageBox::AcceptRole);
    reboot->setObjectName(QStringLiteral("rebootButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this,
            [box, reboot, done](int) { done(box->clickedButton() == reboot); });
    openDialog(box);
}

void PromptService::confirmStartMany(QWidget *parent, const QList<Instance> &instances,
                                     std::function<void(bool)> done)
{
    double perHour = 0;
    int prepaid = 0;
    QStringList lines;
    for (const Instance &i : instances) {
        // What starting adds, from BillingRules: the compute part; prepaid adds nothing.
        perHour += BillingRules::startAddsPerHour(i);
        if (BillingRules::kind(i.chargeType) == BillingKind::Prepaid)
            ++prepaid;
        //: one line per instance in the start confirmation: name, its price per hour
        lines << tr("• %1 — %2")
                     .arg(i.name.isEmpty() ? i.id : i.name, InstanceText::instancePrice(i));
    }
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("StartManyConfirmDialog"));
    box->setIcon(QMessageBox::Question);
    const QString title = tr("Start %n instances?", nullptr, int(instances.size()));
    box->setWindowTitle(title);
    box->setText(title);
    //: %1 the instances, one per line; %2 their hourly price together, e.g. ¥6.50/h
    QString text = tr("%1\n\nRunning, they add %2 together to what this account costs.")
                       .arg(lines.join(QLatin1Char('\n')), InstanceText::pricePerHour(perHour));
    if (prepaid > 0)
        //: multi-start: prepaid instances are paid already, starting them adds nothing
        text += QLatin1Char(' ') +
                tr("%n of them are prepaid: paid already, they add nothing.", nullptr, prepaid);
    box->setInformativeText(text);
    //: button: start the listed instances
    QPushButton *start =
        box->addButton(tr("Start %n", nullptr, int(instances.size())), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this,
            [box, start, done](int) { done(box->clickedButton() == start); });
    openDialog(box);
}

void PromptService::showError(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("ErrorMessageBox"));
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(title);
    box->setText(text);
    box->setStandardButtons(QMessageBox::Close);
    openDialog(box);
}

} // namespace compshare::ui

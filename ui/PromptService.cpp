// SPDX-License-Identifier: MIT
#include "ui/PromptService.h"

#include "base/SentenceJoin.h"
#include "domain/BillingRules.h"
#include "text/InstanceText.h"
#include "text/StopConsequences.h"
#include "ui/FocusReturn.h"
#include "ui/dialogs/BatchStopDialog.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/dialogs/ReleaseDialog.h"
#include "ui/dialogs/RenameDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace compshare::ui {

namespace {
QStringList idsOf(const QList<Instance> &instances)
{
    QStringList ids;
    for (const Instance &instance : instances)
        ids << instance.id;
    return ids;
}

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

void PromptService::openDialog(QDialog *dialog, const QStringList &instanceIds)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PromptService> self(this);
    returnFocusWhenClosed(dialog, [self, instanceIds] {
        if (self)
            emit self->promptClosed(instanceIds);
    });
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

    // An image status the console does not know is said once per instance and
    // value, in the first stop dialog that names it: not in every dialog.
    QStringList imageWarnings;
    for (const Instance &instance : instances) {
        const QString key = instance.id + QLatin1Char('\n') + instance.imageStatus.trimmed();
        if (!instance.hasUnknownImageStatus() || m_imageStatusSaid.contains(key))
            continue;
        m_imageStatusSaid.insert(key);
        imageWarnings << StopConfirmDialog::imageStatusWarning(instance);
    }
    const QString imageWarning = imageWarnings.value(0);

    if (instances.size() == 1 && !anySpot) {
        auto *dialog = new StopConfirmDialog(instances.constFirst(), parent, imageWarning);
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
        openDialog(dialog, idsOf(instances));
    } else if (instances.size() == 1) {
        auto *dialog = new ForceStopDialog(instances.constFirst(), parent, imageWarning);
        connect(dialog, &QDialog::finished, this, [dialog, done](int) {
            StopConfirmation answer;
            if (dialog->forceConfirmed()) {
                const Instance &instance = dialog->instance();
                answer.accepted = true;
                answer.decisions.append({instance.id, instance.ref(), ForceStop::UserConfirmed});
            }
            done(answer);
        });
        openDialog(dialog, idsOf(instances));
    } else {
        auto *dialog = new BatchStopDialog(instances, parent, skipped, imageWarnings);
        connect(dialog, &QDialog::finished, this, [dialog, done](int result) {
            StopConfirmation answer;
            if (result == QDialog::Accepted) {
                answer.decisions = dialog->decisions();
                answer.accepted = !answer.decisions.isEmpty();
            }
            done(answer);
        });
        openDialog(dialog, idsOf(instances));
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
    // An ordinary reboot, like an ordinary stop: the action is the default.
    box->setDefaultButton(reboot);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this,
            [box, reboot, done](int) { done(box->clickedButton() == reboot); });
    openDialog(box, {instance.id});
}

void PromptService::confirmStartMany(QWidget *parent, const QList<Instance> &instances,
                                     std::function<void(bool)> done)
{
    CostSum adds;
    int prepaid = 0;
    QStringList lines;
    for (const Instance &i : instances) {
        // What starting adds, from BillingRules: the compute part; prepaid adds nothing.
        adds.add(BillingRules::startAdds(i));
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
    const CostFigure total = adds.figure();
    QString text;
    if (total.isExact())
        //: %1 the instances, one per line; %2 their hourly price together, e.g. ¥6.50/h
        text = tr("%1\n\nRunning, they add %2 together to what this account costs.")
                   .arg(lines.join(QLatin1Char('\n')), InstanceText::pricePerHour(total.value));
    else if (total.hasValue())
        //: %1 the instances, one per line; %2 what those with a price add, e.g. ¥6.50/h;
        //: %n instances whose price is not known
        text = tr("%1\n\nRunning, they add at least %2 together to what this account costs; the "
                  "price of %n instance(s) is not known.",
                  nullptr, adds.inexact)
                   .arg(lines.join(QLatin1Char('\n')), InstanceText::pricePerHour(total.value));
    else
        //: %1 the instances, one per line; %n instances whose price is not known
        text = tr("%1\n\nWhat running them adds to what this account costs is not known: the "
                  "price of %n instance(s) is not known.",
                  nullptr, adds.inexact)
                   .arg(lines.join(QLatin1Char('\n')));
    if (prepaid > 0)
        //: multi-start: prepaid instances are paid already, starting them adds nothing
        text = SentenceJoin::join(
            text, tr("%n of them are prepaid: paid already, they add nothing.", nullptr, prepaid));
    box->setInformativeText(text);
    //: button: start the listed instances
    QPushButton *start =
        box->addButton(tr("Start %n", nullptr, int(instances.size())), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(start); // the question names them and their cost: Enter starts
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this,
            [box, start, done](int) { done(box->clickedButton() == start); });
    openDialog(box, idsOf(instances));
}

void PromptService::confirmRelease(
    QWidget *parent, const QList<Instance> &instances, const QStringList &skipped,
    std::function<void(const QStringList &ids, bool releaseDataDisks)> done)
{
    if (instances.isEmpty()) {
        done({}, false);
        return;
    }
    auto *dialog = new ReleaseDialog(instances, parent, skipped);
    connect(dialog, &QDialog::finished, this, [dialog, done](int) {
        QStringList ids;
        if (dialog->releaseConfirmed()) {
            for (const Instance &i : dialog->instances())
                ids << i.id;
        }
        done(ids, !ids.isEmpty() && dialog->releaseDataDisks());
    });
    openDialog(dialog);
}

void PromptService::askRename(QWidget *parent, const Instance &instance,
                              std::function<void(const QString &name)> done)
{
    auto *dialog = new RenameDialog(instance, parent);
    connect(dialog, &QDialog::finished, this, [dialog, done](int) {
        done(dialog->renameConfirmed() ? dialog->newName() : QString());
    });
    openDialog(dialog);
}

void PromptService::askKeepWatching(QWidget *parent, std::function<void(std::optional<bool>)> done)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("KeepWatchingDialog"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Keep watching in the background?"));
    box->setText(tr("Keep watching in the background?"));
    box->setInformativeText(
        tr("With the window closed, CompShare Console can keep running: reminders, stop when "
           "idle and the reclaim warning keep working, and notifications still reach it. It "
           "always keeps running while something needs watching. File ▸ Quit (Ctrl+Q) ends it; "
           "you can change this in Preferences."));
    //: button: close the window and keep the console running
    QPushButton *keep = box->addButton(tr("Keep watching"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepWatchingButton"));
    //: button: end the console when its window closes
    QPushButton *quit = box->addButton(tr("Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this, [box, keep, quit, done](int) {
        if (box->clickedButton() == keep)
            done(true);
        else if (box->clickedButton() == quit)
            done(false);
        else
            done(std::nullopt);
    });
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

// SPDX-License-Identifier: MIT
#include "ui/dialogs/ReleaseDialog.h"

#include "domain/BillingRules.h"
#include "text/InstanceText.h"
#include "ui/widgets/WarningIcon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

namespace {
QString nameOf(const Instance &i)
{
    return i.name.isEmpty() ? i.id : i.name;
}

QLabel *paragraph(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// One instance's line in the list of several: name, id, what releasing ends.
QString listLine(const Instance &i, bool withDataDisks)
{
    const ReleaseSaving s = BillingRules::releaseSaving(i, withDataDisks);
    QString saving;
    switch (s.kind) {
    case ReleaseSaving::Kind::Hourly:
        if (s.ends.isExact())
            //: what releasing one instance stops costing, e.g. "ends ¥0.12/h"
            saving = ReleaseDialog::tr("ends %1").arg(InstanceText::pricePerHour(s.ends.value));
        else if (s.ends.hasValue())
            //: what releasing one instance stops costing; a price is not given
            saving =
                ReleaseDialog::tr("ends at least %1").arg(InstanceText::pricePerHour(s.ends.value));
        else
            saving = ReleaseDialog::tr("no figure reported");
        break;
    case ReleaseSaving::Kind::Prepaid:
        saving = ReleaseDialog::tr("prepaid: no hourly charge ends");
        break;
    case ReleaseSaving::Kind::NoFigure:
    case ReleaseSaving::Kind::Unknown:
        saving = ReleaseDialog::tr("no figure reported");
        break;
    }
    //: one instance in the release list: %1 name, %2 id, %3 what releasing it ends
    return ReleaseDialog::tr("• %1 (%2) — %3")
        .arg(i.name.isEmpty() ? QStringLiteral("—") : i.name, i.id, saving);
}
} // namespace

ReleaseDialog::ReleaseDialog(const QList<Instance> &instances, QWidget *parent,
                             const QStringList &skipped)
    : QDialog(parent)
    , m_instances(instances)
{
    setObjectName(QStringLiteral("ReleaseDialog"));
    const int count = int(instances.size());
    const bool one = count == 1;
    const QString name = one ? nameOf(instances.constFirst()) : QString();
    setWindowTitle(one ? tr("Release %1").arg(name) : tr("Release %n instances", nullptr, count));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(warningIcon(this));
    auto *texts = new QVBoxLayout;

    QString heading;
    if (one) {
        const Instance &i = instances.constFirst();
        //: %1 instance name, %2 its id
        heading =
            tr("<b>Release %1 (%2) for good?</b>").arg(name.toHtmlEscaped(), i.id.toHtmlEscaped());
    } else {
        heading = tr("<b>Release these %n instances for good?</b>", nullptr, count);
    }
    auto *headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(QStringLiteral("headingLabel"));
    headingLabel->setWordWrap(true);
    texts->addWidget(headingLabel);

    if (!one) {
        QStringList lines;
        for (const Instance &i : instances)
            lines << listLine(i, false);
        texts->addWidget(paragraph(lines.join(QLatin1Char('\n')), "instanceList", this));
    }
    if (!skipped.isEmpty()) {
        //: %1 lines "name — why", one per instance left out
        texts->addWidget(paragraph(
            tr("Left out, they cannot be released now:\n%1").arg(skipped.join(QLatin1Char('\n'))),
            "skippedLabel", this));
    }
    texts->addWidget(paragraph(
        one ? tr("Releasing deletes the instance. Its system disk is deleted with all the data "
                 "on it, and this cannot be undone.")
            : tr("Releasing deletes each of these instances. Their system disks are deleted with "
                 "all the data on them, and this cannot be undone."),
        "lostLabel", this));
    m_dataDisks = new QCheckBox(
        one ? tr("Also delete its data disks") : tr("Also delete their data disks"), this);
    m_dataDisks->setObjectName(QStringLiteral("dataDisksCheckBox"));
    texts->addWidget(paragraph(
        one ? tr("Its data disks are kept (and keep being charged) unless you tick the box below.")
            : tr("Their data disks are kept (and keep being charged) unless you tick the box "
                 "below."),
        "keptLabel", this));
    texts->addWidget(m_dataDisks);
    m_cost = paragraph(QString(), "costLabel", this);
    texts->addWidget(m_cost);
    texts->addWidget(
        paragraph(tr("CompShare's answer says whether a released instance goes to its recycle "
                     "bin; the console tells you which."),
                  "recycleLabel", this));

    //: %1 what to type: the instance's name, or for several their number
    auto *prompt = new QLabel(
        one ? tr("Type the instance's name, <b>%1</b>, to confirm:")
                  .arg(confirmationText().toHtmlEscaped())
            : tr("Type the number of instances, <b>%1</b>, to confirm:").arg(confirmationText()),
        this);
    prompt->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    prompt->setBuddy(m_confirm);
    texts->addSpacing(6);
    texts->addWidget(prompt);
    texts->addWidget(m_confirm);
    texts->addStretch(1);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(this);
    //: button: release (delete) the instance(s)
    m_release = buttons->addButton(one ? tr("Release") : tr("Release %n", nullptr, count),
                                   QDialogButtonBox::AcceptRole);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setEnabled(false);
    m_release->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must never release: Cancel is the default.
    m_cancel->setDefault(true);
    connect(m_confirm, &QLineEdit::textChanged, this, [this] { m_release->setEnabled(typed()); });
    connect(m_dataDisks, &QCheckBox::toggled, this, &ReleaseDialog::updateCost);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (typed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateCost();
    m_confirm->setFocus();
    setMinimumWidth(540);
}

QString ReleaseDialog::confirmationText() const
{
    if (m_instances.size() == 1)
        return nameOf(m_instances.constFirst());
    return QString::number(m_instances.size());
}

bool ReleaseDialog::typed() const
{
    return !m_instances.isEmpty() && m_confirm->text().trimmed() == confirmationText();
}

bool ReleaseDialog::releaseConfirmed() const
{
    return result() == QDialog::Accepted && typed();
}

bool ReleaseDialog::releaseDataDisks() const
{
    return m_dataDisks->isChecked();
}

void ReleaseDialog::updateCost()
{
    const bool disks = m_dataDisks->isChecked();
    CostSum ends;
    CostSum kept;
    int hourly = 0;
    int prepaid = 0;
    int noFigure = 0;
    for (const Instance &i : std::as_const(m_instances)) {
        const ReleaseSaving s = BillingRules::releaseSaving(i, disks);
        switch (s.kind) {
        case ReleaseSaving::Kind::Hourly:
            ++hourly;
            ends.add(s.ends);
            kept.add(s.kept);
            break;
        case ReleaseSaving::Kind::Prepaid:
            ++prepaid;
            break;
        case ReleaseSaving::Kind::NoFigure:
        case ReleaseSaving::Kind::Unknown:
            ++noFigure;
            break;
        }
    }
    QStringList sentences;
    if (hourly > 0) {
        const CostFigure end = ends.figure();
        if (end.isExact())
            //: %1 an hourly figure such as ¥0.12/h
            sentences << tr("Releasing stops %1 of charges for disks and image.")
                             .arg(InstanceText::pricePerHour(end.value));
        else if (end.hasValue())
            //: %1 an hourly figure such as ¥0.12/h; a disk or image price is not given
            sentences << tr("Releasing stops at least %1 of charges for disks and image; a disk "
                            "or image price is not given.")
                             .arg(InstanceText::pricePerHour(end.value));
        else
            sentences << tr("CompShare gives no disk or image price for it, so what releasing "
                            "stops costing is not known.");
        const CostFigure keep = kept.figure();
        if (!disks && keep.isExact() && keep.value > 0)
            //: %1 an hourly figure such as ¥0.05/h
            sentences << tr("The data disks kept go on costing %1.")
                             .arg(InstanceText::pricePerHour(keep.value));
        else if (!disks && keep.hasValue())
            //: %1 an hourly figure such as ¥0.05/h; a data disk price is not given
            sentences << tr("The data disks kept go on costing at least %1; a disk price is not "
                            "given.")
                             .arg(InstanceText::pricePerHour(keep.value));
        else if (!disks && !keep.isExact())
            sentences << tr("The data disks kept go on costing; their price is not given.");
    }
    if (prepaid > 0)
        sentences << tr("A prepaid instance has paid for its period: releasing it ends no hourly "
                        "charge.");
    if (noFigure > 0)
        sentences << tr("CompShare reports no stopped price for a spot instance or one without "
                        "billing details, so no figure is given for it.");
    m_cost->setText(sentences.join(QLatin1Char(' ')));
}

} // namespace compshare::ui

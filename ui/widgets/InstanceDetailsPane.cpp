// SPDX-License-Identifier: MIT
#include "ui/widgets/InstanceDetailsPane.h"

#include "text/BillText.h"
#include "text/CostText.h"
#include "text/InstanceText.h"
#include "text/StopConsequences.h"
#include "ui/widgets/GpuHistoryView.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStringList>
#include <QVBoxLayout>

namespace compshare::ui {

namespace {
QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? dash() : text;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : dash();
}

QString stateText(const Instance &i)
{
    return InstanceText::state(i.state, i.rawState); // translated, as in the table
}
} // namespace

InstanceDetailsPane::InstanceDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("InstanceDetailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select an instance to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_scroll = new QScrollArea(this);
    auto *scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The pane's one Tab stop (then Copy SSH command): arrows scroll it, and
    // it shows a frame while it has the focus.
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setFocusPolicy(Qt::StrongFocus);
    scroll->setAccessibleName(tr("Instance details"));
    scroll->setStyleSheet(QStringLiteral(
        "QScrollArea#detailsScroll { border: 2px solid transparent; }"
        "QScrollArea#detailsScroll:focus { border: 2px solid palette(highlight); }"));
    m_form = new QWidget;
    m_grid = new QGridLayout(m_form);
    m_grid->setColumnStretch(1, 1);

    const auto row = [&](Field field, const QString &label) {
        return addRow(label, addField(field, label));
    };
    m_actionBlockedName = row(Field::ActionBlocked, tr("Actions:"));
    m_fields.value(Field::ActionBlocked)->setObjectName(QStringLiteral("actionBlockedReason"));
    m_fields.value(Field::ActionBlocked)->setStyleSheet(QStringLiteral("color: #b26a00;"));
    row(Field::Name, tr("Name:"));
    row(Field::Id, tr("ID:"));
    row(Field::State, tr("State:"));
    row(Field::Region, tr("Region / zone:"));
    {
        auto *charge = new QWidget(m_form);
        auto *chargeLayout = new QHBoxLayout(charge);
        chargeLayout->setContentsMargins(0, 0, 0, 0);
        chargeLayout->addWidget(addField(Field::ChargeType, tr("Billing:")));
        // The billing text already says "Spot": the badge adds the sign, not the word.
        m_spotBadge = new QLabel(QStringLiteral("⚡"), charge);
        //: accessible name of the badge next to a spot instance's billing type
        m_spotBadge->setAccessibleName(tr("Spot instance"));
        m_spotBadge->setAccessibleDescription(
            tr("Preemptible: CompShare may reclaim it at any time, and it can be stopped only "
               "with a forced stop."));
        m_spotBadge->setObjectName(QStringLiteral("spotBadge"));
        m_spotBadge->setToolTip(tr("Preemptible: CompShare may reclaim it at any time, and it "
                                   "can be stopped only with a forced stop."));
        m_spotBadge->setStyleSheet(QStringLiteral(
            "QLabel { background: #ffb300; color: #212121; border-radius: 4px; padding: 0 5px; "
            "font-weight: bold; }"));
        m_spotBadge->hide();
        chargeLayout->addWidget(m_spotBadge);
        chargeLayout->addStretch(1);
        addRow(tr("Billing:"), charge);
    }
    row(Field::Gpu, tr("GPU:"));
    row(Field::Cpu, tr("CPU:"));
    row(Field::Memory, tr("Memory:"));
    row(Field::Price, tr("Price:"));
    //: details pane: what the instance costs now, with its breakdown
    row(Field::CostNow, tr("Cost now:"));
    row(Field::GpuUse, tr("GPU use:"));
    m_historyRow = m_rows++;
    row(Field::Image, tr("Image:"));
    row(Field::Ips, tr("IP addresses:"));
    row(Field::Created, tr("Created:"));
    row(Field::Expires, tr("Expires:"));
    row(Field::AutoRenew, tr("Auto-renew:"));
    row(Field::Os, tr("Operating system:"));
    row(Field::Remark, tr("Remark:"));
    row(Field::Tag, tr("Tag:"));
    {
        // Under its name, across the pane: a command has long words
        // ("root@203.0.113.17") that would make the form scroll sideways.
        const QString name = tr("SSH command:");
        auto *label = new QLabel(name, m_form);
        QLabel *command = addField(Field::SshCommand, name);
        label->setBuddy(command);
        m_grid->addWidget(label, m_rows++, 0, 1, 2);
        m_grid->addWidget(command, m_rows++, 0, 1, 2);
    }

    m_copySsh = new QPushButton(tr("Copy SSH command"), m_form);
    m_copySsh->setObjectName(QStringLiteral("copySshButton"));
    // Across both columns: in the field column its text would set the
    // form's minimum width, and the pane would scroll sideways in English.
    m_grid->addWidget(m_copySsh, m_rows++, 0, 1, 2, Qt::AlignLeft);
    m_grid->setRowStretch(m_rows, 1); // the rows keep to the top of a taller pane
    connect(m_copySsh, &QPushButton::clicked, this, [this] {
        if (m_sshCommand.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_sshCommand);
        emit sshCommandCopied();
    });

    scroll->setWidget(m_form);
    outer->addWidget(scroll, 1);
    clear();
}

QWidget *InstanceDetailsPane::focusTarget() const
{
    return m_scroll;
}

QLabel *InstanceDetailsPane::addRow(const QString &name, QWidget *field)
{
    auto *label = new QLabel(name, m_form);
    label->setBuddy(field);
    m_grid->addWidget(label, m_rows, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(field, m_rows, 1);
    ++m_rows;
    return label;
}

QLabel *InstanceDetailsPane::addField(Field field, const QString &label)
{
    auto *value = new QLabel(m_form);
    value->setObjectName(QStringLiteral("field_%1").arg(int(field)));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::ClickFocus); // one Tab stop for the pane, not one per field
    value->setAccessibleName(label);
    value->setAccessibleDescription(tr("Details of the selected instance"));
    m_labels.insert(field, QString(label).remove(QLatin1Char(':')).remove(QChar(0xFF1A)));
    m_fields.insert(field, value);
    return value;
}

void InstanceDetailsPane::setField(Field field, const QString &text)
{
    QLabel *label = m_fields.value(field);
    label->setText(text);
    // A field in a row of its own (Billing and its badge): the form learns
    // that the row may need another height only from that row's widget.
    if (label->parentWidget() != m_form)
        label->parentWidget()->updateGeometry();
    // A screen reader reads the name, so it carries the value too.
    //: accessible name of a details field: %1 field name, %2 its value
    label->setAccessibleName(text.isEmpty() ? m_labels.value(field)
                                            : tr("%1: %2").arg(m_labels.value(field), text));
}

void InstanceDetailsPane::setActionBlockedReason(const QString &reason)
{
    setField(Field::ActionBlocked, reason);
    m_actionBlockedName->setVisible(!reason.isEmpty());
    m_fields.value(Field::ActionBlocked)->setVisible(!reason.isEmpty());
}

QString InstanceDetailsPane::fieldText(Field field) const
{
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

void InstanceDetailsPane::clear()
{
    if (m_history)
        m_history->showInstance(nullptr);
    m_hasInstance = false;
    m_sshCommand.clear();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setField(it.key(), QString());
    m_actionBlockedName->hide();
    m_fields.value(Field::ActionBlocked)->hide();
    m_spotBadge->hide();
    m_copySsh->setEnabled(false);
    m_scroll->hide();
    m_placeholder->setVisible(!m_summary);
    if (m_summary)
        m_summary->show();
}

void InstanceDetailsPane::setSummary(QWidget *summary)
{
    m_summary = summary;
    summary->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, summary, 1);
    summary->setVisible(!m_hasInstance);
    m_placeholder->setVisible(false);
}

void InstanceDetailsPane::setHistoryView(GpuHistoryView *view)
{
    m_history = view;
    m_grid->addWidget(view, m_historyRow, 0, 1, 2);
}

void InstanceDetailsPane::setInstance(const Instance *instance)
{
    if (m_history)
        m_history->showInstance(instance);
    if (!instance) {
        clear();
        return;
    }
    const Instance &i = *instance;
    const QLocale locale;
    m_hasInstance = true;

    setField(Field::Name, orDash(i.name));
    setField(Field::Id, i.id);
    setField(Field::State, stateText(i));
    setField(Field::Region,
             i.zone.isEmpty() ? orDash(i.region) : tr("%1 / %2").arg(orDash(i.region), i.zone));
    setField(Field::ChargeType, StopConsequences::chargeTypeName(i.chargeType, i.rawChargeType));
    m_spotBadge->setVisible(i.isSpot());

    QString gpu = StopConsequences::gpuText(i);
    if (i.gpuCount > 0 && i.gpuMemoryGb > 0)
        //: GPU text, then memory per GPU with its unit, e.g. "RTX 4090 × 2, 24 GB each"
        gpu = tr("%1, %2 each").arg(gpu, InstanceText::sizeFromMb(i.gpuMemoryGb * 1024));
    setField(Field::Gpu, gpu);
    setField(Field::Cpu, i.cpu > 0 ? tr("%1 cores").arg(locale.toString(i.cpu)) : dash());
    setField(Field::Memory, InstanceText::sizeFromMb(double(i.memoryMb)));
    const PriceCheck check = m_checkOf ? m_checkOf(i) : PriceCheck();
    setField(Field::Price, BillText::instancePrice(i, check));
    const QDateTime now = m_now();
    setField(Field::CostNow, CostText::costNow(i, now, check) + QLatin1Char('\n') +
                                 CostText::costNowToolTip(i, now, check));
    setField(Field::GpuUse, CostText::gpuUtilToolTip(i));

    QStringList image;
    for (const QString &part :
         {i.imageName, InstanceText::imageStatus(i.imageStatus), i.imageType}) {
        if (!part.trimmed().isEmpty())
            image.append(part);
    }
    setField(Field::Image, image.isEmpty() ? dash() : image.join(QStringLiteral(" · ")));

    QStringList ips;
    for (const IpAddress &ip : i.ips) {
        QStringList kind;
        if (!ip.type.isEmpty())
            kind.append(ip.type);
        if (!ip.mode.isEmpty())
            kind.append(ip.mode);
        ips.append(kind.isEmpty() ? ip.ip
                                  : tr("%1 (%2)").arg(ip.ip, kind.join(QStringLiteral(", "))));
    }
    setField(Field::Ips, ips.isEmpty() ? dash() : ips.join(QLatin1Char('\n')));

    setField(Field::Created, dateText(i.created));
    // Only prepaid instances expire; an expired one says so, in red.
    setField(Field::Expires, CostText::expiresField(i, now));
    m_fields.value(Field::Expires)
        ->setStyleSheet(BillingRules::isExpired(i, now) ? QStringLiteral("color: #c62828;")
                                                        : QString());
    // AutoRenew missing or not "Yes"/"No" (the API page's example sends "KHTdKhxO"): unknown.
    setField(Field::AutoRenew, CostText::autoRenewField(i));
    setField(Field::Os, orDash(i.osName));
    setField(Field::Remark, orDash(i.remark));
    setField(Field::Tag, orDash(i.tag));
    m_sshCommand = i.sshLoginCommand.trimmed();
    setField(Field::SshCommand, orDash(m_sshCommand));
    m_copySsh->setEnabled(!m_sshCommand.isEmpty());

    m_placeholder->hide();
    if (m_summary)
        m_summary->hide();
    m_scroll->show();
}

} // namespace compshare::ui

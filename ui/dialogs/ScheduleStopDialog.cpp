// SPDX-License-Identifier: MIT
#include "ui/dialogs/ScheduleStopDialog.h"

#include "base/Bounds.h"
#include "state/OperationTracker.h"
#include "text/AutoStopText.h"
#include "ui/text/ScheduleSentences.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace compshare::ui {

ScheduleStopDialog::ScheduleStopDialog(const QList<Instance> &instances, const QDateTime &now,
                                       QWidget *parent)
    : QDialog(parent)
    , m_now(now)
    , m_presets(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("ScheduleStopDialog"));
    setWindowTitle(tr("Schedule stop"));
    auto *layout = new QVBoxLayout(this);

    QStringList names;
    QStringList skipped;
    bool anyScheduled = false;
    QDateTime firstScheduled;
    for (const Instance &i : instances) {
        const QString name = i.name.isEmpty() ? i.id : i.name;
        const QString why = ScheduleSentences::never(OperationTracker::scheduleNeverAllowed(i));
        if (!why.isEmpty()) {
            //: A skipped instance and the reason: "gpu-spot-1: Spot instances cannot …"
            skipped << tr("%1: %2").arg(name.toHtmlEscaped(), why.toHtmlEscaped());
            continue;
        }
        m_ids << i.id;
        names << name.toHtmlEscaped();
        if (i.scheduledStop.isValid() && i.scheduledStop > now) {
            if (!anyScheduled)
                firstScheduled = i.scheduledStop;
            anyScheduled = true;
        }
    }

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(
        m_ids.isEmpty()
            ? tr("None of the selected instances can have a scheduled stop.")
            : tr("CompShare will stop <b>%1</b> at the chosen time, even when this console is "
                 "closed.")
                  .arg(names.join(QStringLiteral(", "))));
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    const auto addPreset = [this, grid](Preset preset, const QString &text) {
        auto *button = new QRadioButton(text, this);
        m_presets->addButton(button, preset);
        grid->addWidget(button, grid->rowCount(), 0);
        return button;
    };
    const QDateTime oneHour =
        anyScheduled && m_ids.size() == 1 ? firstScheduled.addSecs(3600) : now.addSecs(3600);
    addPreset(ExtendOneHour,
              anyScheduled
                  //: %1 is the new stop time, e.g. 19:00
                  ? tr("Extend by 1 hour (to %1)").arg(AutoStopText::clockTime(oneHour, now))
                  : tr("In 1 hour (at %1)").arg(AutoStopText::clockTime(oneHour, now)));
    addPreset(InTwoHours, tr("In 2 hours"));
    addPreset(InFourHours, tr("In 4 hours"));
    addPreset(InEightHours, tr("In 8 hours"));
    QRadioButton *tonight = addPreset(Tonight, tr("Tonight at 23:00"));
    tonight->setEnabled(timeFor(Tonight).isValid());
    QRadioButton *at = addPreset(At, tr("At:"));
    m_at = new QDateTimeEdit(now.toLocalTime().addSecs(3 * 3600), this);
    m_at->setCalendarPopup(true);
    m_at->setMinimumDateTime(now.toLocalTime().addSecs(bounds::kScheduleMinLeadSecs));
    m_at->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_at->setEnabled(false);
    grid->addWidget(m_at, grid->rowCount() - 1, 1);
    connect(at, &QRadioButton::toggled, m_at, &QWidget::setEnabled);
    m_presets->button(ExtendOneHour)->setChecked(true);
    layout->addLayout(grid);

    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("skippedLabel"));
    m_skipped->setWordWrap(true);
    m_skipped->setVisible(!skipped.isEmpty());
    if (!skipped.isEmpty())
        m_skipped->setText(tr("<b>Skipped:</b><br>%1").arg(skipped.join(QStringLiteral("<br>"))));
    layout->addWidget(m_skipped);

    auto *buttons = new QDialogButtonBox(this);
    m_schedule = buttons->addButton(tr("Schedule"), QDialogButtonBox::AcceptRole);
    m_cancelSchedule = buttons->addButton(tr("Cancel schedule"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_schedule->setDefault(true);
    m_schedule->setAutoDefault(true);
    m_schedule->setEnabled(!m_ids.isEmpty());
    m_cancelSchedule->setAutoDefault(false);
    m_cancelSchedule->setEnabled(anyScheduled);
    m_cancelSchedule->setToolTip(tr("Remove the scheduled stop of the listed instances."));
    connect(m_schedule, &QPushButton::clicked, this, &ScheduleStopDialog::onSchedule);
    connect(m_cancelSchedule, &QPushButton::clicked, this, [this] {
        emit cancelRequested(m_ids);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_schedule->setFocus();
}

QDateTime ScheduleStopDialog::timeFor(Preset preset) const
{
    switch (preset) {
    case ExtendOneHour:
        return m_now.addSecs(3600);
    case InTwoHours:
        return m_now.addSecs(2 * 3600);
    case InFourHours:
        return m_now.addSecs(4 * 3600);
    case InEightHours:
        return m_now.addSecs(8 * 3600);
    case Tonight: {
        const QDateTime local = m_now.toLocalTime();
        const QDateTime tonight(local.date(), QTime(23, 0)); // local time
        // Too close or past: "tonight" is gone.
        return m_now.secsTo(tonight) >= bounds::kScheduleMinLeadSecs ? tonight.toUTC()
                                                                     : QDateTime();
    }
    case At:
        return m_at->dateTime().toUTC();
    }
    return {};
}

ScheduleStopDialog::Preset ScheduleStopDialog::preset() const
{
    return Preset(m_presets->checkedId());
}

void ScheduleStopDialog::setPreset(Preset preset)
{
    m_presets->button(preset)->setChecked(true);
}

void ScheduleStopDialog::onSchedule()
{
    if (m_ids.isEmpty())
        return;
    if (preset() == ExtendOneHour)
        emit extendRequested(m_ids, 3600);
    else
        emit scheduleRequested(m_ids, timeFor(preset()));
    accept();
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/widgets/CostSummaryView.h"

#include "domain/BillingRules.h"
#include "models/InstanceTableModel.h"
#include "state/GpuIdleTracker.h"
#include "text/CostText.h"
#include "text/InstanceText.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace compshare::ui {

namespace {
constexpr int kTop = 5;
}

CostSummaryView::CostSummaryView(InstanceTableModel *model, GpuIdleTracker *idle, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_idle(idle)
    , m_top(new QLabel(this))
    , m_idleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("CostSummaryView"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Where the money goes</b>"), this);
    layout->addWidget(heading);
    m_top->setObjectName(QStringLiteral("costSummaryTop"));
    m_top->setTextFormat(Qt::PlainText);
    m_top->setWordWrap(true);
    m_idleLabel->setObjectName(QStringLiteral("costSummaryIdle"));
    m_idleLabel->setTextFormat(Qt::PlainText);
    m_idleLabel->setWordWrap(true);
    layout->addWidget(m_top);
    layout->addWidget(m_idleLabel);
    auto *hint = new QLabel(tr("Select an instance to see its details."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addStretch(1);
    connect(model, &InstanceTableModel::totalsChanged, this, &CostSummaryView::update);
    connect(idle, &GpuIdleTracker::becameIdle, this, &CostSummaryView::update);
    connect(idle, &GpuIdleTracker::stoppedBeingIdle, this, &CostSummaryView::update);
    update();
}

QString CostSummaryView::topText() const
{
    return m_top->text();
}

QString CostSummaryView::idleText() const
{
    return m_idleLabel->text();
}

void CostSummaryView::update()
{
    if (!m_model->hasList()) {
        // No answer yet: no figure at all, never "nothing is paying".
        m_top->setText(tr("Top %1 by cost now:").arg(kTop) + QLatin1Char('\n') +
                       QStringLiteral("—"));
        m_idleLabel->setText(QStringLiteral("—"));
        return;
    }
    struct Row
    {
        double perHour;
        int row;
    };
    QList<Row> paying;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        // By what is known of each: an "at least" figure sorts by its known
        // part and says "at least"; an instance without a figure is not listed
        // (the line under the list counts it).
        const Instance &i = m_model->instanceAt(r);
        const CostNow c = BillingRules::costNow(i, m_model->priceCheck(i.id));
        if (c.inBurn() && c.figure.hasValue() && c.figure.value > 0)
            paying.append({c.figure.value, r});
    }
    const auto top = paying.begin() + qMin<qsizetype>(kTop, paying.size());
    std::partial_sort(paying.begin(), top, paying.end(),
                      [](const Row &a, const Row &b) { return a.perHour > b.perHour; });
    QStringList lines;
    lines << tr("Top %1 by cost now:").arg(kTop);
    for (auto it = paying.begin(); it != top; ++it) {
        const Instance &i = m_model->instanceAt(it->row);
        //: one line of the cost summary: instance name, what it costs now
        lines << tr("%1 — %2").arg(CostText::displayName(i),
                                   CostText::costNow(i, m_model->now(), m_model->priceCheck(i.id)));
    }
    const BurnTotals totals = m_model->costTotals();
    if (paying.isEmpty() && totals.leftOut() > 0)
        //: no instance has a known hourly cost, but some have unknown billing or price
        lines << tr("Nothing with a known price is paying by the hour.");
    else if (paying.isEmpty())
        lines << tr("Nothing is paying by the hour.");
    // What the list and the totals leave out, and why.
    if (const QString gaps = CostText::leftOut(totals); !gaps.isEmpty())
        lines << gaps;
    m_top->setText(lines.join(QLatin1Char('\n')));

    QList<Instance> idle;
    for (const QString &id : m_idle->idleIds()) {
        if (const Instance *i = m_model->instance(id))
            idle.append(*i);
    }
    const SavingTotal saving = BillingRules::stopSavings(
        idle, [this](const Instance &i) { return m_model->priceCheck(i.id); });
    if (saving.noPrice > 0 && saving.perHour > 0)
        //: %1 what stopping the idle pay-as-you-go instances with a price saves per hour;
        //: %n idle ones without a price
        m_idleLabel->setText(tr("Stopping the idle pay-as-you-go instances would save at least "
                                "%1; %n instance(s) came without a price.",
                                nullptr, saving.noPrice)
                                 .arg(InstanceText::pricePerHour(saving.perHour)));
    else if (saving.noPrice > 0)
        m_idleLabel->setText(tr("%n idle pay-as-you-go instance(s) came without a price: what "
                                "stopping them saves is not known.",
                                nullptr, saving.noPrice));
    else if (saving.perHour > 0)
        //: what stopping all idle pay-as-you-go instances would save per hour
        m_idleLabel->setText(tr("Stopping the idle pay-as-you-go instances would save %1.")
                                 .arg(InstanceText::pricePerHour(saving.perHour)));
    else
        m_idleLabel->setText(tr("No idle pay-as-you-go instance to stop."));
}

} // namespace compshare::ui

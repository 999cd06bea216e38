// SPDX-License-Identifier: MIT
#include "ui/StatusSummary.h"

#include "models/InstanceTableModel.h"
#include "text/CostText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace compshare::ui {

StatusSummary::StatusSummary(InstanceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_totals(new QLabel(this))
    , m_burn(new QLabel(this))
    , m_prepaid(new QLabel(this))
    , m_unknownBilling(new QLabel(this))
    , m_last(new QLabel(this))
{
    m_totals->setObjectName(QStringLiteral("statusTotals"));
    m_burn->setObjectName(QStringLiteral("statusBurnRate"));
    m_last->setObjectName(QStringLiteral("statusLastRefresh"));
    m_prepaid->setObjectName(QStringLiteral("statusPrepaid"));
    m_unknownBilling->setObjectName(QStringLiteral("statusUnknownBilling"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addStretch(1); // right-aligned, as a permanent widget would be
    layout->addWidget(m_totals);
    layout->addWidget(m_burn);
    layout->addWidget(m_prepaid);
    layout->addWidget(m_unknownBilling);
    layout->addWidget(m_last);
    connect(model, &InstanceTableModel::totalsChanged, this, &StatusSummary::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusSummary::update);
    update();
}

void StatusSummary::setLastRefresh(const QDateTime &at)
{
    m_lastRefresh = at;
    update();
}

void StatusSummary::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    update();
}

QString StatusSummary::totalsText() const
{
    // Before CompShare's first list there is no count: "0 instances" would
    // be a claim about the account. (A list saved by an earlier run is
    // counted: its marker says it is from then.)
    if (!m_model->hasList() && !m_model->cachedSince().isValid())
        //: the status bar's instance count before the first list has arrived
        return tr("Loading…");
    //: %Ln = instances in total, %1 = how many of them run
    return tr("%Ln instance(s), %1 running", nullptr, m_model->rowCount())
        .arg(QLocale().toString(m_model->runningCount()));
}

QString StatusSummary::burnRateText() const
{
    if (!m_model->hasList())
        //: the hourly burn before CompShare has answered with a list: no figure, not ¥0.00
        return tr("Paying — (no list yet)");
    const BurnTotals totals = m_model->costTotals();
    return CostText::burn(totals) + QStringLiteral(" · ") + CostText::perDay(totals);
}

QString StatusSummary::burnToolTipText() const
{
    if (!m_model->hasList())
        return tr("The cost appears once CompShare has answered with the instance list.");
    return CostText::burnToolTip(m_model->costTotals());
}

QString StatusSummary::prepaidText() const
{
    if (!m_model->hasList())
        return {};
    return CostText::prepaid(m_model->costTotals());
}

QString StatusSummary::unknownBillingText() const
{
    if (!m_model->hasList())
        return {};
    return CostText::leftOutShort(m_model->costTotals());
}

QString StatusSummary::leftOutToolTipText() const
{
    if (!m_model->hasList())
        return {};
    const QString why = CostText::leftOut(m_model->costTotals());
    return why.isEmpty()
               ? QString()
               : why + QLatin1Char('\n') +
                     tr("What the figures leave out, or count only in part: no cost is claimed "
                        "for a price CompShare did not give, so the figures read \"at least\".");
}

QString StatusSummary::lastRefreshText() const
{
    if (m_refreshing && !m_lastRefresh.isValid())
        return {}; // the count already says "Loading…"
    if (!m_lastRefresh.isValid())
        return tr("Not refreshed yet");
    const QString time =
        QLocale().toString(m_lastRefresh.toLocalTime().time(), QLocale::ShortFormat);
    return m_refreshing ? tr("Updated %1 · refreshing…").arg(time) : tr("Updated %1").arg(time);
}

void StatusSummary::update()
{
    m_totals->setText(totalsText());
    m_burn->setText(burnRateText());
    m_burn->setToolTip(burnToolTipText());
    m_prepaid->setText(prepaidText());
    m_prepaid->setVisible(!m_prepaid->text().isEmpty());
    m_prepaid->setToolTip(tr("Prepaid instances (hourly, daily, monthly, yearly) are paid in "
                             "advance: stopping them saves nothing."));
    m_unknownBilling->setText(unknownBillingText());
    m_unknownBilling->setVisible(!m_unknownBilling->text().isEmpty());
    m_unknownBilling->setToolTip(leftOutToolTipText());
    m_last->setText(lastRefreshText());
    m_last->setVisible(!m_last->text().isEmpty());
}

} // namespace compshare::ui

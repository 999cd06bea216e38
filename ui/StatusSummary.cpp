// SPDX-License-Identifier: MIT
#include "ui/StatusSummary.h"

#include "model/InstanceTableModel.h"
#include "model/InstanceText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace compshare::ui {

StatusSummary::StatusSummary(InstanceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_totals(new QLabel(this))
    , m_burn(new QLabel(this))
    , m_last(new QLabel(this))
{
    m_totals->setObjectName(QStringLiteral("statusTotals"));
    m_burn->setObjectName(QStringLiteral("statusBurnRate"));
    m_last->setObjectName(QStringLiteral("statusLastRefresh"));
    m_burn->setToolTip(tr("What the running instances cost per hour, together"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(m_totals);
    layout->addWidget(m_burn);
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
    //: %1 instances in total, %2 of them running
    return tr("%n instance(s), %1 running", nullptr, m_model->rowCount())
        .arg(QLocale().toString(m_model->runningCount()));
}

QString StatusSummary::burnRateText() const
{
    //: Burn rate: the hourly cost of everything running
    return tr("Burn rate %1").arg(InstanceText::pricePerHour(m_model->burnRatePerHour()));
}

QString StatusSummary::lastRefreshText() const
{
    if (m_refreshing && !m_lastRefresh.isValid())
        return tr("Loading…");
    if (!m_lastRefresh.isValid())
        return tr("Not refreshed yet");
    const QString time = QLocale().toString(m_lastRefresh.toLocalTime().time(), QLocale::ShortFormat);
    return m_refreshing ? tr("Updated %1 · refreshing…").arg(time) : tr("Updated %1").arg(time);
}

void StatusSummary::update()
{
    m_totals->setText(totalsText());
    m_burn->setText(burnRateText());
    m_last->setText(lastRefreshText());
}

} // namespace compshare::ui

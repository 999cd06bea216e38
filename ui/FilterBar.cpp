// SPDX-License-Identifier: MIT
#include "ui/FilterBar.h"

#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "work/RegionNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QToolButton>

namespace compshare::ui {

FilterBar::FilterBar(InstanceTableModel *model, InstanceFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_state(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, ID or IP (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    //: accessible name of the search box (its placeholder is not read once text is in)
    m_search->setAccessibleName(tr("Search instances"));
    m_search->setAccessibleDescription(tr("Filters the list by name, ID or IP address"));
    const auto clearButtons = m_search->findChildren<QToolButton *>();
    for (QToolButton *clear : clearButtons) {
        //: accessible name of the button that empties the search box
        clear->setAccessibleName(tr("Clear search"));
        clear->setToolTip(tr("Clear search (Escape)"));
    }
    m_search->setMinimumWidth(260);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->addItem(tr("All regions"), QString());
    m_state->setObjectName(QStringLiteral("stateFilter"));
    using SF = InstanceFilterProxy::StateFilter;
    m_state->addItem(tr("All states"), int(SF::All));
    m_state->addItem(tr("Running only"), int(SF::Running));
    m_state->addItem(tr("Stopped only"), int(SF::Stopped));
    m_state->addItem(tr("Changing state"), int(SF::Transitional));
    m_state->addItem(tr("Spot instances"), int(SF::Spot));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    m_region->setAccessibleName(tr("Region"));
    m_state->setAccessibleName(tr("State"));
    auto *regionLabel = new QLabel(tr("Region:"), this);
    regionLabel->setBuddy(m_region);
    layout->addWidget(regionLabel);
    layout->addWidget(m_region);
    auto *stateLabel = new QLabel(tr("State:"), this);
    stateLabel->setBuddy(m_state);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InstanceFilterProxy::setSearchText);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRegion(m_region->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(SF(m_state->currentData().toInt())); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateRegions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateRegions);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain =
            key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (plain && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                      key->key() == Qt::Key_Enter)) {
            emit leaveSearchRequested();
            return true;
        }
        if (plain && key->key() == Qt::Key_Escape) {
            // The first Escape clears the search; in an empty box it goes
            // back to the table, where the selection still is.
            if (!m_search->text().isEmpty())
                m_search->clear();
            else
                emit returnToTableRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::updateRegions()
{
    QSet<QString> regions;
    const QList<Instance> &rows = m_model->instances();
    for (const Instance &i : rows)
        regions.insert(i.region);
    QStringList sorted(regions.cbegin(), regions.cend());
    sorted.sort();
    QStringList shown;
    for (int k = 1; k < m_region->count(); ++k)
        shown << m_region->itemData(k).toString();
    if (shown == sorted)
        return;
    const QString current = m_region->currentData().toString();
    const QSignalBlocker block(m_region);
    while (m_region->count() > 1)
        m_region->removeItem(1);
    for (const QString &r : sorted)
        m_region->addItem(r, r);
    labelRegions();
    const int keep = m_region->findData(current);
    m_region->setCurrentIndex(keep < 0 ? 0 : keep);
    if (keep < 0)
        m_proxy->setRegion({});
}

void FilterBar::setRegionNames(RegionNames *names)
{
    m_names = names;
    connect(names, &RegionNames::namesChanged, this, &FilterBar::labelRegions);
    labelRegions();
}

void FilterBar::labelRegions()
{
    for (int k = 1; k < m_region->count(); ++k) {
        const QString code = m_region->itemData(k).toString();
        const bool named = m_names && m_names->hasName(code);
        m_region->setItemText(k, named ? m_names->name(code) : code);
        m_region->setItemData(k, code, Qt::ToolTipRole);
    }
}

QString FilterBar::emptyText() const
{
    if (m_model->rowCount() == 0)
        return tr("No instances in this account yet.");
    const QString region = m_region->currentData().toString();
    if (!region.isEmpty() && m_search->text().isEmpty() && m_state->currentIndex() == 0)
        return tr("No instances in region %1.").arg(region);
    if (!region.isEmpty())
        return tr("No instances in region %1 match the filter.").arg(region);
    return tr("No instances match the filter.");
}

} // namespace compshare::ui

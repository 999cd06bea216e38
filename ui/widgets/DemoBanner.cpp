// SPDX-License-Identifier: MIT
#include "ui/widgets/DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace compshare::ui {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("DemoBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 6, 4);
    auto *label = new QLabel(tr("Demo cloud — not your account. Nothing here costs money."), this);
    label->setObjectName(QStringLiteral("demoText"));
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    m_addKey = new QPushButton(tr("Add your API key…"), this);
    m_addKey->setObjectName(QStringLiteral("addApiKeyButton"));
    layout->addWidget(m_addKey);
    connect(m_addKey, &QPushButton::clicked, this, &DemoBanner::addApiKeyRequested);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/credentials/WelcomeView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to CompShare Console"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(
        tr("See every CompShare GPU instance you own, in every region, and stop the ones you "
           "do not need. Add an API key to begin: its private key stays in your system "
           "keychain."),
        this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);

    auto *add = new QPushButton(tr("Add API key…"), this);
    add->setObjectName(QStringLiteral("addKey"));
    add->setDefault(true);
    //: Opens the console on a built-in simulated cloud; nothing real is touched.
    auto *demo = new QPushButton(tr("Try the demo"), this);
    demo->setObjectName(QStringLiteral("demo"));
    connect(add, &QPushButton::clicked, this, &WelcomeView::addKeyRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
}

} // namespace compshare::ui

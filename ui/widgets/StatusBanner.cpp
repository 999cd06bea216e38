// SPDX-License-Identifier: MIT
#include "ui/widgets/StatusBanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace compshare::ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("StatusBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);

    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignTop);

    m_copy = new QPushButton(tr("Copy details"), this);
    m_copy->setObjectName(QStringLiteral("bannerCopyDetails"));
    m_copy->setToolTip(tr("Copy what CompShare answered (RetCode, message, request id) to quote "
                          "it to support"));
    m_copy->hide();
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    //: tooltip of the banner's close button
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &StatusBanner::actionClicked);
    connect(m_close, &QToolButton::clicked, this, &StatusBanner::dismiss);
    hide();
}

void StatusBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setDetails({});
    applyLook();
    show();
}

void StatusBanner::setDetails(const QString &details)
{
    m_details = details;
    m_copy->setVisible(!details.isEmpty());
}

void StatusBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

QString StatusBanner::text() const
{
    return m_text->text();
}

void StatusBanner::applyLook()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0x19, 0x76, 0xd2); // blue
    QString kindName = tr("Information");
    switch (m_kind) {
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xc6, 0x28, 0x28);
        kindName = tr("Error");
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xff, 0xa0, 0x00);
        kindName = tr("Warning");
        break;
    case Kind::Info:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_icon->setAccessibleName(kindName);
    // A light wash of the kind's colour over the window colour works in light
    // and dark palettes alike; the text keeps the palette's own colour.
    QPalette pal = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : QPalette().color(QPalette::Window);
    const qreal alpha = 0.18;
    QColor wash(qRound(base.red() * (1 - alpha) + tint.red() * alpha),
                qRound(base.green() * (1 - alpha) + tint.green() * alpha),
                qRound(base.blue() * (1 - alpha) + tint.blue() * alpha));
    pal.setColor(QPalette::Window, wash);
    setPalette(pal);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/FocusReturn.h"

#include <QDialog>
#include <QPointer>

namespace compshare::ui {

void returnFocusWhenClosed(QDialog *dialog, std::function<void()> then)
{
    QWidget *owner = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    if (!owner)
        return;
    QPointer<QWidget> window(owner);
    QPointer<QWidget> previous(owner->focusWidget());
    QObject::connect(dialog, &QDialog::finished, owner, [window, previous, then](int) {
        if (!window)
            return;
        window->raise();
        window->activateWindow();
        if (previous && previous->isVisible() && previous->isEnabled())
            previous->setFocus(Qt::OtherFocusReason);
        if (then)
            then();
    });
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// After a dialog closes, the window it belongs to is raised and activated
// again and the widget that had the focus before it opened gets it back:
// without a window manager to hand it back, the shortcuts would be dead
// until a click.
#pragma once

#include <functional>

class QDialog;

namespace compshare::ui {

// Call before dialog->open(). `then` (optional) runs after the focus is
// back, e.g. to make the acted-on row current again.
void returnFocusWhenClosed(QDialog *dialog, std::function<void()> then = {});

} // namespace compshare::ui

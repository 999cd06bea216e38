// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace compshare::ui {

// Parses the command line, loads translations, builds the main window and
// runs the event loop. Returns the process exit code.
int runConsole(QApplication &app);

} // namespace compshare::ui

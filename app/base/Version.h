// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace compshare {

// The application version, from CMake's project(VERSION).
QString applicationVersion();
// "CompShareConsole/<version> (Qt <version>; <OS>)"
QString userAgent();
// Application name, organisation, version (QSettings and --version read them).
void setApplicationIdentity();
// True when argv asks only for --help / --version (answered without a display).
bool wantsOnlyCommandLineOutput(int argc, char *argv[]);

} // namespace compshare

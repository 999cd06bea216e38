// SPDX-License-Identifier: MIT
// Helpers shared by the suites.
#pragma once

#include <QString>

namespace compshare::test {

// The repository's source folder (COMPSHARE_SOURCE_DIR, set by CTest).
QString sourceDir();
// A file under tests/data/.
QString dataFile(const QString &relative);

} // namespace compshare::test

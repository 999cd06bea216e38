// SPDX-License-Identifier: MIT
#include "support/TestSupport.h"

#include <QDir>

namespace compshare::test {

QString sourceDir()
{
    return qEnvironmentVariable("COMPSHARE_SOURCE_DIR", QDir::currentPath());
}

QString dataFile(const QString &relative)
{
    return sourceDir() + QStringLiteral("/tests/data/") + relative;
}

} // namespace compshare::test

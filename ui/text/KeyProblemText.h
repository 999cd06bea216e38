// SPDX-License-Identifier: MIT
// The sentence for a blank or malformed key: which variable or profile, what
// is wrong with it, and what to do.
#pragma once

#include "domain/KeyCheck.h"

#include <QCoreApplication>

namespace compshare::ui {

class KeyProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(KeyProblemText)

public:
    static QString sentence(const KeyProblem &problem);
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// The texts that name the table's own columns and the row's button: they
// know InstanceTableModel's columns, so they live beside it. (Translation
// context "InstanceText", where they were written first.)
#pragma once

#include <QCoreApplication>
#include <QString>

namespace compshare {

class InstanceColumnText final
{
    Q_DECLARE_TR_FUNCTIONS(InstanceText)

public:
    static QString title(int column);
    static QString toolTip(int column);
    // The row's button: Stop, Force stop…, Start (InstanceTableModel::RowAction).
    static QString action(int rowAction);
};

} // namespace compshare

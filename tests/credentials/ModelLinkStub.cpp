// SPDX-License-Identifier: MIT
// Only built while app/model/InstanceTableModel.cpp does not exist yet: the
// core's moc output references the model's vtable, so without these bodies
// no test that links a QObject of compshare_core can link. Never used.
#include "models/InstanceTableModel.h"

namespace compshare {

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int InstanceTableModel::rowCount(const QModelIndex &) const
{
    return 0;
}

int InstanceTableModel::columnCount(const QModelIndex &) const
{
    return 0;
}

QVariant InstanceTableModel::data(const QModelIndex &, int) const
{
    return {};
}

QVariant InstanceTableModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace compshare

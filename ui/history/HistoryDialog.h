// SPDX-License-Identifier: MIT
// The History view of one instance: the operations this console sent for it
// (OperationJournal), newest first, with CompShare's answer, what the list
// then showed, and the request id. Opened without a nested event loop; it
// follows the journal while open.
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace compshare {
class OperationJournal;
}

namespace compshare::ui {

class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        SentColumn,
        WhatColumn,
        AnswerColumn,
        ResultColumn,
        RequestIdColumn,
        ColumnCount
    };

    HistoryDialog(OperationJournal *journal, const QString &instanceId, const QString &name,
                  QWidget *parent = nullptr);

    QString instanceId() const { return m_instanceId; }
    QTreeWidget *list() const { return m_list; }

private:
    void reload();

    OperationJournal *m_journal;
    QString m_instanceId;
    QLabel *m_intro;
    QTreeWidget *m_list;
};

} // namespace compshare::ui

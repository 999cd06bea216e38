// SPDX-License-Identifier: MIT
#include "ui/history/HistoryDialog.h"

#include "state/OperationJournal.h"
#include "ui/history/HistoryText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace compshare::ui {

HistoryDialog::HistoryDialog(OperationJournal *journal, const QString &instanceId,
                             const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_instanceId(instanceId)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    const QString label = name.isEmpty() ? instanceId : name;
    setWindowTitle(tr("History of %1").arg(label));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("The operations this console sent for %1 (%2), newest first: CompShare's answer and "
           "what the list showed afterwards. Nothing here is ever sent again.")
            .arg(label, instanceId));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Sent"), tr("Operation"), tr("Answer"), tr("Result"), tr("Request id")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Operations sent for %1").arg(label));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(860, 360);
    connect(m_journal, &OperationJournal::changed, this, [this](const QString &id) {
        if (id == m_instanceId)
            reload();
    });
    reload();
    m_list->setFocus();
}

void HistoryDialog::reload()
{
    m_list->clear();
    const QList<JournalEntry> entries = m_journal->entriesFor(m_instanceId);
    if (entries.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(SentColumn, tr("This console has sent no operation for this instance."));
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const JournalEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(SentColumn, HistoryText::when(e.sentAt));
        item->setText(WhatColumn, HistoryText::what(e));
        item->setText(AnswerColumn, HistoryText::answer(e));
        item->setText(ResultColumn, HistoryText::result(e));
        item->setText(RequestIdColumn, e.requestId.isEmpty() ? QStringLiteral("—") : e.requestId);
        const QString whole = HistoryText::sentence(e);
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, whole);
        item->setData(SentColumn, Qt::AccessibleTextRole, whole);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

} // namespace compshare::ui

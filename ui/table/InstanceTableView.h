// SPDX-License-Identifier: MIT
// The instance table: row selection, sorting through the proxy, a header
// menu for column visibility, persisted header state, and an empty-state
// message painted over the viewport.
#pragma once

#include <QTableView>

namespace compshare::ui {

class InstanceTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit InstanceTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // Column visibility, widths and sort (MainWindow keeps it in ConsoleSettings).
    QByteArray headerState() const;
    // An empty or unreadable state, or one saved by an older layout version,
    // gives the default layout. keepWidths false
    // (saved under another language): restoredState() is false, so the
    // first list fits the columns again.
    void restoreHeaderState(const QByteArray &state, bool keepWidths = true);
    bool restoredState() const { return m_restoredState; }
    // Widths from the content (first list, when nothing was saved), capped
    // so a long name does not push the action button out of sight.
    void fitColumnsToContents();

    // Ids of the selected rows (re-read on demand; rows move while dialogs are up).
    QStringList selectedInstanceIds() const;
    void selectInstance(const QString &id);
    // Moves the current cell to `id`'s row (same column), selection unchanged.
    void makeCurrent(const QString &id);
    // Focus on the table with the first row current and selected (false: no rows).
    bool focusFirstRow();

    // Where the focus frame of the current cell is drawn (viewport
    // coordinates); empty when the table does not have the focus.
    QRect focusFrameRect() const;

signals:
    // Space / Enter / Return on the Action column: the row's button, by
    // keyboard. The Menu key and Shift+F10 open the context menu instead.
    void rowActionKeyPressed(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void paintFocusFrame();
    void openContextMenuAtCurrent();
    // A row's badge grew (an accepted operation in State, Idle in GPU use):
    // its column follows, so the badge is never cut.
    void growToBadges(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void growAutoStop(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QString m_emptyText;
    bool m_restoredState = false;
};

} // namespace compshare::ui

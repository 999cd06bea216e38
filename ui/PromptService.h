// SPDX-License-Identifier: MIT
// The one seam every prompt goes through. Dialogs open with open() and
// WA_DeleteOnClose (never exec()), and the answer arrives in a callback.
// GUI tests drive the real dialog they receive through promptOpened()
// (tests/support/PromptAnswerer): no prompt is ever answered without one.
#pragma once

#include "domain/Instance.h"
#include "domain/StopDecision.h"

#include <QDialog>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class QWidget;

namespace compshare::ui {

class PromptService final : public QObject
{
    Q_OBJECT

public:
    explicit PromptService(QObject *parent = nullptr);

    // Asks to stop `instances`: one ordinary -> StopConfirmDialog, one spot ->
    // ForceStopDialog, several -> BatchStopDialog. With skipOrdinaryConfirmation
    // and no spot instance among them, `done` runs at once (before this returns)
    // with every instance accepted and ForceStop::No. Spot instances always ask.
    // `done` runs exactly once, unless `parent` is destroyed first.
    void confirmStop(QWidget *parent, const QList<Instance> &instances,
                     bool skipOrdinaryConfirmation,
                     std::function<void(const StopConfirmation &)> done,
                     const QStringList &skipped = {}); // "name — reason" lines, batch dialog
    void confirmReboot(QWidget *parent, const Instance &instance,
                       std::function<void(bool accepted)> done);
    // Starting several instances costs money: one question naming them and
    // the hourly cost they add together.
    void confirmStartMany(QWidget *parent, const QList<Instance> &instances,
                          std::function<void(bool)> done);
    // Asks to release (delete) `instances` (ReleaseDialog); `done` gets the
    // confirmed ids (empty: cancelled) and whether data disks go too.
    void confirmRelease(QWidget *parent, const QList<Instance> &instances,
                        const QStringList &skipped,
                        std::function<void(const QStringList &ids, bool releaseDataDisks)> done);
    // Asks for a new name (RenameDialog, checked before it can be sent);
    // `done` gets it, or an empty string when cancelled.
    void askRename(QWidget *parent, const Instance &instance,
                   std::function<void(const QString &name)> done);
    // Asked once, on the first close of the window: keep watching in the
    // background (true), quit (false), or dismissed (nullopt).
    void askKeepWatching(QWidget *parent, std::function<void(std::optional<bool>)> done);
    // A message box, opened with open(); nothing waits for it.
    void showError(QWidget *parent, const QString &title, const QString &text);

signals:
    // Every dialog this service opens, right after open().
    void promptOpened(QDialog *dialog);
    // A dialog closed; the window has its focus back. The ids are the
    // instances it asked about (empty for a message box).
    void promptClosed(const QStringList &instanceIds);

private:
    void openDialog(QDialog *dialog, const QStringList &instanceIds = {});

    // "id\nimage status" pairs whose unknown image status a stop dialog said.
    QSet<QString> m_imageStatusSaid;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// Runs work on the thread pool and hands the result back on the context's
// thread; nothing is delivered if the context is destroyed first.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace compshare {

// Bodies above this size are decoded off the GUI thread. A full list page
// (100 instances: 110-160 KiB from the simulator) takes 3-8 ms to decode and
// parse here; on the GUI thread that held back the next page's answer, and
// so the request after it.
constexpr qsizetype kOffThreadParseBytes = qsizetype(32) * 1024;

template <typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    // The watcher is a child of the context: destroying the context destroys
    // the watcher, and its finished signal (and so `done`) never fires.
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        const T result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace compshare

// SPDX-License-Identifier: MIT
// The real console on a simulator over real HTTP, with the fast test
// timings: its AccountSession (the composition root, which tests drive) and
// the MainWindow built on it (which tests look at and click). Header-only,
// as the support library does not link the widgets.
#pragma once

#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/CommandLineOptions.h"
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/table/InstanceTableView.h"
#include "work/RefreshScheduler.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace compshare::test {

struct ConsoleWindow
{
    // An invalid size keeps the geometry the window restored by itself;
    // connect false leaves connectNow() to the test (to set up the simulator first).
    explicit ConsoleWindow(const QJsonObject &scenario, const QSize &size = QSize(1280, 720),
                           bool connect = true)
        : fixture(scenario)
    {
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<ui::MainWindow>(account.get());
        useFastTimings(*account->session());
        if (size.isValid())
            window->resize(size);
        window->show();
        if (connect)
            connectNow();
    }
    void connectNow()
    {
        account->connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
    }
    ConsoleSession *session() const { return account->session(); }
    ConsoleSettings *settings() const { return account->settings(); }
    InstanceTableModel *model() const { return session()->model(); }
    // The row's cell as the view shows it (through the proxy); invalid if not shown.
    QModelIndex proxyIndex(const QString &id, int column) const
    {
        const auto *proxy = session()->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex idx = proxy->index(r, column);
            if (idx.data(InstanceTableModel::InstanceIdRole).toString() == id)
                return idx;
        }
        return {};
    }
    // A mouse click on the row's Action button.
    void clickRowButton(const QString &id)
    {
        ui::InstanceTableView *view = window->table();
        const QModelIndex idx = proxyIndex(id, InstanceTableModel::ActionColumn);
        view->scrollTo(idx);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    }
    // A positive barrier for "nothing else was sent": one full refresh that
    // starts after everything the user did so far (a poll already in flight
    // answers too, so only a full refresh counts).
    bool roundTrip()
    {
        QSignalSpy done(session()->scheduler(), &RefreshScheduler::refreshSucceeded);
        session()->scheduler()->refreshNow();
        return QTest::qWaitFor(
            [&done] {
                for (const auto &args : done) {
                    if (args.at(1).toBool())
                        return true;
                }
                return false;
            },
            10000);
    }

    SimulatorFixture fixture;
    // Declared after the account, so destroyed before it: the window holds
    // pointers into the account.
    std::unique_ptr<AccountSession> account;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace compshare::test

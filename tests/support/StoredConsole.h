// SPDX-License-Identifier: MIT
// The console as it starts with its local store: the store file opened, the
// AccountSession with the store attached before the window is built (as
// ConsoleApplication does), the window shown offscreen, the fast test
// timings. connect() when the test has set the simulator up. Header-only,
// as the support library does not link the widgets.
#pragma once

#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/CommandLineOptions.h"
#include "session/ConsoleSession.h"
#include "state/LocalStore.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/table/InstanceTableView.h"

#include <QAction>
#include <memory>

namespace compshare::test {

struct StoredConsole
{
    StoredConsole(SimulatorFixture &f, const QString &path)
        : store(std::make_unique<LocalStore>(path))
        , fixture(&f)
    {
        store->open();
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        account->attachStore(store.get());
        window = std::make_unique<ui::MainWindow>(account.get());
        useFastTimings(*session());
        window->resize(1280, 720);
        window->show();
    }
    void connect()
    {
        account->connectWith(fixture->url(), fixture->credentials(), QStringLiteral("test"));
    }
    ConsoleSession *session() const { return account->session(); }
    InstanceTableModel *model() const { return session()->model(); }
    int rowOf(const QString &id) const { return model()->rowOf(id); }
    // Selects the row as a click would (through the proxy).
    void select(const QString &id)
    {
        auto *proxy = session()->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(InstanceTableModel::InstanceIdRole).toString() == id) {
                window->table()->selectRow(r);
                window->table()->setCurrentIndex(proxy->index(r, 0));
            }
        }
    }
    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }

    std::unique_ptr<LocalStore> store; // outlives the account and window (declared first)
    SimulatorFixture *fixture;
    std::unique_ptr<AccountSession> account; // outlives the window
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace compshare::test

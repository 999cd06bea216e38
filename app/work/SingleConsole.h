// SPDX-License-Identifier: MIT
// One console per user session. The first console listens on a local socket
// (QLocalServer); a later launch connects to it, asks it to show its window,
// and exits. Everything is asynchronous: start() reports the outcome with a
// signal, from the event loop.
//
// The socket: $XDG_RUNTIME_DIR/compshare-console.socket (per user and
// session, mode 0700 folder), else <temp>/compshare-console-<user>-<display>.socket.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace compshare {

class SingleConsole final : public QObject
{
    Q_OBJECT

public:
    explicit SingleConsole(const QString &serverName = defaultServerName(),
                           QObject *parent = nullptr);
    ~SingleConsole() override;

    static QString defaultServerName();
    QString serverName() const { return m_name; }

    // Asks a running console to show itself; if none answers, listens.
    // Emits handedOver() or becamePrimary(), once.
    void start();
    bool isPrimary() const;

signals:
    // Another console runs and was asked to show its window: this one exits.
    void handedOver();
    // No other console: this one listens for later launches.
    void becamePrimary();
    // A later launch asked this console to show its window.
    void showRequested();

private:
    void listen();
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_probe = nullptr;
    bool m_decided = false;
};

} // namespace compshare

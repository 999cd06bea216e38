// SPDX-License-Identifier: MIT
#include "work/SingleConsole.h"

#include "base/Logging.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace compshare {

namespace {
const QByteArray kShow = QByteArrayLiteral("show\n");

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QDir::home().dirName();
    user.replace(QLatin1Char('/'), QLatin1Char('_'));
    return user;
}
} // namespace

SingleConsole::SingleConsole(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{}

SingleConsole::~SingleConsole() = default;

QString SingleConsole::defaultServerName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("compshare-console.socket"));
    // No runtime folder: the user and the X display stand for the session.
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY", qEnvironmentVariable("DISPLAY"));
    display.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('_'));
    return QDir(QDir::tempPath())
        .filePath(QStringLiteral("compshare-console-%1%2.socket")
                      .arg(userName(), display.isEmpty() ? QString() : QLatin1Char('-') + display));
}

bool SingleConsole::isPrimary() const
{
    return m_server && m_server->isListening();
}

void SingleConsole::start()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, [this] { m_probe->write(kShow); });
    connect(m_probe, &QLocalSocket::bytesWritten, this, [this] {
        if (m_probe->bytesToWrite() > 0 || m_decided)
            return;
        m_decided = true;
        qCInfo(lcUi) << "another console runs; asked it to show its window";
        m_probe->disconnectFromServer();
        emit handedOver();
    });
    connect(m_probe, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_decided)
            return;
        // Nobody listens (or a stale socket of a console that ended): be the one.
        m_decided = true;
        m_probe->deleteLater();
        m_probe = nullptr;
        listen();
    });
    m_probe->connectToServer(m_name);
}

void SingleConsole::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleConsole::onConnection);
    if (!m_server->listen(m_name)) {
        // A socket file left by a console that ended: nothing answered on it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qCWarning(lcUi) << "cannot listen on" << m_name << m_server->errorString()
                            << "- a second launch will open a second console";
    }
    emit becamePrimary();
}

void SingleConsole::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine() == kShow)
                    emit showRequested();
            }
        });
    }
}

} // namespace compshare

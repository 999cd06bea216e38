// SPDX-License-Identifier: MIT
// The HTTP side of the simulator. Built on QAbstractHttpServer (not
// QHttpServer) to get the raw socket: answers are written by hand so they
// can be delayed, withheld (hang) or cut short (close mid-body).
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <functional>

namespace compshare::sim {

// What the simulator needs of a request, copied out of Qt's request object
// (which does not outlive handleRequest).
struct SimHttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray contentType;
    QByteArray body;
    QByteArray rawQuery; // percent-encoded, as sent
};

class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SimHttpRequest &, QTcpSocket *)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // requestId goes out as X-UCLOUD-REQUEST-UUID, as the gateway sends it.
    static void
    writeResponse(QTcpSocket *socket, int status, const QByteArray &body,
                  const QByteArray &requestId,
                  const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // Announces the whole body, sends the first half, then drops the connection.
    static void writeTruncated(QTcpSocket *socket, const QByteArray &body,
                               const QByteArray &requestId);
    // Keeps the connection open without ever answering; released when the
    // client goes away or the server is destroyed.
    void hold(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_held;
};

} // namespace compshare::sim

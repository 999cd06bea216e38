// SPDX-License-Identifier: MIT
#include "simulator/SimHttpServer.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace compshare::sim {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray head(int status, const QByteArray &contentType, qsizetype length,
                const QByteArray &requestId)
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
           reasonPhrase(status) +
           (requestId.isEmpty() ? QByteArray()
                                : QByteArrayLiteral("\r\nX-UCLOUD-REQUEST-UUID: ") + requestId) +
           QByteArrayLiteral("\r\nContent-Type: ") + contentType +
           QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(length) +
           QByteArrayLiteral("\r\nConnection: keep-alive\r\n\r\n");
}

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

SimHttpServer::~SimHttpServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_held)) {
        if (socket)
            socket->abort();
    }
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimHttpRequest copy;
    copy.method = methodName(request.method());
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.toLower() == "content-type")
            copy.contentType = value;
    }
    copy.body = request.body();
    copy.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    m_handler(copy, socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, 404, QByteArrayLiteral("not found"), {}, QByteArrayLiteral("text/plain"));
}

void SimHttpServer::writeResponse(QTcpSocket *socket, int status, const QByteArray &body,
                                  const QByteArray &requestId, const QByteArray &contentType)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(status, contentType, body.size(), requestId) + body);
}

void SimHttpServer::writeTruncated(QTcpSocket *socket, const QByteArray &body,
                                   const QByteArray &requestId)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(200, QByteArrayLiteral("application/json"), body.size() + 64, requestId) +
                  body.left(body.size() / 2));
    socket->flush(); // hand the partial answer to the kernel before closing
    socket->abort();
}

void SimHttpServer::hold(QTcpSocket *socket)
{
    m_held.removeAll(QPointer<QTcpSocket>());
    m_held.append(socket);
}

} // namespace compshare::sim

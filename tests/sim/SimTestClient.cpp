// SPDX-License-Identifier: MIT
#include "SimTestClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <algorithm>

namespace compshare::simtest {

QString sign(const Params &params, const QString &privateKey)
{
    QList<QByteArray> names;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.key() != QLatin1String("Signature"))
            names.append(it.key().toUtf8());
    }
    std::sort(names.begin(), names.end());
    QByteArray text;
    for (const QByteArray &name : std::as_const(names))
        text += name + params.value(QString::fromUtf8(name)).toUtf8();
    text += privateKey.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
}

QByteArray encodeForm(const Params &params)
{
    QByteArray out;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return out;
}

SimTestClient::SimTestClient(const QUrl &url, const QString &publicKey, const QString &privateKey)
    : m_url(url)
    , m_publicKey(publicKey)
    , m_privateKey(privateKey)
{}

Params SimTestClient::signedParams(const QString &action, Params params) const
{
    params.insert(QStringLiteral("Action"), action);
    params.insert(QStringLiteral("PublicKey"), m_publicKey);
    params.insert(QStringLiteral("Signature"), sign(params, m_privateKey));
    return params;
}

Reply SimTestClient::call(const QString &action, Params params, Encoding encoding, int timeoutMs)
{
    params = signedParams(action, params);
    if (encoding == Encoding::Get)
        return get(encodeForm(params), timeoutMs);
    if (encoding == Encoding::Json) {
        QJsonObject object;
        for (auto it = params.begin(); it != params.end(); ++it)
            object.insert(it.key(), it.value());
        return postRaw(QJsonDocument(object).toJson(QJsonDocument::Compact),
                       QByteArrayLiteral("application/json; charset=utf-8"), timeoutMs);
    }
    return postRaw(encodeForm(params), QByteArrayLiteral("application/x-www-form-urlencoded"),
                   timeoutMs);
}

Reply SimTestClient::postRaw(const QByteArray &body, const QByteArray &contentType, int timeoutMs)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(timeoutMs);
    return wait(m_network.post(request, body), timeoutMs);
}

Reply SimTestClient::get(const QByteArray &query, int timeoutMs)
{
    QUrl url = m_url;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    return wait(m_network.get(request), timeoutMs);
}

Reply SimTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    Reply result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = finished.wait(timeoutMs + 2000);
    result.error = reply->error();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.requestId = reply->rawHeader("X-UCLOUD-REQUEST-UUID");
    if (reply->isOpen())
        result.body = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    result.jsonValid = parseError.error == QJsonParseError::NoError && document.isObject();
    result.json = document.object();
    reply->abort();
    reply->deleteLater();
    return result;
}

} // namespace compshare::simtest

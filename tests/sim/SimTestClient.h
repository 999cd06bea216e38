// SPDX-License-Identifier: MIT
// A deliberately small client for the simulator tests: its own signer and
// its own encoder, independent of the product code, over QNetworkAccessManager.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace compshare::simtest {

using Params = QMap<QString, QString>;

// The UCloud rule written out again: sorted name+value, private key, SHA1 hex.
QString sign(const Params &params, const QString &privateKey);
// Every byte outside A-Z a-z 0-9 - _ . ~ percent-encoded.
QByteArray encodeForm(const Params &params);

struct Reply
{
    bool finished = false; // false: no answer within the wait
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json;
    bool jsonValid = false;
    QByteArray requestId; // the X-UCLOUD-REQUEST-UUID header
    int retCode() const { return json.value(QStringLiteral("RetCode")).toInt(-1); }
    QString message() const { return json.value(QStringLiteral("Message")).toString(); }
};

class SimTestClient final
{
public:
    enum class Encoding
    {
        Form,
        Json,
        Get
    };

    SimTestClient(const QUrl &url, const QString &publicKey, const QString &privateKey);

    // Signs (PublicKey added) and sends; waits up to timeoutMs.
    Reply call(const QString &action, Params params = {}, Encoding encoding = Encoding::Form,
               int timeoutMs = 5000);
    // Sends exactly these bytes as a form POST (for encoding tests).
    Reply postRaw(const QByteArray &body, const QByteArray &contentType, int timeoutMs = 5000);
    Reply get(const QByteArray &query, int timeoutMs = 5000);
    Params signedParams(const QString &action, Params params) const;

private:
    Reply wait(QNetworkReply *reply, int timeoutMs);

    QUrl m_url;
    QString m_publicKey;
    QString m_privateKey;
    QNetworkAccessManager m_network;
};

} // namespace compshare::simtest

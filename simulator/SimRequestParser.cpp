// SPDX-License-Identifier: MIT
#include "simulator/SimRequestParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

namespace compshare::sim {
namespace {

QString decodeComponent(QByteArray part)
{
    // '+' first: an encoded %2B must survive as a literal plus.
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QString numberToString(double value)
{
    // Whole numbers go without a fraction (2.0 -> "2"), like the SDKs send them.
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void flatten(const QString &name, const QJsonValue &value, QMap<QString, QString> &out, int depth)
{
    if (depth > 16) // a hostile body must not recurse without end
        return;
    switch (value.type()) {
    case QJsonValue::String:
        out.insert(name, value.toString());
        break;
    case QJsonValue::Bool:
        out.insert(name, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Double:
        out.insert(name, numberToString(value.toDouble()));
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(name + QLatin1Char('.') + QString::number(i), array.at(i), out, depth + 1);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(name + QLatin1Char('.') + it.key(), it.value(), out, depth + 1);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

QMap<QString, QString> parseFormEncoded(const QByteArray &encoded)
{
    QMap<QString, QString> params;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawName = eq < 0 ? pair : pair.left(eq);
        const QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const QString name = decodeComponent(rawName);
        if (name.isEmpty())
            continue;
        params.insert(name, decodeComponent(rawValue));
    }
    return params;
}

QMap<QString, QString> parseJsonBody(const QByteArray &body)
{
    QMap<QString, QString> params;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return params;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        flatten(it.key(), it.value(), params, 0);
    return params;
}

QMap<QString, QString> parseRequestParams(const QByteArray &method, const QByteArray &contentType,
                                          const QByteArray &body, const QByteArray &rawQuery)
{
    QMap<QString, QString> params = parseFormEncoded(rawQuery);
    if (method.toUpper() == "GET" || body.isEmpty())
        return params;
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    const bool isJson = type == "application/json" || type.endsWith("+json");
    const QMap<QString, QString> fromBody = isJson ? parseJsonBody(body) : parseFormEncoded(body);
    for (auto it = fromBody.begin(); it != fromBody.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

} // namespace compshare::sim

// SPDX-License-Identifier: MIT
#include "simulator/SimJsonWriter.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>
#include <limits>

namespace compshare::sim {
namespace {

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null"; // as toJson: JSON has no NaN or infinity
        return;
    }
    // Whole numbers that a double holds exactly are written without a fraction.
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (d == std::floor(d) && std::fabs(d) < kExact) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void writeValue(QByteArray &out, const QJsonValue &value);

void writeObject(QByteArray &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out += ',';
        first = false;
        writeValue(out, v);
    }
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        if (value.toInteger(std::numeric_limits<qint64>::min()) !=
            std::numeric_limits<qint64>::min())
            out += QByteArray::number(value.toInteger());
        else
            writeDouble(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

} // namespace

QByteArray compactJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    writeObject(out, object);
    return out;
}

} // namespace compshare::sim

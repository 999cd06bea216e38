// SPDX-License-Identifier: MIT
#include "wire/RequestParams.h"

#include <QLocale>
#include <cmath>

namespace compshare {

RequestParams &RequestParams::set(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    return *this;
}

RequestParams &RequestParams::set(const QString &name, const char *value)
{
    return set(name, QString::fromUtf8(value));
}

RequestParams &RequestParams::set(const QString &name, bool value)
{
    return set(name, encodeBool(value));
}

RequestParams &RequestParams::set(const QString &name, int value)
{
    return set(name, QString::number(value));
}

RequestParams &RequestParams::set(const QString &name, qint64 value)
{
    return set(name, QString::number(value));
}

RequestParams &RequestParams::set(const QString &name, double value)
{
    return set(name, encodeDouble(value));
}

RequestParams &RequestParams::setArray(const QString &name, const QStringList &values)
{
    // Drop a previous, possibly longer array of the same name first, so no
    // stale Name.N survives into the signature.
    const QString prefix = name + QLatin1Char('.');
    for (auto it = m_values.begin(); it != m_values.end();) {
        if (it.key().startsWith(prefix))
            it = m_values.erase(it);
        else
            ++it;
    }
    for (int i = 0; i < values.size(); ++i)
        m_values.insert(prefix + QString::number(i), values.at(i));
    return *this;
}

void RequestParams::remove(const QString &name)
{
    m_values.remove(name);
}

QString RequestParams::encodeBool(bool value)
{
    // Lower case in the signature AND the body; "True" gets RetCode 171.
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString RequestParams::encodeDouble(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    // Shortest representation that round-trips, never an exponent for normal values.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace compshare

// SPDX-License-Identifier: MIT
// Request parameters, encoded once: the same strings are signed and sent, so
// the signature and the wire can never disagree (bool -> "true"/"false",
// 2.0 -> "2", arrays -> Name.0, Name.1).
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace compshare {

class RequestParams
{
public:
    RequestParams &set(const QString &name, const QString &value);
    RequestParams &set(const QString &name, const char *value);
    RequestParams &set(const QString &name, bool value);
    RequestParams &set(const QString &name, int value);
    RequestParams &set(const QString &name, qint64 value);
    RequestParams &set(const QString &name, double value);
    // Name.0, Name.1, ... (zero-based)
    RequestParams &setArray(const QString &name, const QStringList &values);
    void remove(const QString &name);
    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // Sorted by name in plain byte order (what the signature needs).
    const QMap<QString, QString> &values() const { return m_values; }

    static QString encodeBool(bool value);
    static QString encodeDouble(double value);

private:
    QMap<QString, QString> m_values;
};

} // namespace compshare

// SPDX-License-Identifier: MIT
#include "wire/OneShotUpload.h"

#include <cstring>

namespace compshare {

OneShotUpload::OneShotUpload(const QByteArray &body, QObject *parent)
    : QIODevice(parent)
    , m_body(body)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUpload::bytesAvailable() const
{
    return (m_body.size() - m_read) + QIODevice::bytesAvailable();
}

qint64 OneShotUpload::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_read);
    if (n <= 0)
        return m_read >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace compshare

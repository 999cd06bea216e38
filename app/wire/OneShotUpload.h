// SPDX-License-Identifier: MIT
// The body of a mutation as an upload that can be read once and never
// rewound. Qt's HTTP/1.1 channel replays a request whose connection closes
// before any answer arrives (QHttpNetworkConnectionChannel::handleUnexpectedEOF
// -> closeAndResendCurrentRequest -> resetUploadData), POST included. Its
// replay needs uploadByteDevice->reset(); this device refuses, so Qt fails
// the reply with ContentReSendError instead of sending the mutation twice.
// See docs/RELIABILITY.md, "Exactly once on the wire".
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace compshare {

class OneShotUpload final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUpload(const QByteArray &body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // never replayed
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }
    bool atEnd() const override { return m_read >= m_body.size(); }
    // Qt read none of the body: the request never left this computer whole,
    // so CompShare cannot have acted on it (a resend is not a second send).
    bool untouched() const { return m_read == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace compshare

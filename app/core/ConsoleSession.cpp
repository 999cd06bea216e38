// SPDX-License-Identifier: MIT
#include "core/ConsoleSession.h"

#include "api/ApiTransport.h"
#include "model/InstanceFilterProxy.h"
#include "model/InstanceTableModel.h"
#include "polling/RefreshScheduler.h"
#include "stop/OperationTracker.h"
#include "stop/StopController.h"

namespace compshare {

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(this))
    , m_client(new CompShareClient(m_transport, this))
    , m_model(new InstanceTableModel(this))
    , m_proxy(new InstanceFilterProxy(this))
    , m_scheduler(new RefreshScheduler(m_client, m_model, this))
    , m_operations(new OperationTracker(this))
    , m_stop(new StopController(m_client, m_model, m_scheduler, m_operations, this))
{
    m_proxy->setSourceModel(m_model);
    m_model->setOperations(m_operations);
    m_scheduler->setOperations(m_operations);
}

ConsoleSession::~ConsoleSession() = default;

ApiError ConsoleSession::connectTo(const QUrl &endpoint, const Credentials &credentials)
{
    ApiError refused = m_transport->setEndpoint(endpoint);
    if (refused.isError())
        return refused;
    m_scheduler->stop();
    if (credentials.publicKey != m_transport->publicKey()) {
        m_operations->clear();
        m_model->applyRefresh({}); // another account: never show its rows under this one
    }
    m_transport->setCredentials(credentials);
    m_connected = true;
    m_scheduler->start();
    return {};
}

void ConsoleSession::disconnect()
{
    m_scheduler->stop();
    m_transport->clearCredentials();
    m_connected = false;
}

} // namespace compshare

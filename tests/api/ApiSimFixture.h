// SPDX-License-Identifier: MIT
// The integration suites' setup: a simulator on 127.0.0.1 with a freshly
// generated key pair, and a real transport + client pointed at it.
#pragma once

#include "simulator/Simulator.h"
#include "wire/ApiTransport.h"
#include "wire/CompShareClient.h"

#include <QRandomGenerator>
#include <QtTest>
#include <memory>

namespace compshare::test {

// Keys are generated per run (never stored); they contain + / = like real ones.
inline QString generatedKey(int length)
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");
    QString key;
    for (int i = 0; i < length; ++i)
        key += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return key + QStringLiteral("+/=");
}

struct ApiSimFixture
{
    std::unique_ptr<sim::Simulator> sim;
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<CompShareClient> client;
    Credentials credentials;

    bool start(int instanceCount, quint32 seed = 7)
    {
        sim = std::make_unique<sim::Simulator>();
        QString error;
        if (!sim->loadScenario(
                sim::Simulator::generatedScenario(
                    instanceCount,
                    {QStringLiteral("cn-wlcb"), QStringLiteral("cn-sh2"), QStringLiteral("hk")},
                    seed),
                &error)) {
            qWarning() << "scenario:" << error;
            return false;
        }
        sim->clock().setManual(true);
        if (!sim->listen())
            return false;
        credentials = {generatedKey(40), generatedKey(40)};
        sim->addAccount(credentials.publicKey, credentials.privateKey);
        transport = std::make_unique<ApiTransport>();
        if (transport->setEndpoint(sim->url()))
            return false;
        transport->setCredentials(credentials);
        transport->setRetryBaseDelayMs(5);
        transport->setTimeoutMs(5000);
        client = std::make_unique<CompShareClient>(transport.get());
        return true;
    }

    // The first instance the simulator has in the given state and charge type.
    QJsonObject find(const QString &state, bool spot) const
    {
        const QList<QJsonObject> all = sim->instances();
        for (const QJsonObject &o : all) {
            const bool isSpot =
                o.value(QStringLiteral("ChargeType")).toString() == QLatin1String("Spot");
            if (o.value(QStringLiteral("State")).toString() == state && isSpot == spot)
                return o;
        }
        return {};
    }

    static InstanceRef refOf(const QJsonObject &o)
    {
        const QString zone = o.value(QStringLiteral("Zone")).toString();
        return {o.value(QStringLiteral("UHostId")).toString(), regionFromZone(zone), zone};
    }

    ListResult listAll()
    {
        ListResult out;
        bool done = false;
        client->listAllInstances(client.get(), [&](const ListResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.error = ApiError::timeout(15000);
        return out;
    }

    // How often the last stop() was first told "re-reading".
    int rereading = 0;

    MutationResult stop(const InstanceRef &ref, ForceStop force)
    {
        rereading = 0;
        MutationResult out;
        bool done = false;
        client->stopInstance(ref, force, client.get(), [&](const MutationResult &r) {
            // An answer that does not say is told first (Rereading); the
            // re-read follows as the last word.
            if (r.outcome == MutationResult::Outcome::Rereading)
                ++rereading;
            else
                out = r, done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.error = ApiError::timeout(15000);
        return out;
    }

    ListResult describe(const QList<InstanceRef> &refs)
    {
        ListResult out;
        bool done = false;
        client->describeInstances(refs, client.get(), [&](const ListResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.error = ApiError::timeout(15000);
        return out;
    }
};

} // namespace compshare::test

// SPDX-License-Identifier: MIT
// The real console window, offscreen, connected to the in-process simulator
// with timings scaled down for fault injection: client timeout 300 ms (the
// product's 15 s), injected latency up to 100 ms (up to 2 s in the brief),
// backoff capped at 50 ms (60 s).
#pragma once

#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/CommandLineOptions.h"
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "wire/ApiTransport.h"
#include "wire/InstanceParser.h"
#include "work/RefreshScheduler.h"

#include <QJsonArray>
#include <QSet>
#include <memory>

namespace compshare::test {

constexpr int kScaledTimeoutMs = 300;
constexpr int kScaledLatencyMs = 100;

struct ReliabilityConsole
{
    explicit ReliabilityConsole(const QJsonObject &scenario)
        : fixture(scenario)
    {
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<ui::MainWindow>(account.get());
        ConsoleSession *s = account->session();
        s->transport()->setRetryBaseDelayMs(10);
        s->transport()->setTimeoutMs(kScaledTimeoutMs);
        s->transport()->setMaxAttempts(2);
        s->scheduler()->setPollIntervalMs(60);
        s->scheduler()->setSlowPollIntervalMs(200);
        s->scheduler()->setMaxBackoffMs(50);
        s->scheduler()->setAutoRefreshIntervalMs(3600 * 1000); // refreshes are triggered
        window->resize(1280, 720);
        window->show();
        account->connectWith(fixture.url(), fixture.credentials(), QStringLiteral("reliability"));
    }
    ConsoleSession *session() const { return account->session(); }
    InstanceTableModel *model() const { return session()->model(); }

    // What the table shows: id -> "name|state" of every proxy row.
    QMap<QString, QString> shownRows() const
    {
        QMap<QString, QString> rows;
        const auto *proxy = session()->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QString id =
                proxy->index(r, 0).data(InstanceTableModel::InstanceIdRole).toString();
            rows.insert(id, proxy->index(r, InstanceTableModel::NameColumn).data().toString() +
                                QLatin1Char('|') +
                                proxy->index(r, InstanceTableModel::StateColumn).data().toString());
        }
        return rows;
    }
    // The same for a list of instances (what the table must show for it).
    static QMap<QString, QString> rowsOf(const QList<Instance> &instances)
    {
        QMap<QString, QString> rows;
        for (const Instance &i : instances)
            rows.insert(i.id, i.name + QLatin1Char('|') + InstanceTableModel::stateText(i.state));
        return rows;
    }
    // The simulator's truth in the same form.
    QMap<QString, QString> truth()
    {
        QMap<QString, QString> rows;
        for (const QJsonObject &o : fixture.sim().instances()) {
            Instance i;
            InstanceParser::parseRecord(o, &i);
            rows.insert(i.id, i.name + QLatin1Char('|') + InstanceTableModel::stateText(i.state));
        }
        return rows;
    }

    SimulatorFixture fixture;
    std::unique_ptr<AccountSession> account; // outlives the window
    std::unique_ptr<ui::MainWindow> window;
};

// A generated scenario whose instances all sit in a settled state (or the
// given state for the first `special` of them).
inline QJsonObject settledScenario(int count, const QString &specialState = {}, int special = 0,
                                   const QString &chargeOfOdd = {})
{
    QJsonObject s = sim::Simulator::generatedScenario(count, {}, 7);
    QJsonArray list = s.value(QStringLiteral("instances")).toArray();
    for (int k = 0; k < list.size(); ++k) {
        QJsonObject o = list.at(k).toObject();
        QString state = (k % 4 == 0) ? QStringLiteral("Stopped") : QStringLiteral("Running");
        if (k < special)
            state = specialState;
        o.insert(QStringLiteral("State"), state);
        if (!chargeOfOdd.isEmpty())
            o.insert(QStringLiteral("ChargeType"), k % 2 ? chargeOfOdd : QStringLiteral("Postpay"));
        else if (o.value(QStringLiteral("ChargeType")).toString() == QLatin1String("Spot"))
            o.insert(QStringLiteral("ChargeType"), QStringLiteral("Postpay"));
        list[k] = o;
    }
    s.insert(QStringLiteral("instances"), list);
    s.insert(QStringLiteral("delays"), QJsonObject{{QStringLiteral("transitionMs"), 1000},
                                                   {QStringLiteral("lockMs"), 600000}});
    return s;
}

// The faults of the brief, per request: 30 % HTTP errors (500/502/503/429),
// 5 % hangs past the timeout, 5 % closed mid-body, 5 % malformed JSON, and
// latency up to kScaledLatencyMs on every answer. Rules are rolled in order
// and the first that fires wins, so each rate is conditional on the earlier
// ones not firing: 0.3 = 1-(1-r)^4 gives r = 0.0853 per status.
inline void addBriefFaults(sim::Simulator &sim, const QString &action = {})
{
    using T = sim::FaultRule::Type;
    sim::FaultRule latency;
    latency.action = action;
    latency.type = T::Latency;
    latency.latencyJitterMs = kScaledLatencyMs;
    sim.addFault(latency);
    const double perStatus = 0.0853;
    for (int status : {500, 502, 503, 429}) {
        sim::FaultRule r;
        r.action = action;
        r.type = T::HttpStatus;
        r.httpStatus = status;
        r.rate = perStatus;
        sim.addFault(r);
    }
    // Conditional on the 30 % not firing: 0.05 / 0.70, then / 0.65, / 0.60.
    const double rest[] = {0.05 / 0.70, 0.05 / 0.65, 0.05 / 0.60};
    const T types[] = {T::Hang, T::CloseMidBody, T::MalformedJson};
    for (int k = 0; k < 3; ++k) {
        sim::FaultRule r;
        r.action = action;
        r.type = types[k];
        r.rate = rest[k];
        sim.addFault(r);
    }
}

// How many journal entries had each verdict.
inline QMap<QString, int> verdicts(const QList<sim::JournalEntry> &entries)
{
    QMap<QString, int> out;
    for (const sim::JournalEntry &e : entries)
        ++out[e.verdict];
    return out;
}

} // namespace compshare::test

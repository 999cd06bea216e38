// SPDX-License-Identifier: MIT
// A property of the operation owner and what the screen computes from it:
// for random sequences (seeded, reproducible, a few thousand steps, no
// sleeping) of operations, answers (accepted, refused, lost, 5xx, 8433, the
// lock, a timeout) and listings (old state, transitional, final, absent),
// every note on screen agrees with the owner's state and the listing:
// - no "refused" (or a lock) beside a state the refused request would have
//   brought (Stopping or Stopped for a stop), no "not stopped" beside Stopped;
// - an answer that does not say is never worded as a refusal;
// - "still shows X" / "took effect: the list shows X" name the state listed now;
// - the row's button names the operation under way;
// - the elapsed time of an operation counts from its first send and never
//   goes back.
// It drives the real owner (OperationTracker), the real store and table model,
// and the real note and caption code (OperationNotifier::notesOf,
// OperationSentences, RowActionDelegate::buttonText); no window.
#include "base/Bounds.h"
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"
#include "text/InstanceText.h"
#include "ui/OperationNotifier.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/text/OperationSentences.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace compshare;
using Kind = OperationKind;
using OK = OperationOutcome::Kind;
using S = InstanceState;

namespace {
constexpr int kInstances = 6;

QString idOf(int n)
{
    return QStringLiteral("uhost-%1").arg(n);
}

// Does the list show what the operation would have brought: its transition,
// or its end where that is not where it starts (a reboot ends where it began;
// a release ends out of the list)?
bool showsItsEffect(Kind kind, S state)
{
    switch (kind) {
    case Kind::Stop:
        return state == S::Stopping || state == S::Stopped;
    case Kind::Start:
        return state == S::Starting || state == S::Running;
    case Kind::Reboot:
        return state == S::Rebooting;
    case Kind::Release:
        break;
    }
    return false;
}

// The end an operation asks for, where that is not where it starts.
bool endsIn(Kind kind, S state)
{
    return (kind == Kind::Stop && state == S::Stopped) ||
           (kind == Kind::Start && state == S::Running);
}

S transitionalOf(Kind kind)
{
    switch (kind) {
    case Kind::Stop:
        return S::Stopping;
    case Kind::Start:
        return S::Starting;
    case Kind::Reboot:
        return S::Rebooting;
    case Kind::Release:
        break;
    }
    return S::Stopped; // a release shows no transition: it leaves the list
}

QString captionFor(Kind kind)
{
    switch (kind) {
    case Kind::Stop:
        return ui::RowActionDelegate::tr("Stopping…");
    case Kind::Start:
        return ui::RowActionDelegate::tr("Starting…");
    case Kind::Reboot:
        return ui::RowActionDelegate::tr("Rebooting…");
    case Kind::Release:
        break;
    }
    return ui::RowActionDelegate::tr("Releasing…");
}
} // namespace

class TestNotesFollowFacts final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        QRandomGenerator random;
        QDateTime now;
        InstanceStore store;
        OperationTracker tracker;
        InstanceTableModel model{&store};
        // What the "cloud" would list next: the owner's attempts it may show.
        QMap<QString, quint64> sending;      // id -> serial of an attempt awaiting its answer
        QMap<QString, quint64> rereading;    // id -> serial of an unknown answer being re-read
        QHash<quint64, QDateTime> firstSend; // serial -> when it was first sent
        QHash<quint64, qint64> elapsed;      // serial -> the last elapsed seconds seen
        QStringList log;                     // the steps, for a failure message
        explicit Run(quint32 seed)
            : random(seed)
            , now(QDate(2026, 11, 30), QTime(20, 0), Qt::UTC)
        {
            tracker.setClock([this] { return now; });
            model.setClock([this] { return now; });
            model.setOperations(&tracker);
            QList<Instance> list;
            for (int n = 0; n < kInstances; ++n) {
                Instance i;
                i.id = idOf(n);
                i.name = QStringLiteral("train-node-%1").arg(n);
                i.state = n % 3 == 2 ? S::Stopped : S::Running;
                i.chargeType = n % 2 ? ChargeType::Spot : ChargeType::Postpay;
                list << i;
            }
            store.applyFullList(list);
        }
        int pick(int n) { return int(random.bounded(n)); }
        QString anyId() { return idOf(pick(kInstances)); }
    };

    // A listing of these instances, as the scheduler hands it over.
    static void list(Run &r, const QList<Instance> &listed, const QStringList &absent)
    {
        for (const Instance &i : listed) {
            if (const Instance *before = r.store.instance(i.id); before && before->state != i.state)
                r.tracker.observeStateChange(i, *before);
        }
        r.store.applyUpdates(listed);
        r.store.remove(r.tracker.observeAbsent(absent));
        r.tracker.observe(listed);
    }

    // One random listing of an instance: its old state, the transition of
    // the operation on it, its final state, another state, or absent.
    static void randomListing(Run &r)
    {
        const QString id = r.anyId();
        const Instance *i = r.store.instance(id);
        if (!i) {
            // A released one comes back (a new instance under that id), so
            // the run keeps six instances to work on.
            QList<Instance> all = r.store.instances();
            Instance again;
            again.id = id;
            again.name = id;
            again.state = r.pick(2) ? S::Running : S::Stopped;
            all << again;
            r.log << QStringLiteral("full list with %1 again").arg(id);
            r.store.applyFullList(all);
            r.tracker.observe(all);
            return;
        }
        const OperationTracker::Operation *op = r.tracker.find(id);
        const Kind kind = op ? op->kind : Kind(r.pick(4));
        Instance next = *i;
        switch (r.pick(6)) {
        case 0: // the old state (the listing lags)
            next.state = op ? op->before : i->state;
            break;
        case 1:
            next.state = transitionalOf(kind);
            break;
        case 2:
            next.state = OperationTracker::finalStateOf(kind);
            if (kind == Kind::Release) {
                r.log << QStringLiteral("absent %1").arg(id);
                list(r, {}, {id});
                return;
            }
            break;
        case 3: {
            static const S any[] = {S::Running, S::Stopped, S::Stopping, S::Starting, S::Rebooting};
            next.state = any[r.pick(5)];
            break;
        }
        case 4: // absent from a poll: nothing said
            r.log << QStringLiteral("poll without %1").arg(id);
            list(r, {}, {});
            return;
        default: // the same again
            break;
        }
        r.log << QStringLiteral("list %1 %2").arg(id, InstanceText::state(next.state));
        list(r, {next}, {});
    }

    static void begin(Run &r)
    {
        const QString id = r.anyId();
        const Kind kind = Kind(r.pick(4));
        const Instance *i = r.store.instance(id);
        const ActionVerdict v = r.tracker.begin(i, kind);
        r.log << QStringLiteral("begin %1 %2 -> %3").arg(int(kind)).arg(id).arg(int(v.blocker));
        if (v.allowed()) {
            const quint64 serial = r.tracker.find(id)->serial;
            r.sending.insert(id, serial);
            r.firstSend.insert(serial, r.now);
        }
    }

    // An answer, as StopController hands it over (only to its own attempt).
    static void answer(Run &r)
    {
        if (r.sending.isEmpty())
            return;
        const QString id = r.sending.keys().at(r.pick(int(r.sending.size())));
        const quint64 serial = r.sending.take(id);
        const OperationTracker::Operation *op = r.tracker.find(id);
        if (!op || op->serial != serial)
            return;
        const QString action = QStringLiteral("StopCompShareInstance");
        const int which = r.pick(9);
        r.log << QStringLiteral("answer %1 %2").arg(id).arg(which);
        switch (which) {
        case 0:
        case 1:
            r.tracker.accept(id);
            break;
        case 2:
            r.tracker.refuse(id, ApiError::httpStatus(429, action));
            break;
        case 3:
            r.tracker.refuse(id, ApiError::api(230, QStringLiteral("Missing params"), action));
            break;
        case 4:
            r.tracker.lockAnswered(
                id, ApiError::api(8437, QStringLiteral("InstanceOperationInProgress"), action),
                r.store.instance(id) ? r.store.instance(id)->state : S::Unknown);
            break;
        default: {
            // Unknown: lost, a timeout, 502/503/504, 8433.
            static const int statuses[] = {502, 503, 504};
            ApiError e = which == 5   ? ApiError::network(QStringLiteral("closed"), action)
                         : which == 6 ? ApiError::timeout(15000, action)
                         : which == 7
                             ? ApiError::httpStatus(statuses[r.pick(3)], action)
                             : ApiError::api(8433, QStringLiteral("service error"), action);
            QVERIFY(e.outcomeUnknown());
            r.tracker.answerUnknown(id, e);
            r.rereading.insert(id, serial);
            break;
        }
        }
    }

    // The re-read of an unknown answer: the instance as listed, or a failure.
    static void reread(Run &r)
    {
        if (r.rereading.isEmpty())
            return;
        const QString id = r.rereading.keys().at(r.pick(int(r.rereading.size())));
        const quint64 serial = r.rereading.take(id);
        const OperationTracker::Operation *op = r.tracker.find(id);
        if (!op || op->serial != serial)
            return;
        const ApiError e = op->error;
        const Instance *i = r.store.instance(id);
        r.log << QStringLiteral("reread %1").arg(id);
        if (!i || r.pick(4) == 0) {
            r.tracker.answerLost(id, e, nullptr); // the re-read failed
            return;
        }
        Instance seen = *i;
        if (op->kind != Kind::Release && r.pick(2))
            seen.state = transitionalOf(op->kind);
        r.store.applyUpdates({seen});
        r.tracker.answerLost(id, e, &seen);
    }

    static QString describe(const Run &r)
    {
        return r.log.mid(qMax(0, int(r.log.size()) - 12)).join(QStringLiteral(" | "));
    }

    // Every note on screen agrees with the owner and the listing.
    static void check(Run &r)
    {
        const auto lookup = [&r](const QString &id) {
            return r.store.instance(id);
        };
        const QList<OperationOutcome> standing = r.tracker.standing(lookup);
        for (const OperationOutcome &o : standing) {
            const Instance *i = r.store.instance(o.instanceId);
            const QString text = ui::OperationSentences::line(o, o.instanceId);
            const QByteArray why = (text + QStringLiteral("  after: ") + describe(r)).toUtf8();
            if (o.gone)
                continue; // a release's news: the row has gone
            const S listed = i ? i->state : S::Unknown;
            switch (o.kind) {
            case OK::Refused:
            case OK::LockedByOther:
                // No "refused" beside what the request would have brought.
                QVERIFY2(i && !showsItsEffect(o.operation, listed), why);
                QVERIFY2(!o.error.outcomeUnknown(), why); // never for an answer that does not say
                break;
            case OK::NotSent:
                // No "not stopped" beside Stopped (beside Stopping it says why).
                QVERIFY2(!i || !endsIn(o.operation, listed), why);
                break;
            case OK::NoChange:
            case OK::DidNotTakeEffect:
                // "still shows Running": the list shows that now.
                QVERIFY2(i && listed == o.listed, why);
                QVERIFY2(text.contains(InstanceText::state(listed)), why);
                QVERIFY2(!showsItsEffect(o.operation, listed) && !i->isTransitional(), why);
                break;
            case OK::TookEffect:
                QVERIFY2(i && i->isTransitional() && listed == o.listed, why);
                break;
            case OK::AnswerLost: {
                const OperationTracker::Operation *op = r.tracker.find(o.instanceId);
                QVERIFY2(op && op->unknown && op->phase == OperationTracker::Phase::Accepted, why);
                break;
            }
            default:
                break;
            }
            QVERIFY2(!o.error.outcomeUnknown() || !text.contains(QLatin1String("Nothing changed")),
                     why);
            QVERIFY2(!text.isEmpty() || o.kind == OK::ReachedFinal, why);
        }
        // The notes as the banner words them: one sentence each, never empty.
        const auto notes = ui::OperationNotifier::notesOf(
            r.tracker, r.store, [](const OperationOutcome &o) { return o.instanceId; });
        for (const auto &n : notes)
            QVERIFY2(!n.text.trimmed().isEmpty(), qPrintable(describe(r)));
        // The row's button names the operation under way; the elapsed time
        // counts from the first send and never goes back.
        for (int row = 0; row < r.model.rowCount(); ++row) {
            const QModelIndex action = r.model.index(row, InstanceTableModel::ActionColumn);
            const QString id = action.data(InstanceTableModel::InstanceIdRole).toString();
            const QString caption = ui::RowActionDelegate::buttonText(action);
            Kind kind = Kind::Stop;
            const QByteArray why =
                (id + QStringLiteral(" “") + caption + QStringLiteral("” after: ") + describe(r))
                    .toUtf8();
            if (r.tracker.underWayKind(id, &kind)) {
                if (r.model.actionFor(*r.store.instance(id)) != InstanceTableModel::RowAction::None)
                    QVERIFY2(caption == captionFor(kind), why);
                const quint64 serial = r.tracker.find(id)->serial;
                const QDateTime started =
                    action.data(InstanceTableModel::OperationStartedRole).toDateTime();
                // From its first send, or the first send of our own earlier
                // one that it joined (a repeat that met our own lock).
                QVERIFY2(started.isValid() && started <= r.firstSend.value(serial), why);
                const qint64 secs = started.secsTo(r.now);
                QVERIFY2(secs >= r.elapsed.value(serial, 0), why);
                r.elapsed.insert(serial, secs);
            } else {
                for (Kind k : {Kind::Stop, Kind::Start, Kind::Reboot, Kind::Release})
                    QVERIFY2(caption != captionFor(k), why);
            }
        }
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("compshare.*=false")); }

    void notesAgreeWithTheOwnerAndTheListing_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 20261130u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void notesAgreeWithTheOwnerAndTheListing()
    {
        QFETCH(quint32, seed);
        Run r(seed);
        constexpr int kSteps = 3000;
        for (int step = 0; step < kSteps; ++step) {
            // Time moves on: mostly seconds, now and then past a bound.
            const int jump = r.pick(20) == 0 ? bounds::kNoChangeSecs : r.pick(12);
            r.now = r.now.addSecs(jump);
            switch (r.pick(10)) {
            case 0:
            case 1:
                begin(r);
                break;
            case 2:
            case 3:
                answer(r);
                break;
            case 4:
                reread(r);
                break;
            default:
                randomListing(r);
                break;
            }
            check(r);
            if (QTest::currentTestFailed()) {
                qInfo("seed %u, step %d", seed, step);
                return;
            }
        }
    }
};

QTEST_MAIN(TestNotesFollowFacts)
#include "tst_notesfollowfacts.moc"

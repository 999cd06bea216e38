// SPDX-License-Identifier: MIT
// The saved list decoded on a worker thread (CachedListRecorder::
// restoreInBackground): it is applied, marked, when no list has come; a list
// that arrives while it is being decoded wins, and a session that moved to
// another account meanwhile gets nothing of the old one. The list saved last
// is decoded ahead, before any account is known (readAhead), and taken only
// by its own account and project. A list is saved encoded on a worker
// thread, written after the list is painted; quitting meanwhile saves it at once.
#include "session/CachedListRecorder.h"
#include "session/ConsoleSession.h"
#include "state/CachedListStore.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "support/SimulatorFixture.h"
#include "support/TestInstances.h"
#include "wire/ApiTransport.h"
#include "wire/CompShareClient.h"
#include "work/RefreshScheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace compshare;

namespace {
// Nothing listens here: no list ever comes, so only the saved one can show.
const QUrl kSilent(QStringLiteral("http://127.0.0.1:9/"));
const QDateTime kSaved(QDate(2026, 12, 3), QTime(14, 2), QTimeZone::utc());

QList<Instance> someInstances(int count, const QString &prefix)
{
    QList<Instance> list;
    for (int k = 0; k < count; ++k)
        list << test::makeInstance(prefix + QString::number(k), QStringLiteral("n%1").arg(k),
                                   ChargeType::Postpay);
    return list;
}

// A list as CompShare's answer brings it: `count` instances, all of them.
ListResult liveList(int count)
{
    ListResult live;
    live.instances = someInstances(count, QStringLiteral("uhost-live-"));
    live.totalCount = count;
    return live;
}

// Every decode started has finished, and its result was delivered.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}
} // namespace

class TestCachedListRestore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ConsoleSession> m_session;
    Credentials m_keys = test::generateCredentials();

    void saveFor(const Credentials &keys, const QList<Instance> &instances,
                 const QDateTime &at = kSaved)
    {
        m_store->cachedLists()->save(LocalStore::accountHash(keys.publicKey, kSilent.toString()),
                                     QString(), instances, at);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<LocalStore>(m_dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(m_store->open());
        m_session = std::make_unique<ConsoleSession>();
        test::useFastTimings(*m_session);
        saveFor(m_keys, someInstances(600, QStringLiteral("uhost-saved-")));
        QVERIFY(!m_session->connectTo(kSilent, m_keys).isError());
    }
    void cleanup()
    {
        settle();
        m_session.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("console.sqlite"))); // each case starts anew
    }

    void theSavedListIsAppliedMarkedOnceDecoded()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy restored(&recorder, &CachedListRecorder::restored);
        recorder.restoreInBackground();
        recorder.restoreInBackground(); // the same list is not decoded twice
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.first().first().toDateTime(), kSaved);
        QCOMPARE(m_session->store()->instances().size(), 600);
        QCOMPARE(m_session->store()->cachedSince(), kSaved);
        QVERIFY(!m_session->store()->hasList());
        settle();
        QCOMPARE(restored.size(), 1);
    }

    void aListThatCameMeanwhileWins()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy restored(&recorder, &CachedListRecorder::restored);
        recorder.restoreInBackground();
        // CompShare answers before the decode is delivered.
        const QList<Instance> fresh = someInstances(3, QStringLiteral("uhost-fresh-"));
        m_session->store()->applyFullList(fresh);
        settle();
        QCOMPARE(restored.size(), 0);
        QCOMPARE(m_session->store()->instances(), fresh);
        QVERIFY(!m_session->store()->cachedSince().isValid());
    }

    void anotherAccountMeanwhileGetsNothingOfTheOld()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy restored(&recorder, &CachedListRecorder::restored);
        recorder.restoreInBackground();
        // The user switches to an account with nothing saved before the decode is delivered.
        QVERIFY(!m_session->connectTo(kSilent, test::generateCredentials()).isError());
        settle();
        QCOMPARE(restored.size(), 0);
        QVERIFY(m_session->store()->instances().isEmpty());
    }

    void theChunksAreDecodedSideBySideInTheirOrder()
    {
        const QString account = LocalStore::accountHash(m_keys.publicKey, kSilent.toString());
        SavedChunks saved = m_store->cachedLists()->loadChunks(account, QString());
        QCOMPARE(saved.chunks.size(), 3); // 600 records, 250 a chunk
        const QList<Instance> decoded =
            CachedListStore::decodeInBackground(std::move(saved)).result();
        QCOMPARE(decoded, m_store->cachedLists()->load(account, QString()).instances);
        QCOMPARE(decoded.size(), 600);
        for (int k = 0; k < decoded.size(); ++k)
            QCOMPARE(decoded.at(k).id, QStringLiteral("uhost-saved-%1").arg(k));
    }

    void theListSavedLastIsReadAheadAndTakenByItsAccount()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy restored(&recorder, &CachedListRecorder::restored);
        recorder.readAhead();
        QVERIFY(recorder.hasReadAhead());
        recorder.restoreInBackground();
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(recorder.decodesStarted(), 1); // decoded once: the read-ahead
        QVERIFY(!recorder.hasReadAhead());
        QCOMPARE(m_session->store()->instances().size(), 600);
        QCOMPARE(m_session->store()->cachedSince(), kSaved);
    }

    void aReadAheadOfAnotherAccountIsNeverShown()
    {
        // Another account's list was saved after ours: it is the one read ahead.
        saveFor(test::generateCredentials(), someInstances(5, QStringLiteral("uhost-other-")),
                kSaved.addSecs(3600));
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy restored(&recorder, &CachedListRecorder::restored);
        recorder.readAhead();
        recorder.restoreInBackground();
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(recorder.decodesStarted(), 2);
        QCOMPARE(restored.first().first().toDateTime(), kSaved);
        QCOMPARE(m_session->store()->instances().size(), 600);
        QVERIFY(
            m_session->store()->instances().first().id.startsWith(QStringLiteral("uhost-saved-")));
    }

    void aLiveListDropsTheReadAhead()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        recorder.readAhead();
        QVERIFY(recorder.hasReadAhead());
        const ListResult live = liveList(2);
        emit m_session->scheduler()->refreshSucceeded(live, true);
        QVERIFY(!recorder.hasReadAhead());
    }

    void aListIsWrittenOnceEncodedOffTheGuiThread()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy saved(&recorder, &CachedListRecorder::saved);
        const QString account = LocalStore::accountHash(m_keys.publicKey, kSilent.toString());
        const ListResult live = liveList(700);
        emit m_session->scheduler()->refreshSucceeded(live, true);
        // Nothing written yet: the encoding runs on a worker, the write waits
        // for this thread's event loop (after the list is painted).
        QCOMPARE(m_store->cachedLists()->load(account, QString()).savedAt, kSaved);
        QTRY_COMPARE(saved.size(), 1);
        const CachedList written = m_store->cachedLists()->load(account, QString());
        QCOMPARE(written.instances, live.instances);
        QCOMPARE(written.savedAt, saved.first().first().toDateTime());
    }

    void quittingWhileEncodingSavesAtOnce()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy saved(&recorder, &CachedListRecorder::saved);
        const QString account = LocalStore::accountHash(m_keys.publicKey, kSilent.toString());
        const ListResult live = liveList(4);
        m_session->store()->applyFullList(live.instances);
        emit m_session->scheduler()->refreshSucceeded(live, true);
        recorder.saveNow(); // the console quits before the encoding is done
        QCOMPARE(m_store->cachedLists()->load(account, QString()).instances, live.instances);
        settle();
        QCOMPARE(saved.size(), 0); // the late encoding writes nothing over it
    }

    void anotherAccountsSaveDoesNotOvertakeThisOne()
    {
        CachedListRecorder recorder(m_session.get(), m_store.get());
        QSignalSpy saved(&recorder, &CachedListRecorder::saved);
        ListResult first;
        first.instances = someInstances(300, QStringLiteral("uhost-first-"));
        first.totalCount = 300;
        emit m_session->scheduler()->refreshSucceeded(first, true);
        // The user switches accounts while the first list is being encoded.
        const Credentials other = test::generateCredentials();
        QVERIFY(!m_session->connectTo(kSilent, other).isError());
        ListResult second;
        second.instances = someInstances(2, QStringLiteral("uhost-second-"));
        second.totalCount = 2;
        emit m_session->scheduler()->refreshSucceeded(second, true);
        QTRY_COMPARE(saved.size(), 2);
        const auto listOf = [this](const Credentials &keys) {
            return m_store->cachedLists()
                ->load(LocalStore::accountHash(keys.publicKey, kSilent.toString()), QString())
                .instances;
        };
        QCOMPARE(listOf(m_keys), first.instances);
        QCOMPARE(listOf(other), second.instances);
    }
};

QTEST_GUILESS_MAIN(TestCachedListRestore)
#include "tst_cachedlistrestore.moc"

// SPDX-License-Identifier: MIT
// The saved list decoded on a worker thread (CachedListRecorder::
// restoreInBackground): it is applied, marked, when no list has come; a list
// that arrives while it is being decoded wins, and a session that moved to
// another account meanwhile gets nothing of the old one.
#include "api/ApiTransport.h"
#include "core/ConsoleSession.h"
#include "model/InstanceStore.h"
#include "storage/CachedListRecorder.h"
#include "storage/CachedListStore.h"
#include "storage/LocalStore.h"
#include "support/SimulatorFixture.h"
#include "support/TestInstances.h"

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

    void saveFor(const Credentials &keys, const QList<Instance> &instances)
    {
        m_store->cachedLists()->save(LocalStore::accountHash(keys.publicKey, kSilent.toString()),
                                     QString(), instances, kSaved);
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
};

QTEST_GUILESS_MAIN(TestCachedListRestore)
#include "tst_cachedlistrestore.moc"

// SPDX-License-Identifier: MIT
// A keychain that is missing or stuck, each in a child process of this very
// binary so the shared test keyring is never disturbed:
//  - a private D-Bus with no Secret Service provider at all,
//  - no session bus at all,
//  - a real gnome-keyring frozen with SIGSTOP (an unanswered unlock prompt).
// The child prints one JSON line; the parent asserts on it.
#include "CredentialTestKeys.h"
#include "state/CredentialStore.h"
#include "state/ProfileStore.h"
#include "support/SecretForms.h"
#include "work/CredentialSession.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <csignal>
#include <sys/types.h>

using namespace compshare;
using compshare::test::generatedKey;

namespace {

const QString kChildArg = QStringLiteral("--keychain-child");
const QString kResultTag = QStringLiteral("CHILD-RESULT ");

KeychainResult await(const std::function<void(CredentialStore::Callback)> &start)
{
    KeychainResult result;
    bool done = false;
    QEventLoop loop;
    start([&](const KeychainResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang guard for the test only
        loop.exec();
    }
    return result;
}

QString statusText(KeychainResult::Status s)
{
    static const char *const names[] = {"Ok", "NotFound", "Unavailable", "TimedOut", "Invalid"};
    return QString::fromLatin1(names[static_cast<int>(s)]);
}

qint64 secretServicePid()
{
    QProcess p;
    p.start(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
             QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
             QStringLiteral("string:org.freedesktop.secrets")});
    p.waitForFinished(10000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("uint32 "));
    return at < 0 ? 0 : out.mid(at + 7).trimmed().toLongLong();
}

// The child: try the keychain, then the session-only path.
int runChild(const QString &mode)
{
    QJsonObject out;
    CredentialStore keychain;
    const QString profile = QStringLiteral("child");
    const QString secret = generatedKey();

    if (mode == QLatin1String("hang")) {
        // Prove the keyring works first, then freeze it.
        out[QStringLiteral("before")] = statusText(
            await([&](auto cb) { keychain.writePrivateKey(profile, secret, nullptr, cb); }).status);
        const qint64 pid =
            out[QStringLiteral("before")] == QLatin1String("Ok") ? secretServicePid() : 0;
        out[QStringLiteral("pid")] = pid;
        if (pid > 0)
            ::kill(pid_t(pid), SIGSTOP);
        keychain.setTimeoutMs(500);
        const KeychainResult r =
            await([&](auto cb) { keychain.readPrivateKey(profile, nullptr, cb); });
        if (pid > 0)
            ::kill(pid_t(pid), SIGCONT);
        out[QStringLiteral("read")] = statusText(r.status);
        out[QStringLiteral("readExplanation")] = r.explanation;
    } else {
        const KeychainResult w =
            await([&](auto cb) { keychain.writePrivateKey(profile, secret, nullptr, cb); });
        out[QStringLiteral("write")] = statusText(w.status);
        out[QStringLiteral("writeExplanation")] = w.explanation;
        const KeychainResult r =
            await([&](auto cb) { keychain.readPrivateKey(profile, nullptr, cb); });
        out[QStringLiteral("read")] = statusText(r.status);

        // What the key dialog does: try to save, then fall back to this session only.
        const QString iniPath = qEnvironmentVariable("COMPSHARE_CHILD_SETTINGS");
        QSettings settings(iniPath, QSettings::IniFormat);
        ProfileStore store(&settings, &keychain);
        const KeychainResult saved = await([&](auto cb) {
            store.saveProfile({profile, generatedKey(), {}, false}, secret, nullptr, cb);
        });
        out[QStringLiteral("save")] = statusText(saved.status);
        out[QStringLiteral("profilesAfterSave")] = int(store.profileNames().size());

        CredentialSession session(&store);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);
        session.useForSessionOnly({profile, QStringLiteral("pub"), {}, false},
                                  {QStringLiteral("pub"), secret});
        out[QStringLiteral("sessionReady")] = ready.count() == 1 && session.hasCredentials() &&
                                              session.credentials().privateKey == secret &&
                                              session.isSessionOnly();
        settings.sync();
        QFile file(iniPath);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        out[QStringLiteral("settingsHoldKey")] = !test::findSecret(bytes, secret).isEmpty();
        out[QStringLiteral("settingsHoldProfile")] = bytes.contains("child");
    }
    // Only statuses and explanations are printed, never the key.
    QTextStream(stdout) << kResultTag
                        << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact))
                        << Qt::endl;
    return 0;
}

} // namespace

class TestKeychainFailures final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject runChildProcess(const QString &program, const QStringList &args,
                                QProcessEnvironment env)
    {
        const QString runtime = m_dir.filePath(QStringLiteral("runtime-%1").arg(++m_runs));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("COMPSHARE_IN_KEYRING"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        // A keyring of its own: the parent's keyring file has another password.
        for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = runtime + QLatin1Char('/') + QLatin1String(var);
            QDir().mkpath(dir);
            env.insert(QLatin1String(var), dir);
        }
        env.insert(QStringLiteral("COMPSHARE_CHILD_SETTINGS"),
                   m_dir.filePath(QStringLiteral("child-%1.ini").arg(m_runs)));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype at = out.indexOf(kResultTag);
        if (at < 0) {
            qWarning().noquote() << "child said:" << out << p.readAllStandardError();
            return {};
        }
        const QString line = out.mid(at + kResultTag.size()).section(QLatin1Char('\n'), 0, 0);
        return QJsonDocument::fromJson(line.toUtf8()).object();
    }

    void checkUnavailable(const QJsonObject &r, const QString &mustMention)
    {
        QVERIFY2(!r.isEmpty(), "the child printed no result");
        QCOMPARE(r.value(QStringLiteral("write")).toString(), QStringLiteral("Unavailable"));
        const QString why = r.value(QStringLiteral("writeExplanation")).toString();
        QVERIFY2(why.contains(QLatin1String("gnome-keyring")), qPrintable(why));
        QVERIFY2(why.contains(mustMention, Qt::CaseInsensitive), qPrintable(why));
        QCOMPARE(r.value(QStringLiteral("read")).toString(), QStringLiteral("Unavailable"));
        QCOMPARE(r.value(QStringLiteral("save")).toString(), QStringLiteral("Unavailable"));
        QCOMPARE(r.value(QStringLiteral("profilesAfterSave")).toInt(), 0);
        QVERIFY(r.value(QStringLiteral("sessionReady")).toBool());
        QVERIFY(!r.value(QStringLiteral("settingsHoldKey")).toBool());
        QVERIFY(!r.value(QStringLiteral("settingsHoldProfile")).toBool());
    }

    int m_runs = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void noSecretServiceOnTheBus()
    {
        // A session bus that knows no services: nothing can provide
        // org.freedesktop.secrets, not even by activation.
        const QString conf = m_dir.filePath(QStringLiteral("empty-session.conf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
            "<auth>EXTERNAL</auth><policy context=\"default\">"
            "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
            "<allow own=\"*\"/></policy></busconfig>\n");
        f.close();
        const QJsonObject r = runChildProcess(
            QStringLiteral("dbus-run-session"),
            {QStringLiteral("--config-file=") + conf, QStringLiteral("--"),
             QCoreApplication::applicationFilePath(), kChildArg, QStringLiteral("nosecrets")},
            QProcessEnvironment::systemEnvironment());
        checkUnavailable(r, QStringLiteral("Secret Service"));
    }

    void noSessionBus()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const QJsonObject r = runChildProcess(QCoreApplication::applicationFilePath(),
                                              {kChildArg, QStringLiteral("nobus")}, env);
        checkUnavailable(r, QStringLiteral("D-Bus"));
    }

    void frozenKeyringTimesOut()
    {
        const QJsonObject r = runChildProcess(
            QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("printf %s pw | gnome-keyring-daemon --unlock --components=secrets "
                            "--daemonize >/dev/null; exec \"$@\""),
             QStringLiteral("sh"), QCoreApplication::applicationFilePath(), kChildArg,
             QStringLiteral("hang")},
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(!r.isEmpty(), "the child printed no result");
        QCOMPARE(r.value(QStringLiteral("before")).toString(), QStringLiteral("Ok"));
        QVERIFY(r.value(QStringLiteral("pid")).toInteger() > 0);
        QCOMPARE(r.value(QStringLiteral("read")).toString(), QStringLiteral("TimedOut"));
        QVERIFY(!r.value(QStringLiteral("readExplanation")).toString().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == kChildArg)
        return runChild(args.at(2));
    TestKeychainFailures suite;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_keychainfailures.moc"

// SPDX-License-Identifier: MIT
// Secret hygiene: the console runs as a child process (all its output
// captured) with every debug category on and fresh XDG / TMPDIR folders. It
// adds two profiles through AddKeyDialog against the simulator (keys marked
// LEAKCANARY-), lists, stops an instance, switches profiles, runs the demo.
// Then no private key, no Signature value the client sent and no instance
// Password (base64 or decoded) may appear in stdout/stderr, the settings, the
// cache, the temp folder or the data folder. The gnome-keyring file itself
// (data/keyrings/*.keyring, encrypted by the keyring) is excluded.
#include "demo/DemoCloud.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/CommandLineOptions.h"
#include "session/ConsoleSession.h"
#include "simulator/SimSignature.h"
#include "simulator/Simulator.h"
#include "support/PromptAnswerer.h"
#include "support/SecretForms.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/credentials/AddKeyDialog.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace compshare;

namespace {
QString canary()
{
    return QStringLiteral("LEAKCANARY-") +
           QString::number(QRandomGenerator::global()->generate64(), 16) +
           QString::number(QRandomGenerator::global()->generate64(), 16);
}

bool waitFor(const std::function<bool()> &condition, int ms = 20000)
{
    return QTest::qWaitFor(condition, ms);
}

void addProfile(ui::MainWindow &w, const QString &name, const QString &pub, const QString &priv,
                const QUrl &endpoint)
{
    QAction *add = nullptr;
    const auto actions = w.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().contains(QStringLiteral("API key")))
            add = a;
    }
    if (!add)
        qFatal("no Add API key action");
    add->trigger();
    ui::AddKeyDialog *d = nullptr;
    waitFor([&] { return (d = w.findChild<ui::AddKeyDialog *>()) != nullptr; });
    d->findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(name);
    d->findChild<QLineEdit *>(QStringLiteral("publicKey"))->setText(pub);
    d->findChild<QLineEdit *>(QStringLiteral("privateKey"))->setText(priv);
    d->findChild<QGroupBox *>()->setChecked(true);
    d->findChild<QLineEdit *>(QStringLiteral("endpoint"))->setText(endpoint.toString());
    QPointer<ui::AddKeyDialog> alive(d);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("testAndSave")), Qt::LeftButton);
    if (!waitFor([&] { return !alive || !alive->isVisible(); }))
        qFatal("AddKeyDialog did not finish");
}

// A step of the child that did not happen fails the child: a flow that
// silently did nothing would leave nothing to leak and prove nothing.
[[noreturn]] void childFailed(const char *what)
{
    fprintf(stderr, "child: step failed: %s\n", what);
    fflush(stderr);
    ::_exit(4);
}

void require(bool ok, const char *what)
{
    if (!ok)
        childFailed(what);
}

// Stops the first running ordinary instance and waits until CompShare (or
// the demo cloud) accepted it.
void stopOne(ui::MainWindow &w, ConsoleSession *session)
{
    InstanceTableModel *model = session->model();
    require(waitFor([&] { return model->rowCount() > 0; }), "the list never appeared");
    for (const Instance &i : model->instances()) {
        if (i.state == InstanceState::Running && !i.isSpot() && !i.hasUnknownImageStatus()) {
            QSignalSpy accepted(session->stopController(), &StopController::operationAccepted);
            (new test::PromptAnswerer(w.prompts()))
                ->answerNext(test::PromptAnswerer::Answer::Accept);
            w.actions()->triggerRowAction(i.id);
            require(waitFor([&] { return accepted.count() > 0; }), "the stop was not accepted");
            return;
        }
    }
    childFailed("no running instance to stop");
}

void waitForAccount(ConsoleSession *session, const QString &publicKey, int rows, const char *what)
{
    require(waitFor([&] {
                return session->transport()->publicKey() == publicKey &&
                       session->model()->rowCount() == rows &&
                       session->scheduler()->lastSuccess().isValid();
            }),
            what);
}

// The console flows; writes what must not leak to the oracle file.
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    sim::Simulator sim;
    require(sim.loadScenario(sim::Simulator::demoScenario()), "scenario");
    const QString pubA = QStringLiteral("PUBA-") + canary(), privA = canary();
    const QString pubB = QStringLiteral("PUBB-") + canary(), privB = canary();
    sim.addAccount(pubA, privA);
    sim.addAccount(pubB, privB);
    require(sim.listen(), "the simulator did not listen");

    CommandLineOptions options;
    options.endpoint = sim.url();
    AccountSession account(options);
    account.setDemoStarter(&DemoCloud::startNew);
    ui::MainWindow w(&account);
    ConsoleSession *session = account.session();
    account.start();
    w.show();
    const int rows = int(sim.instanceCount());
    addProfile(w, QStringLiteral("canary-a"), pubA, privA, sim.url());
    waitForAccount(session, pubA, rows, "profile A never listed");
    const int stopsBefore = int(sim.journal(QStringLiteral("StopCompShareInstance")).size());
    stopOne(w, session);
    require(sim.journal(QStringLiteral("StopCompShareInstance")).size() == stopsBefore + 1,
            "the stop did not reach the simulator exactly once");
    addProfile(w, QStringLiteral("canary-b"), pubB, privB, sim.url());
    waitForAccount(session, pubB, rows, "profile B never listed");
    // Switch back through the toolbar's profile switcher.
    auto *switcher = w.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    require(switcher, "no profile switcher");
    const int a = switcher->findText(QStringLiteral("canary-a"), Qt::MatchContains);
    require(a >= 0, "profile A is not in the switcher");
    switcher->setCurrentIndex(a);
    emit switcher->activated(a);
    require(waitFor([&] { return session->transport()->publicKey() == pubA; }),
            "switching back to profile A did not happen");
    // The demo flow.
    w.startDemo();
    require(waitFor([&] {
                return session->transport()->publicKey() == sim::Simulator::demoPublicKey();
            }),
            "the demo did not start");
    stopOne(w, session);

    QFile oracle(qEnvironmentVariable("COMPSHARE_ORACLE"));
    if (!oracle.open(QIODevice::WriteOnly))
        return 2;
    QStringList secrets{privA, privB};
    int signatures = 0;
    for (const sim::JournalEntry &e : sim.journal()) {
        const QString pub = e.params.value(QStringLiteral("PublicKey"));
        const QString priv = pub == pubA ? privA : pub == pubB ? privB : QString();
        if (!priv.isEmpty()) {
            secrets << sim::expectedSignature(e.params, priv);
            ++signatures;
        }
    }
    for (const QJsonObject &o : sim.instances()) {
        const QString password = o.value(QStringLiteral("Password")).toString();
        if (!password.isEmpty()) {
            secrets << password << QString::fromUtf8(QByteArray::fromBase64(password.toLatin1()));
        }
    }
    oracle.write(secrets.join(QLatin1Char('\n')).toUtf8());
    fprintf(stderr, "child: %d requests signed with the canary keys, %d stops\n", signatures,
            int(sim.journal(QStringLiteral("StopCompShareInstance")).size()));
    return signatures > 0 ? 0 : 3;
}
} // namespace

class TestSecretHygiene final : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInOutputOrFiles()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString config = root.filePath(QStringLiteral("config"));
        const QString cache = root.filePath(QStringLiteral("cache"));
        const QString tmp = root.filePath(QStringLiteral("tmp"));
        QDir().mkpath(config);
        QDir().mkpath(cache);
        QDir().mkpath(tmp);
        QTemporaryDir oracleDir; // outside every scanned folder
        const QString oraclePath = oracleDir.filePath(QStringLiteral("oracle"));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        env.insert(QStringLiteral("TMPDIR"), tmp);
        env.insert(QStringLiteral("COMPSHARE_ORACLE"), oraclePath);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        QVERIFY(child.waitForFinished(90000));
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, err.right(2000).constData());
        QVERIFY(err.contains("compshare.")); // debug output really was on

        QFile oracle(oraclePath);
        QVERIFY(oracle.open(QIODevice::ReadOnly));
        const QList<QByteArray> secrets = oracle.readAll().split('\n');
        oracle.remove();
        QVERIFY(secrets.size() > 10);

        // Every file of the scanned folders, keyring file excluded.
        QList<QPair<QString, QByteArray>> haystacks{{QStringLiteral("stdout"), out},
                                                    {QStringLiteral("stderr"), err}};
        QStringList folders{config, cache, tmp};
        const QString data = qEnvironmentVariable("XDG_DATA_HOME");
        if (!data.isEmpty())
            folders << data;
        int files = 0;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String(".keyring")))
                    continue;
                QFile f(path);
                if (f.open(QIODevice::ReadOnly)) {
                    haystacks.append({path, f.readAll()});
                    ++files;
                }
            }
        }
        QVERIFY(files > 0); // at least the profiles' settings file
        int checked = 0;
        for (const QByteArray &secret : secrets) {
            if (secret.size() < 8)
                continue;
            ++checked;
            // Literally, or base64-, UTF-16-, percent- or hex-encoded.
            for (const auto &[where, text] : haystacks) {
                const QString form = test::findSecret(text, QString::fromUtf8(secret));
                QVERIFY2(
                    form.isEmpty(),
                    qPrintable(QStringLiteral("a secret appears (%1) in %2").arg(form, where)));
            }
        }
        qInfo("%d secrets checked against %d bytes of output and %d files", checked,
              int(out.size() + err.size()), files);
    }
};

int main(int argc, char **argv)
{
    for (int k = 1; k < argc; ++k) {
        if (qstrcmp(argv[k], "--child") == 0)
            return runChild(argc, argv);
    }
    QApplication app(argc, argv);
    TestSecretHygiene test;
    return QTest::qExec(&test, argc, argv);
}

#include "session/AccountSession.h"
#include "tst_secrethygiene.moc"

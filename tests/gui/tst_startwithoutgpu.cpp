// SPDX-License-Identifier: MIT
// Start without GPU (无卡开机), verified (issue 22, item 2): the API page's
// WithoutGpu=true goes with the official CLI's WithoutGpuSpec where the
// listing offers a GPU-less spec, and once the instance runs the listing is
// checked: listed with its GPUs, the user is told at once, with the price.
#include "domain/BillingRules.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "text/InstanceText.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/CompShareClient.h"
#include "work/RefreshScheduler.h"

#include <QAction>
#include <QJsonValue>
#include <QSettings>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::smallScenario;

namespace {
const QString kStart = QStringLiteral("StartCompShareInstance");

struct Console : compshare::test::ConsoleWindow
{
    Console()
        : ConsoleWindow(smallScenario({{QStringLiteral("uhost-off"), QStringLiteral("hk"),
                                        QStringLiteral("Stopped"), QStringLiteral("Postpay")}}),
                        QSize(1280, 720), true)
    {}
    void startWithoutGpu()
    {
        QTRY_COMPARE(model()->rowCount(), 1);
        window->table()->selectRow(0);
        QAction *action = window->actions()->startWithoutGpuAction();
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QTRY_COMPARE(fixture.count(kStart), 1);
    }
    const Instance *listed() const { return model()->instance(QStringLiteral("uhost-off")); }
    QString banner() const { return window->operationBanner()->text(); }
};
} // namespace

class TestStartWithoutGpu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void sendsBothParametersAndTheListingAgrees()
    {
        Console c;
        c.startWithoutGpu();
        const auto start = c.fixture.entries(kStart).first();
        QCOMPARE(start.params.value(QStringLiteral("WithoutGpu")), QStringLiteral("true"));
        QCOMPARE(start.params.value(QStringLiteral("WithoutGpuSpec")),
                 CompShareClient::defaultWithoutGpuSpec());
        QTRY_COMPARE(c.listed()->state, InstanceState::Running);
        QCOMPARE(c.listed()->gpuCount, 0);
        QVERIFY2(!c.banner().contains(QLatin1String("without GPU")), qPrintable(c.banner()));
        QCOMPARE(c.fixture.count(kStart), 1);
    }

    void noSpecListedSendsOnlyTheDocumentedParameter()
    {
        Console c;
        c.fixture.sim().setInstanceField(QStringLiteral("uhost-off"),
                                         QStringLiteral("WithoutGpuSpec"), QJsonValue());
        c.session()->scheduler()->refreshNow();
        QTRY_VERIFY(c.listed() && !c.listed()->hasWithoutGpuSpec);
        c.startWithoutGpu();
        const auto start = c.fixture.entries(kStart).first();
        QCOMPARE(start.params.value(QStringLiteral("WithoutGpu")), QStringLiteral("true"));
        QVERIFY(!start.params.contains(QStringLiteral("WithoutGpuSpec")));
    }

    void gpusStillListedAreNamedAtOnceWithThePrice()
    {
        Console c;
        c.fixture.sim().setIgnoreWithoutGpu(true); // takes the start, boots the GPUs anyway
        c.startWithoutGpu();
        QTRY_COMPARE(c.listed()->state, InstanceState::Running);
        QTRY_VERIFY2(c.banner().contains(QLatin1String("was started without GPU")),
                     qPrintable(c.banner()));
        QVERIFY2(c.banner().contains(QLatin1String("test-uhost-off")), qPrintable(c.banner()));
        QVERIFY2(c.banner().contains(QLatin1String("running with 1 GPU")), qPrintable(c.banner()));
        const CostFigure figure = BillingRules::runningBill(*c.listed()).figure();
        QVERIFY(figure.isExact());
        const QString price = InstanceText::pricePerHour(figure.value);
        QVERIFY2(c.banner().contains(QStringLiteral("it costs %1 now").arg(price)),
                 qPrintable(c.banner()));
        QVERIFY(c.window->operationBanner()->isVisible());
        QCOMPARE(c.fixture.count(kStart), 1); // told, never resent
    }
};

QTEST_MAIN(TestStartWithoutGpu)
#include "tst_startwithoutgpu.moc"

// SPDX-License-Identifier: MIT
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace compshare;

namespace {
Instance make(const QString &id, const QString &name, const QString &region, InstanceState state,
              int gpus, const QString &ip = {})
{
    Instance i;
    i.id = id;
    i.name = name;
    i.region = region;
    i.zone = region + QStringLiteral("-01");
    i.state = state;
    i.gpuCount = gpus;
    i.chargeType = ChargeType::Postpay;
    if (!ip.isEmpty())
        i.ips.append({ip, QStringLiteral("BGP"), QStringLiteral("IPv4")});
    return i;
}
} // namespace

class TestInstanceFilterProxy final : public QObject
{
    Q_OBJECT

private:
    InstanceStore m_store;
    InstanceTableModel m_model{&m_store};
    InstanceFilterProxy m_proxy;

    QStringList visibleIds() const
    {
        QStringList ids;
        for (int r = 0; r < m_proxy.rowCount(); ++r)
            ids << m_proxy.index(r, 0).data(InstanceTableModel::InstanceIdRole).toString();
        return ids;
    }

private slots:
    void init()
    {
        m_store.applyFullList({
            make(QStringLiteral("uhost-a"), QStringLiteral("训练机 A"), QStringLiteral("cn-wlcb"),
                 InstanceState::Running, 10, QStringLiteral("203.0.113.5")),
            make(QStringLiteral("uhost-b"), QStringLiteral("render box"), QStringLiteral("cn-sh2"),
                 InstanceState::Stopped, 2),
            make(QStringLiteral("uhost-c"), QStringLiteral("notebook"), QStringLiteral("hk"),
                 InstanceState::Stopping, 1),
        });
        m_proxy.setSourceModel(&m_model);
        m_proxy.setSearchText({});
        m_proxy.setRegion({});
        m_proxy.setStateFilter(InstanceFilterProxy::StateFilter::All);
    }

    void testerPasses()
    {
        QAbstractItemModelTester tester(&m_proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy.sort(InstanceTableModel::GpuColumn);
        m_proxy.setSearchText(QStringLiteral("box"));
    }

    void sortsGpuCountNumerically()
    {
        m_proxy.sort(InstanceTableModel::GpuColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(), (QStringList{QStringLiteral("uhost-c"), QStringLiteral("uhost-b"),
                                            QStringLiteral("uhost-a")}));
    }

    void searchMatchesNameIdAndIp()
    {
        m_proxy.setSearchText(QStringLiteral("训练"));
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("uhost-a")});
        m_proxy.setSearchText(QStringLiteral("UHOST-B"));
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("uhost-b")});
        m_proxy.setSearchText(QStringLiteral("203.0.113"));
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("uhost-a")});
    }

    void filtersRegionAndState()
    {
        m_proxy.setRegion(QStringLiteral("hk"));
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("uhost-c")});
        m_proxy.setRegion({});
        m_proxy.setStateFilter(InstanceFilterProxy::StateFilter::Running);
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("uhost-a")});
        m_proxy.setStateFilter(InstanceFilterProxy::StateFilter::Transitional);
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("uhost-c")});
        QVERIFY(m_proxy.isFiltering());
    }

    void sortSurvivesAChangedRow()
    {
        m_proxy.sort(InstanceTableModel::GpuColumn, Qt::DescendingOrder);
        auto list = m_model.instances();
        list[1].gpuCount = 20; // uhost-b now has the most GPUs
        m_store.applyFullList(list);
        QCOMPARE(visibleIds().first(), QStringLiteral("uhost-b"));
    }
};

QTEST_GUILESS_MAIN(TestInstanceFilterProxy)
#include "tst_instancefilterproxy.moc"

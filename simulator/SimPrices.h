// SPDX-License-Identifier: MIT
// GetCompShareInstancePrice: the price table behind it and the action itself
// (request and answer as compshare-docs/getcompshareinstanceprice.md and the
// official SDK's client.py give them). The table is built in, can be changed
// per scenario ("prices") or by a test, so the price action can disagree with
// the listing's figures; a refusal mode answers every call with a RetCode or
// an HTTP status. Units: Instance, Disks and SystemDisks are per period (Year,
// Month, Day) or per hour (Dynamic, Postpay, Spot); CompShareImage is per GPU
// per hour in every mode (the SDK: 镜像价格/Gpu/小时).
#pragma once

#include "simulator/SimInstanceStore.h"
#include "simulator/Simulator.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace compshare::sim {

inline const QString kPriceAction = QStringLiteral("GetCompShareInstancePrice");

class SimPrices final
{
public:
    SimPrices(); // the built-in table, no refusal

    // A scenario's "prices" object (docs/SIMULATOR.md), over the built-in
    // table. False with *error naming the place; *out is then unchanged.
    static bool fromJson(const QJsonObject &json, SimPrices *out, QString *error);

    // Per GPU, for one period of chargeType (an hour for Dynamic/Postpay/Spot).
    void setInstancePrice(const QString &gpuType, const QString &chargeType, double perGpu);
    // Per GPU per hour. Without an entry an image is priced from the listing:
    // CompShareImagePrice / GPU of the first instance carrying that image id.
    void setImagePrice(const QString &imageId, double perGpuPerHour);
    // Per GB per hour; a day, month or year is 24, 720 or 8760 hours.
    void setDiskPrice(const QString &diskType, double perGbPerHour);
    // PriceDetails = OriginalPriceDetails x factor (ListPriceDetails = original);
    // discountType 1 (night) or 2 (holiday) is sent as InstanceDiscountType, 0: not sent.
    void setDiscount(double factor, int discountType);
    void setRefusal(const PriceRefusal &refusal) { m_refusal = refusal; }
    const PriceRefusal &refusal() const { return m_refusal; }

    // The answer object (RetCode 0 with the three lists, or an error).
    QJsonObject answer(const QMap<QString, QString> &params, const SimInstanceStore &store) const;

private:
    QHash<QString, QHash<QString, double>> m_instance; // GPU type -> charge type -> per GPU
    QHash<QString, double> m_images;                   // image id -> per GPU per hour
    QHash<QString, double> m_disks;                    // disk type -> per GB per hour
    double m_discount = 1.0;
    int m_discountType = 0;
    PriceRefusal m_refusal;
};

} // namespace compshare::sim

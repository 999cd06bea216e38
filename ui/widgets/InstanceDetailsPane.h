// SPDX-License-Identifier: MIT
// Every field of the selected instance in a form, with a button to copy its
// SSH command. Never shows a password: Instance does not hold one.
#pragma once

#include "domain/Instance.h"
#include "domain/PriceCheck.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace compshare::ui {

class GpuHistoryView;

class InstanceDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Field
    {
        Name,
        Id,
        State,
        Region,
        ChargeType,
        Gpu,
        Cpu,
        Memory,
        Price,
        Image,
        Ips,
        Created,
        Expires,
        AutoRenew,
        Os,
        Remark,
        Tag,
        SshCommand,
        ActionBlocked, // why the row's action is disabled; hidden when it is not
        CostNow,       // CostText breakdown: uptime and cost so far, reclaim, expiry
        GpuUse,        // per-GPU utilisation, or why there is none
    };
    Q_ENUM(Field)

    explicit InstanceDetailsPane(QWidget *parent = nullptr);

    // Shows `instance` (copied), or clears the pane for nullptr.
    // The session's clock, for "Cost now" and the reclaim countdown.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // The price action's word on an instance (the table model keeps it), for
    // the Price and Cost now fields; without it, the listing's figures alone.
    void setPriceChecks(std::function<PriceCheck(const Instance &)> checkOf)
    {
        m_checkOf = std::move(checkOf);
    }
    void setInstance(const Instance *instance);
    // Why the instance's action is disabled (image being made, lock,
    // operation under way): shown as its own row; empty hides the row.
    void setActionBlockedReason(const QString &reason);
    void clear();
    // Shown instead of the placeholder when nothing is selected (the cost summary).
    void setSummary(QWidget *summary);
    // The 24-hour GPU chart, placed under "GPU use:" and told the instance shown.
    void setHistoryView(GpuHistoryView *view);
    bool hasInstance() const { return m_hasInstance; }

    QString fieldText(Field field) const;
    QPushButton *copySshButton() const { return m_copySsh; }
    // The pane's Tab stop (the scrolled form).
    QWidget *focusTarget() const;
    QLabel *spotBadge() const { return m_spotBadge; }

signals:
    void sshCommandCopied();

private:
    QLabel *addField(Field field, const QString &label);
    // A row of the form: its name, then the field; returns the name's label.
    QLabel *addRow(const QString &name, QWidget *field);
    void setField(Field field, const QString &text);

    QHash<Field, QLabel *> m_fields;
    QHash<Field, QString> m_labels; // the field's name, for its accessible name
    QLabel *m_placeholder = nullptr;
    QWidget *m_summary = nullptr;
    QWidget *m_form = nullptr;
    QScrollArea *m_scroll = nullptr;
    // A grid, not a QFormLayout: in Qt 6.4 the form layout kept row heights
    // that no longer matched its fields after a refresh (only invalidating
    // it by hand mended them), so a field whose new text wrapped to more
    // lines lost its last ones.
    QGridLayout *m_grid = nullptr;
    int m_rows = 0;
    int m_historyRow = -1; // kept empty under "GPU use:" for the 24-hour chart
    QLabel *m_actionBlockedName = nullptr;
    QLabel *m_spotBadge = nullptr;
    GpuHistoryView *m_history = nullptr;
    QPushButton *m_copySsh = nullptr;
    QString m_sshCommand;
    bool m_hasInstance = false;
    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    std::function<PriceCheck(const Instance &)> m_checkOf;
};

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// Confirmation of a forced stop of one spot instance. It looks different from
// the ordinary confirmation, defaults to Cancel, and enables "Force stop"
// only once the user ticks that they understand. It never offers
// "don't ask again": a force stop is always confirmed.
#pragma once

#include "domain/Instance.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace compshare::ui {

class ForceStopDialog final : public QDialog
{
    Q_OBJECT

public:
    // imageWarning: StopConfirmDialog::imageStatusWarning(instance) when this
    // dialog is the one that says it (PromptService says it once), else empty.
    explicit ForceStopDialog(const Instance &instance, QWidget *parent = nullptr,
                             const QString &imageWarning = {});

    const Instance &instance() const { return m_instance; }
    // True once the user ticked the confirmation and pressed Force stop.
    bool forceConfirmed() const;

    QCheckBox *understandCheckBox() const { return m_understand; }
    QPushButton *forceStopButton() const { return m_force; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    Instance m_instance;
    QCheckBox *m_understand = nullptr;
    QPushButton *m_force = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace compshare::ui

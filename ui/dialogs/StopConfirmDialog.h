// SPDX-License-Identifier: MIT
// Confirmation of an ordinary (not spot) stop of one instance: names the
// instance, says what stopping does to the bill, offers "don't ask again".
#pragma once

#include "domain/Instance.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace compshare::ui {

class StopConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    // imageWarning: imageStatusWarning(instance) when this dialog is the one
    // that says it (PromptService says it once), else empty.
    explicit StopConfirmDialog(const Instance &instance, QWidget *parent = nullptr,
                               const QString &imageWarning = {});

    // A warning for an image status the console does not know (empty when it
    // is known); none refuses for it, and it never stops "Don't ask again".
    static QString imageStatusWarning(const Instance &instance);

    const Instance &instance() const { return m_instance; }
    bool dontAskAgain() const;

    QCheckBox *dontAskAgainCheckBox() const { return m_dontAsk; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    Instance m_instance;
    QCheckBox *m_dontAsk = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace compshare::ui

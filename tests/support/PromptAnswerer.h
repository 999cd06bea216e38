// SPDX-License-Identifier: MIT
// The test double for PromptService's user: it answers the next prompt by
// driving the real dialog the service opens, as a user would (tick "I
// understand" and press Force stop, press Stop, Reboot or Cancel). So a test
// that "accepts" a force stop goes through ForceStopDialog, never around it.
// Header-only, as the support library does not link the widgets.
#pragma once

#include "ui/PromptService.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <optional>

namespace compshare::test {

class PromptAnswerer final : public QObject
{
public:
    enum class Answer
    {
        Accept,
        Cancel
    };

    explicit PromptAnswerer(ui::PromptService *prompts)
        : QObject(prompts)
    {
        connect(prompts, &ui::PromptService::promptOpened, this, [this](QDialog *dialog) {
            if (!m_next)
                return;
            const Answer answer = *m_next;
            m_next.reset();
            ++m_answered;
            answerDialog(dialog, answer);
        });
    }

    // The next prompt is answered this way; later ones are left to the test.
    void answerNext(Answer answer) { m_next = answer; }
    void clear() { m_next.reset(); }
    int answered() const { return m_answered; }

    // Accept: tick every force confirmation, then press the accepting button.
    static void answerDialog(QDialog *dialog, Answer answer)
    {
        if (answer == Answer::Cancel) {
            dialog->reject();
            return;
        }
        const auto ticks = dialog->findChildren<QCheckBox *>();
        for (QCheckBox *tick : ticks) {
            const QString name = tick->objectName();
            if (name == QLatin1String("understandCheckBox") ||
                name.startsWith(QLatin1String("force_")))
                tick->setChecked(true);
        }
        for (const char *name : {"forceStopButton", "stopButton", "rebootButton", "startButton"}) {
            if (auto *button = dialog->findChild<QAbstractButton *>(QLatin1String(name));
                button && button->isVisible()) {
                QVERIFY2(button->isEnabled(), name);
                button->click();
                return;
            }
        }
        QFAIL("PromptAnswerer: no accepting button in the dialog");
    }

private:
    std::optional<Answer> m_next;
    int m_answered = 0;
};

} // namespace compshare::test

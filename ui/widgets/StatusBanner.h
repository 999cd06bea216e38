// SPDX-License-Identifier: MIT
// A banner over the instance table: an error, warning or note, with an
// optional action button ("Fix credentials…", "Retry now") and a close
// button. Hidden until showMessage().
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace compshare::ui {

class StatusBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Info
    };
    Q_ENUM(Kind)

    explicit StatusBanner(QWidget *parent = nullptr);

    // Shows the banner; an empty actionText hides the action button.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    // Protocol facts (RetCode, message, request id) behind a "Copy details"
    // button; empty hides the button. Set after showMessage().
    void setDetails(const QString &details);
    QString details() const { return m_details; }
    QPushButton *copyButton() const { return m_copy; }
    // Hides it (as the close button does) and emits dismissed().
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    QToolButton *closeButton() const { return m_close; }

signals:
    void actionClicked();
    void dismissed();

private:
    void applyLook();

    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_details;
    QToolButton *m_close = nullptr;
};

} // namespace compshare::ui

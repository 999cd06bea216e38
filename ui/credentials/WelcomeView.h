// SPDX-License-Identifier: MIT
// Shown instead of an empty table while there are no credentials.
#pragma once

#include <QWidget>

namespace compshare::ui {

class WelcomeView final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

signals:
    void addKeyRequested();
    void demoRequested();
};

} // namespace compshare::ui

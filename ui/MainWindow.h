// SPDX-License-Identifier: MIT
#pragma once

#include "core/CommandLineOptions.h"

#include <QMainWindow>

namespace compshare::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const CommandLineOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    CommandLineOptions m_options;
};

} // namespace compshare::ui

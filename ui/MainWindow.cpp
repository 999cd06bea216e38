// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace compshare::ui {

MainWindow::MainWindow(const CommandLineOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setWindowTitle(tr("CompShare Console"));
    resize(1200, 720);
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    setCentralWidget(new QLabel(tr("No instances yet."), this));
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

} // namespace compshare::ui

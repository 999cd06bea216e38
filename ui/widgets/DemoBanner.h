// SPDX-License-Identifier: MIT
// The strip shown while the console runs on the built-in demo cloud, so
// nobody mistakes it for their account.
#pragma once

#include <QFrame>

class QPushButton;

namespace compshare::ui {

class DemoBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QPushButton *addApiKeyButton() const { return m_addKey; }

signals:
    void addApiKeyRequested();

private:
    QPushButton *m_addKey = nullptr;
};

} // namespace compshare::ui

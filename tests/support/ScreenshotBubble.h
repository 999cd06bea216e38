// SPDX-License-Identifier: MIT
// For docs/screenshots: with COMPSHARE_SCREENSHOT_DIR set, GUI tests save
// widgets, and texts (a tooltip, a recorded desktop notification) drawn the
// way a bubble looks. Without it, nothing is written.
#pragma once

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

namespace compshare::test {

inline void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("COMPSHARE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

inline void saveBubble(const QString &title, const QString &text, const QString &name,
                       const QStringList &actions = {})
{
    if (qEnvironmentVariable("COMPSHARE_SCREENSHOT_DIR").isEmpty())
        return;
    QWidget bubble;
    bubble.setStyleSheet(QStringLiteral(
        "QWidget { background: #fdfdf3; color: #202020; } QLabel#title { font-weight: bold; }"));
    auto *layout = new QVBoxLayout(&bubble);
    if (!title.isEmpty()) {
        auto *t = new QLabel(title, &bubble);
        t->setObjectName(QStringLiteral("title"));
        layout->addWidget(t);
    }
    auto *body = new QLabel(text, &bubble);
    body->setTextFormat(Qt::PlainText);
    layout->addWidget(body);
    if (!actions.isEmpty()) {
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        for (const QString &action : actions)
            row->addWidget(new QPushButton(action, &bubble));
        layout->addLayout(row);
    }
    bubble.adjustSize();
    bubble.show();
    saveScreenshot(&bubble, name);
}

} // namespace compshare::test

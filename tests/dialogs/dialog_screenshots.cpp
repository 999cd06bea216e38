// SPDX-License-Identifier: MIT
// Not a test: saves the three stop confirmations as PNGs for a human to look
// at (docs, reviews). Usage: dialog-screenshots DIR (offscreen is fine).
#include "support/TestInstances.h"
#include "ui/PromptService.h"
#include "ui/dialogs/BatchStopDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QTimer>
#include <cstdio>

using namespace compshare;
using compshare::test::makeInstance;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dialog-screenshots DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QWidget parent;
    parent.resize(900, 600);
    parent.show();
    ui::PromptService prompts;
    QList<QDialog *> opened;
    QObject::connect(&prompts, &ui::PromptService::promptOpened,
                     [&opened](QDialog *d) { opened.append(d); });
    const Instance ordinary = makeInstance(QStringLiteral("uhost-ord1"), QStringLiteral("trainer"),
                                           ChargeType::Postpay, 2.5);
    const Instance monthly = makeInstance(QStringLiteral("uhost-ord2"), QStringLiteral("notebook"),
                                          ChargeType::Month, 1.25);
    const Instance spot = makeInstance(QStringLiteral("uhost-spot1"), QStringLiteral("cheap-run"),
                                       ChargeType::Spot, 0.75);
    const Instance spot3 =
        makeInstance(QStringLiteral("uhost-spot3"),
                     QStringLiteral("a-rather-long-spot-instance-name-01"), ChargeType::Spot, 12.5);
    prompts.confirmStop(&parent, {ordinary}, false, [](const auto &) {});
    prompts.confirmStop(&parent, {spot}, false, [](const auto &) {});
    prompts.confirmStop(&parent, {ordinary, spot, monthly, spot3}, false, [](const auto &) {});
    const QStringList names{QStringLiteral("stop-confirm.png"), QStringLiteral("force-stop.png"),
                            QStringLiteral("batch-stop.png")};
    int failures = 0;
    QTimer::singleShot(200, &app, [&] {
        for (int i = 0; i < opened.size() && i < names.size(); ++i) {
            QDialog *dialog = opened.at(i);
            if (auto *batch = qobject_cast<ui::BatchStopDialog *>(dialog))
                batch->forceCheckBox(spot.id)->setChecked(true);
            dialog->adjustSize();
            if (!dialog->grab().save(dir.filePath(names.at(i))))
                ++failures;
            dialog->close();
        }
        app.exit(opened.size() == names.size() && failures == 0 ? 0 : 1);
    });
    return app.exec();
}

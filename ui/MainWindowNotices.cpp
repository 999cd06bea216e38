// SPDX-License-Identifier: MIT
// MainWindow's notices above every page: a foreign API endpoint, and keys
// that cannot be used. Kept apart from MainWindow.cpp.
#include "base/SentenceJoin.h"
#include "ui/MainWindow.h"
#include "ui/text/KeyProblemText.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/EndpointPolicy.h"

#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace compshare::ui {

QWidget *MainWindow::buildNotices()
{
    auto *notices = new QWidget(this);
    notices->setObjectName(QStringLiteral("notices"));
    auto *layout = new QVBoxLayout(notices);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(0);
    m_endpointBanner = new StatusBanner(notices);
    m_endpointBanner->setObjectName(QStringLiteral("endpointBanner"));
    m_endpointBanner->hide();
    m_keyBanner = new StatusBanner(notices);
    m_keyBanner->setObjectName(QStringLiteral("keyBanner"));
    m_keyBanner->hide();
    connect(m_keyBanner, &StatusBanner::actionClicked, this, &MainWindow::openAddKeyDialog);
    layout->addWidget(m_endpointBanner);
    layout->addWidget(m_keyBanner);
    return notices;
}

void MainWindow::updateEndpointNotice(const QUrl &endpoint, bool refused)
{
    if (refused || !EndpointPolicy::isForeign(endpoint)) {
        m_endpointBanner->hide();
        return;
    }
    const QString host = endpoint.port() == -1 ? endpoint.host()
                                               : endpoint.host() + QLatin1Char(':') +
                                                     QString::number(endpoint.port());
    //: %1 is the host name of the API endpoint in use, e.g. api.example.com
    m_endpointBanner->showMessage(
        StatusBanner::Kind::Warning,
        tr("Requests signed with your key go to %1, not to CompShare's own API "
           "(api.compshare.cn). Whoever runs %1 can replay them at CompShare for as long as the "
           "key is valid: use it only if you trust it.")
            .arg(host));
    // It stays while this endpoint is in use: no way to close it.
    m_endpointBanner->closeButton()->hide();
}

void MainWindow::noteKeyProblem(const KeyProblem &problem)
{
    if (!m_keyProblems.contains(problem))
        m_keyProblems.append(problem);
    if (!problem.ignored)
        showList(); // nothing is connected: the list page with its banner
    showKeyProblems();
}

void MainWindow::forgetProfileKeyProblems()
{
    m_keyProblems.erase(std::remove_if(m_keyProblems.begin(), m_keyProblems.end(),
                                       [](const KeyProblem &p) { return !p.ignored; }),
                        m_keyProblems.end());
    showKeyProblems();
}

void MainWindow::showKeyProblems()
{
    if (m_keyProblems.isEmpty()) {
        m_keyBanner->hide();
        return;
    }
    QStringList sentences;
    bool stopped = false;
    for (const KeyProblem &p : std::as_const(m_keyProblems)) {
        sentences << KeyProblemText::sentence(p);
        stopped = stopped || !p.ignored;
    }
    m_keyBanner->showMessage(stopped ? StatusBanner::Kind::Error : StatusBanner::Kind::Warning,
                             SentenceJoin::join(sentences), tr("Fix credentials…"));
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
#include "ui/dialogs/RenameDialog.h"

#include "domain/InstanceName.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace compshare::ui {

RenameDialog::RenameDialog(const Instance &instance, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
{
    setObjectName(QStringLiteral("RenameDialog"));
    const QString shown = instance.name.isEmpty() ? instance.id : instance.name;
    setWindowTitle(tr("Rename %1").arg(shown));
    auto *layout = new QVBoxLayout(this);
    //: %1 the instance's name, %2 its id
    auto *prompt = new QLabel(
        tr("New name for %1 (%2):").arg(shown.toHtmlEscaped(), instance.id.toHtmlEscaped()), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_edit = new QLineEdit(instance.name, this);
    m_edit->setObjectName(QStringLiteral("nameEdit"));
    prompt->setBuddy(m_edit);
    layout->addWidget(m_edit);
    auto *rule = new QLabel(tr("Up to %1 characters: Chinese characters, letters, digits and "
                               "_ . , : -")
                                .arg(InstanceName::kMaxLength),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    //: button: send the new name
    m_rename = buttons->addButton(tr("Rename"), QDialogButtonBox::AcceptRole);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_rename->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (InstanceName::check(newName(), m_instance.name).ok())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &RenameDialog::check);
    layout->addWidget(buttons);
    m_edit->selectAll();
    m_edit->setFocus();
    check();
    setMinimumWidth(420);
}

QString RenameDialog::newName() const
{
    return m_edit->text();
}

bool RenameDialog::renameConfirmed() const
{
    return result() == QDialog::Accepted && InstanceName::check(newName(), m_instance.name).ok();
}

void RenameDialog::check()
{
    const NameCheck c = InstanceName::check(newName(), m_instance.name);
    QString problem;
    switch (c.problem) {
    case NameCheck::Problem::None:
    case NameCheck::Problem::Unchanged: // nothing to say, nothing to send
        break;
    case NameCheck::Problem::Empty:
        problem = tr("The name cannot be empty.");
        break;
    case NameCheck::Problem::TooLong:
        //: %n the most characters a name may have
        problem = tr("The name is longer than %n character(s).", nullptr, InstanceName::kMaxLength);
        break;
    case NameCheck::Problem::BadCharacter:
        //: %1 the character, e.g. “ ” or “/”
        problem = c.character == QLatin1String(" ")
                      ? tr("A name cannot contain spaces.")
                      : tr("A name cannot contain “%1”.").arg(c.character);
        break;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_rename->setEnabled(c.ok());
}

} // namespace compshare::ui

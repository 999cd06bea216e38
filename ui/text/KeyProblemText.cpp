// SPDX-License-Identifier: MIT
#include "ui/text/KeyProblemText.h"

namespace compshare::ui {
namespace {

QString environmentSentence(const KeyProblem &p)
{
    switch (p.defect) {
    case KeyDefect::Blank:
        //: %1 is an environment variable such as COMPSHARE_PRIVATE_KEY
        return KeyProblemText::tr("%1 is set but blank. While it is set, the console uses no other "
                                  "key, so it is connected to no account. Set it to your key, or "
                                  "unset it.")
            .arg(p.where);
    case KeyDefect::Quoted:
        //: %1 is an environment variable such as COMPSHARE_PRIVATE_KEY
        return KeyProblemText::tr("%1 is wrapped in quotes. While it is set, the console uses no "
                                  "other key, so it is connected to no account. Set it to the key "
                                  "alone, without the quotes.")
            .arg(p.where);
    case KeyDefect::InnerWhitespace:
        //: %1 is an environment variable such as COMPSHARE_PRIVATE_KEY
        return KeyProblemText::tr("%1 has a space or line break inside the key. While it is set, "
                                  "the console uses no other key, so it is connected to no "
                                  "account. Copy the key again as one line.")
            .arg(p.where);
    case KeyDefect::NotAscii:
    case KeyDefect::None:
        break;
    }
    //: %1 is an environment variable such as COMPSHARE_PRIVATE_KEY
    return KeyProblemText::tr("%1 holds a character no CompShare key has (keys are plain ASCII "
                              "letters, digits and symbols). While it is set, the console uses no "
                              "other key, so it is connected to no account. Copy the key again "
                              "from the CompShare console.")
        .arg(p.where);
}

QString publicKeySentence(const KeyProblem &p)
{
    switch (p.defect) {
    case KeyDefect::Blank:
        //: %1 is a profile name
        return KeyProblemText::tr("The public key of profile \"%1\" is blank. Enter the key pair "
                                  "again.")
            .arg(p.where);
    case KeyDefect::Quoted:
        //: %1 is a profile name
        return KeyProblemText::tr("The public key of profile \"%1\" is wrapped in quotes. Enter "
                                  "the key pair again, without the quotes.")
            .arg(p.where);
    case KeyDefect::InnerWhitespace:
        //: %1 is a profile name
        return KeyProblemText::tr("The public key of profile \"%1\" has a space or line break "
                                  "inside it. Enter the key pair again, each key as one line.")
            .arg(p.where);
    case KeyDefect::NotAscii:
    case KeyDefect::None:
        break;
    }
    //: %1 is a profile name
    return KeyProblemText::tr("The public key of profile \"%1\" holds a character no CompShare "
                              "key has. Enter the key pair again.")
        .arg(p.where);
}

QString privateKeySentence(const KeyProblem &p)
{
    switch (p.defect) {
    case KeyDefect::Blank:
        //: %1 is a profile name
        return KeyProblemText::tr("The private key saved for profile \"%1\" is blank. Enter the "
                                  "key pair again.")
            .arg(p.where);
    case KeyDefect::Quoted:
        //: %1 is a profile name
        return KeyProblemText::tr("The private key saved for profile \"%1\" is wrapped in quotes. "
                                  "Enter the key pair again, without the quotes.")
            .arg(p.where);
    case KeyDefect::InnerWhitespace:
        //: %1 is a profile name
        return KeyProblemText::tr("The private key saved for profile \"%1\" has a space or line "
                                  "break inside it. Enter the key pair again, each key as one "
                                  "line.")
            .arg(p.where);
    case KeyDefect::NotAscii:
    case KeyDefect::None:
        break;
    }
    //: %1 is a profile name
    return KeyProblemText::tr("The private key saved for profile \"%1\" holds a character no "
                              "CompShare key has. Enter the key pair again.")
        .arg(p.where);
}

} // namespace

QString KeyProblemText::sentence(const KeyProblem &problem)
{
    if (problem.source == KeyProblem::Source::EnvironmentVariable)
        return environmentSentence(problem);
    return problem.half == KeyProblem::Half::PublicKey ? publicKeySentence(problem)
                                                       : privateKeySentence(problem);
}

} // namespace compshare::ui

// SPDX-License-Identifier: MIT
// What is wrong with a key as written in an environment variable, a profile
// or the keychain, as data: the window turns it into a sentence naming the
// variable or profile. A key with a defect is never sent.
#pragma once

#include <QMetaType>
#include <QString>

namespace compshare {

enum class KeyDefect
{
    None,
    Blank,           // empty, or only spaces / line breaks
    Quoted,          // wrapped in quotes ("…" or '…'), as a shell or a copy left them
    InnerWhitespace, // a space, tab or line break inside the key
    NotAscii,        // a character outside printable ASCII (e.g. a full-width letter)
};

// raw: the text as given (untrimmed). Leading or trailing spaces alone are
// no defect: the console drops them (it always has). The official CLI takes
// a variable as it is, so "COMPSHARE_PRIVATE_KEY= " signs with a space there.
KeyDefect keyDefect(const QString &raw);

struct KeyProblem
{
    enum class Source
    {
        EnvironmentVariable, // where = the variable's name
        Profile,             // where = the saved profile's name
    };
    enum class Half
    {
        PublicKey,
        PrivateKey,
    };
    Source source = Source::EnvironmentVariable;
    QString where;
    Half half = Half::PrivateKey;
    KeyDefect defect = KeyDefect::None;
    // Whether the console went on without it, or stopped (every problem the
    // console finds today stops it: a key is used as given or not at all).
    bool ignored = false;

    friend bool operator==(const KeyProblem &a, const KeyProblem &b)
    {
        return a.source == b.source && a.where == b.where && a.half == b.half &&
               a.defect == b.defect && a.ignored == b.ignored;
    }
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::KeyProblem)

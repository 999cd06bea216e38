// SPDX-License-Identifier: MIT
// The rule for an instance name, as ModifyCompShareInstanceName's page gives
// it: at most 63 characters; Chinese characters, letters, digits and
// _ . , : -  Checked before anything is sent.
#pragma once

#include <QString>

namespace compshare {

struct NameCheck
{
    enum class Problem
    {
        None,
        Empty,
        TooLong,      // more than kMaxLength characters
        BadCharacter, // `character` is not allowed
        Unchanged,    // the same as the current name
    };
    Problem problem = Problem::None;
    QString character; // the first character not allowed
    bool ok() const { return problem == Problem::None; }
};

class InstanceName final
{
public:
    static constexpr int kMaxLength = 63;
    // `current`: the instance's name now (a rename to the same name is refused).
    static NameCheck check(const QString &name, const QString &current = {});
};

} // namespace compshare

// SPDX-License-Identifier: MIT
#include "domain/InstanceName.h"

#include <QRegularExpression>

namespace compshare {

NameCheck InstanceName::check(const QString &name, const QString &current)
{
    NameCheck result;
    if (name.isEmpty()) {
        result.problem = NameCheck::Problem::Empty;
        return result;
    }
    // Characters as the user counts them (a CJK character is one), not UTF-16 units.
    if (name.toUcs4().size() > kMaxLength) {
        result.problem = NameCheck::Problem::TooLong;
        return result;
    }
    static const QRegularExpression allowed(QStringLiteral("[\\p{Han}A-Za-z0-9_.,:\\-]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QList<uint> codes = name.toUcs4();
    for (const uint code : codes) {
        const QString one = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        if (!allowed.match(one).hasMatch()) {
            result.problem = NameCheck::Problem::BadCharacter;
            result.character = one;
            return result;
        }
    }
    if (name == current)
        result.problem = NameCheck::Problem::Unchanged;
    return result;
}

} // namespace compshare

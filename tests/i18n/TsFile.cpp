// SPDX-License-Identifier: MIT
#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace compshare::test {

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

} // namespace

TsFile TsFile::read(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    ts.messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    else if (ts.language.isEmpty())
        ts.error = QStringLiteral("not a .ts file");
    return ts;
}

} // namespace compshare::test

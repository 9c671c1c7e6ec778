// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsappearance.h"

#include <QQmlEngine>
#include <QSettings>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString schemeKey = u"appearance/scheme"_s;

bool isScheme(int value)
{
    return value >= AppearanceSettings::System && value <= AppearanceSettings::Dark;
}

} // namespace

AppearanceSettings *AppearanceSettings::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    return new AppearanceSettings(qmlEngine);
}

AppearanceSettings::AppearanceSettings(QObject *parent)
    : QObject(parent)
{
    bool ok = false;
    const int saved = QSettings().value(schemeKey).toInt(&ok);
    if (ok && isScheme(saved))
        m_scheme = saved;
}

void AppearanceSettings::setScheme(int scheme)
{
    if (!isScheme(scheme) || scheme == m_scheme)
        return;
    m_scheme = scheme;
    QSettings().setValue(schemeKey, scheme);
    Q_EMIT schemeChanged();
}

} // namespace lw

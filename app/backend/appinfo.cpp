// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include "common/version.h"

namespace lw {

AppInfo::AppInfo(QObject *parent)
    : QObject(parent)
{}

QString AppInfo::name() const
{
    return version::applicationName();
}

QString AppInfo::version() const
{
    return version::string();
}

} // namespace lw

# SPDX-License-Identifier: GPL-3.0-or-later
# Settings: the profile's spending limits, auto top-up, polling and notifications
# (SettingsController and its forms, stored per profile) and the remembered theme.
list(APPEND LW_BACKEND_SOURCES
    backend/settingsappearance.cpp backend/settingsappearance.h
    backend/settingscontroller.cpp backend/settingscontroller.h
    backend/settingslimitsform.cpp backend/settingslimitsform.h
    backend/settingsstore.cpp backend/settingsstore.h
    backend/settingstopupform.cpp backend/settingstopupform.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine)

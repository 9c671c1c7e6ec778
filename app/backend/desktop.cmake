# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration: one running instance, payment links from the desktop, the UI language.
list(APPEND LW_BACKEND_SOURCES
    backend/handoffmessage.cpp backend/handoffmessage.h
    backend/singleinstance.cpp backend/singleinstance.h
    backend/urirouter.cpp backend/urirouter.h
    backend/language.cpp backend/language.h)
list(APPEND LW_BACKEND_LIBS Qt6::Network)

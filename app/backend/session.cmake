# SPDX-License-Identifier: GPL-3.0-or-later
# The app-wide Session: keychain state, first-run set-up (sandbox), profiles, the engine.
list(APPEND LW_BACKEND_SOURCES
    backend/keychainstatus.cpp backend/keychainstatus.h
    backend/sandboxdirectory.cpp backend/sandboxdirectory.h
    backend/sandboxsetup.cpp backend/sandboxsetup.h
    backend/session.cpp backend/session.h
    backend/sessionbinding.h backend/coalescedcall.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine)
# The feed kept current: one SyncEngine per market account of the current profile.
list(APPEND LW_BACKEND_SOURCES backend/feedsync.cpp backend/feedsync.h)

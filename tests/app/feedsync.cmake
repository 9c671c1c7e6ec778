# SPDX-License-Identifier: GPL-3.0-or-later
# The live feed: the Session's FeedSource kept current by FeedSync against a sandbox with bots.
lw_add_test(tst_feedsync SOURCES app/tst_feedsync.cpp app/sessiontestkit.h sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_feedsync lightwork-sandbox)
target_include_directories(tst_feedsync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)

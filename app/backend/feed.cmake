# SPDX-License-Identifier: GPL-3.0-or-later
# The feed: every market's cached tasks as a live list (FeedSource → TaskFeedModel → TaskFilterModel).
list(APPEND LW_BACKEND_SOURCES
    backend/feedtask.cpp backend/feedtask.h
    backend/feedquery.cpp backend/feedquery.h
    backend/feedsource.cpp backend/feedsource.h
    backend/taskfeedmodel.cpp backend/taskfeedmodel.h
    backend/taskfiltermodel.cpp backend/taskfiltermodel.h)

# SPDX-License-Identifier: GPL-3.0-or-later
# The feed: every market's cached tasks as a live list (FeedSource → TaskFeedModel → TaskFilterModel).
list(APPEND LW_BACKEND_SOURCES
    backend/feedtask.cpp backend/feedtask.h
    backend/feedquery.cpp backend/feedquery.h
    backend/feedloader.cpp backend/feedloader.h
    backend/feedsource.cpp backend/feedsource.h
    backend/taskfeedmodel.cpp backend/taskfeedmodel.h
    backend/feedproxy.cpp backend/feedproxy.h
    backend/taskfiltermodel.cpp backend/taskfiltermodel.h)
# FeedProxy renumbers its int vectors after removals and FeedTaskReader checks every character
# of 10,000 tasks: let GCC vectorize those loops at -O2 as well (clang does by default).
set_source_files_properties(backend/feedproxy.cpp backend/feedtask.cpp PROPERTIES
    COMPILE_OPTIONS "$<$<CXX_COMPILER_ID:GNU>:-fvect-cost-model=dynamic>")

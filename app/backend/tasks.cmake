# SPDX-License-Identifier: GPL-3.0-or-later
# Tasks: posting one (PostTaskForm) and a task's detail with its quotes, escrow timeline and the
# actions the user's role allows (TaskDetail, QuoteListModel, TimelineModel).
list(APPEND LW_BACKEND_SOURCES
    backend/posttaskfields.cpp backend/posttaskfields.h
    backend/posttaskform.cpp backend/posttaskform.h
    backend/taskdetailtext.cpp backend/taskdetailtext.h
    backend/timeline.cpp backend/timeline.h
    backend/timelinemodel.cpp backend/timelinemodel.h
    backend/quotelistmodel.cpp backend/quotelistmodel.h
    backend/taskdetail.cpp backend/taskdetail.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine)

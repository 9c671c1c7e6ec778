# SPDX-License-Identifier: GPL-3.0-or-later
# Tools: the L402 tool market's catalogue (ToolCatalogModel), a tool's form from its input
# schema (ToolFormModel), a run with its result and refund (ToolsController) and the recent
# runs (ToolRunsModel), the market's questions before a paid call goes on (ToolQuestionsModel).
list(APPEND LW_BACKEND_SOURCES
    backend/toolformfields.cpp backend/toolformfields.h
    backend/toolformmodel.cpp backend/toolformmodel.h
    backend/toolcatalogmodel.cpp backend/toolcatalogmodel.h
    backend/toolrunsmodel.cpp backend/toolrunsmodel.h
    backend/toolimage.cpp backend/toolimage.h
    backend/toolresult.cpp backend/toolresult.h
    backend/toolquestions.cpp backend/toolquestions.h
    backend/toolscontroller.cpp backend/toolscontroller.h)
list(APPEND LW_BACKEND_LIBS lightwork_engine Qt6::Gui)
